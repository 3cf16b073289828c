package com.marketplace.common.tracing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

class SqlStatementTest {

  @Test
  void aBoundStatementKeepsItsTextAndNamesItsOperationAndTable() {
    SqlStatement select =
        SqlStatement.of(
            "SELECT ID, STATUS FROM booking.reservation t0 WHERE ((t0.TENANT_ID = ?) AND (t0.ID = ?))");

    assertThat(
        select.text(),
        equalTo(
            "SELECT ID, STATUS FROM booking.reservation t0 WHERE ((t0.TENANT_ID = ?) AND (t0.ID = ?))"));
    assertThat(select.operation(), equalTo("SELECT"));
    assertThat(select.table(), equalTo("booking.reservation"));
    assertThat(select.spanName(), equalTo("SELECT booking.reservation"));
  }

  @Test
  void insertsUpdatesAndDeletesNameTheTableTheyChange() {
    assertThat(
        SqlStatement.of("insert into booking.outbox_event (event_id, body) values (?, ?)")
            .spanName(),
        equalTo("INSERT booking.outbox_event"));
    assertThat(
        SqlStatement.of("UPDATE booking.listing SET VERSION = ? WHERE (ID = ?)").spanName(),
        equalTo("UPDATE booking.listing"));
    assertThat(
        SqlStatement.of("update only \"Booking\".\"Hold\" set x = ?").spanName(),
        equalTo("UPDATE \"Booking\".\"Hold\""));
    assertThat(
        SqlStatement.of("DELETE FROM platform.idempotency_key WHERE (created_at < ?)").spanName(),
        equalTo("DELETE platform.idempotency_key"));
  }

  @Test
  void aTableInsideParenthesesOrAFunctionIsNotTheStatementsTable() {
    SqlStatement select =
        SqlStatement.of(
            "select (select count(*) from booking.dispute d where d.r = r.id) from booking.reservation r");

    assertThat(select.table(), equalTo("booking.reservation"));
    assertThat(SqlStatement.of("select * from (select 1) x").table(), nullValue());
    assertThat(
        SqlStatement.of("select 1 from pg_advisory_xact_lock(?, ?)").spanName(), equalTo("SELECT"));
  }

  @Test
  void aStatementWithoutATableIsNamedByItsOperation() {
    SqlStatement lock =
        SqlStatement.of(
            "select pg_try_advisory_xact_lock(hashtext('marketplace.outbox'), hashtext(?))");

    assertThat(lock.spanName(), equalTo("SELECT"));
    assertThat(lock.text(), equalTo("select pg_try_advisory_xact_lock(hashtext(?), hashtext(?))"));
  }

  @Test
  void everyLiteralIsReplacedAndCommentsGo() {
    assertThat(
        SqlStatement.of(
                "select * from t where name = 'O''Brien' and n > 42 and f < 1.5e-3 and x = .5"
                    + " -- 4111111111111111\n and y = $$secret$$ and z = $tag$a$b$tag$"
                    + " /* jane@example.org */ and p = $1 and q = E'x'")
            .text(),
        equalTo(
            "select * from t where name = ? and n > ? and f < ? and x = ?"
                + "  \n and y = ? and z = ?"
                + "   and p = $1 and q = ?"));
  }

  @Test
  void anEscapeStringEndsOnlyAtItsUnescapedQuoteAndNestedCommentsGoWhole() {
    assertThat(
        SqlStatement.of("select * from t where a = E'it\\'s secret' and b = e'\\\\' and c = 1")
            .text(),
        equalTo("select * from t where a = ? and b = ? and c = ?"));
    assertThat(
        SqlStatement.of("select 1 /* outer /* inner */ secret */ from t").text(),
        equalTo("select ?   from t"));
  }

  @Test
  void namesWithDigitsAndQuotedNamesStayAsWritten() {
    assertThat(
        SqlStatement.of("SELECT t0.ID, \"col 2\" FROM s1.t_2 t0 WHERE t0.V2 = ?").text(),
        equalTo("SELECT t0.ID, \"col 2\" FROM s1.t_2 t0 WHERE t0.V2 = ?"));
  }

  @Test
  void anUnterminatedLiteralIsMaskedToTheEnd() {
    assertThat(SqlStatement.of("select 'abc").text(), equalTo("select ?"));
    assertThat(SqlStatement.of("select $q$abc").text(), equalTo("select ?"));
  }

  @Test
  void aStatementThatStartsWithoutAKeywordHasNoOperation() {
    assertThat(SqlStatement.of("").spanName(), equalTo("SQL"));
    assertThat(SqlStatement.of("{call refresh(?)}").operation(), nullValue());
    assertThat(SqlStatement.of("  (select 1)").operation(), equalTo("SELECT"));
  }
}
