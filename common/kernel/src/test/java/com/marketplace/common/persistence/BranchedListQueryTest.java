package com.marketplace.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.api.PageRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BranchedListQueryTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID ME = UUID.fromString("00000000-0000-4000-8000-0000000000e1");

  private static BranchedListQuery<Object> query() {
    return BranchedListQuery.of(Object.class, TENANT)
        .equal("listing_id", null)
        .equal("booking_status", "pending")
        .branch("host_id = ?", ME)
        .branch("guest_id = ? and host_id <> ?", ME, ME)
        .orderBy("created_at desc, id");
  }

  @Test
  void eachBranchIsCutAfterThePageAndTheMergeIsOrderedAndCutAgain() {
    NumberedSql rows =
        query().rows("booking.reservation", "id, created_at", new PageRequest(3, 25));

    assertThat(
        rows.sql(),
        equalTo(
            "select * from ("
                + "(select id, created_at from booking.reservation where tenant_id = ?2 and booking_status = ?3"
                + " and (host_id = ?4) order by created_at desc, id limit ?1)"
                + " union all "
                + "(select id, created_at from booking.reservation where tenant_id = ?5 and booking_status = ?6"
                + " and (guest_id = ?7 and host_id <> ?8) order by created_at desc, id limit ?1)"
                + ") r order by created_at desc, id offset ?9 limit ?10"));
    assertThat(
        rows.values(), contains(75L, TENANT, "pending", ME, TENANT, "pending", ME, ME, 50, 25));
  }

  @Test
  void theCountIsTheSumOfTheBranchesCounts() {
    NumberedSql count = query().count("booking.reservation");

    assertThat(
        count.sql(),
        equalTo(
            "select (select count(*) from booking.reservation where tenant_id = ?1"
                + " and booking_status = ?2 and (host_id = ?3))"
                + " + (select count(*) from booking.reservation where tenant_id = ?4"
                + " and booking_status = ?5 and (guest_id = ?6 and host_id <> ?7))"));
    assertThat(count.values(), contains(TENANT, "pending", ME, TENANT, "pending", ME, ME));
  }

  @Test
  void everyRowAskedForIsNeitherCutNorOffset() {
    String sql = query().rows("booking.reservation", "id", new PageRequest(0, 25)).sql();

    assertThat(sql.contains("limit") || sql.contains("offset"), equalTo(false));
  }

  @Test
  void aNullValueOrAListWithoutBranchesIsRefused() {
    BranchedListQuery<Object> query = BranchedListQuery.of(Object.class, TENANT);

    assertThrows(NullPointerException.class, () -> query.branch("a = ?", (Object) null));
    assertThrows(IllegalStateException.class, () -> query.page(null, new PageRequest(1, 25)));
  }

  @Test
  void aConditionWhosePlaceholdersDoNotMatchItsValuesIsRefused() {
    BranchedListQuery<Object> query = BranchedListQuery.of(Object.class, TENANT);

    assertThrows(IllegalArgumentException.class, () -> query.branch("a = ? and b = ?", ME));
  }
}
