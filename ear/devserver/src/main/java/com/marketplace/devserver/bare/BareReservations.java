package com.marketplace.devserver.bare;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The platform's floor for a booking: the SQL the benchmark's database baseline runs for a
 * createReservation (the same statements the application's booking runs), in a container-managed
 * JTA transaction of a stateless EJB, on a Payara pool configured as the application's (validation
 * at most once a second). Nothing of the kernel, the domain or JPA: what Payara itself costs around
 * that SQL (docs/benchmark.md).
 */
@Stateless
@DataSourceDefinition(
    name = BareReservations.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=DB_URL}",
    user = "${MPCONFIG=DB_USER}",
    password = "${MPCONFIG=DB_PASSWORD}",
    minPoolSize = 2,
    maxPoolSize = 48,
    properties = {
      "ApplicationName=bare",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=1",
      "fish.payara.max-wait-time-in-millis=3000"
    })
public class BareReservations {

  static final String DATASOURCE = "java:app/jdbc/bare";

  @Resource(lookup = DATASOURCE)
  DataSource database;

  /** One night from {@code checkIn}; answers the new reservation's id. */
  public UUID book(UUID tenant, UUID listing, UUID guest, LocalDate checkIn) throws SQLException {
    try (Connection con = database.getConnection()) {
      UUID host;
      try (PreparedStatement s =
          con.prepareStatement("select * from booking.listing where id = ?")) {
        s.setObject(1, listing);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          host = r.getObject("host_id", UUID.class);
        }
      }
      try (PreparedStatement s =
          con.prepareStatement("select 1 from pg_advisory_xact_lock(?, ?)")) {
        s.setInt(1, 0x686f6c64);
        s.setInt(2, Objects.hash(tenant, guest));
        s.executeQuery().close();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "select * from booking.reservation where tenant_id = ? and guest_id = ? and is_active"
                  + " and booking_status in ('pending', 'confirmed')"
                  + " and payment_confirmation <> 'paid'")) {
        s.setObject(1, tenant);
        s.setObject(2, guest);
        s.executeQuery().close();
      }
      UUID id = UUID.randomUUID();
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into booking.reservation (id, tenant_id, owner_id, listing_id, host_id,"
                  + " guest_id, approval_type, booking_status, dispute_status,"
                  + " payment_confirmation, check_in, check_out, time_zone, guest_count, currency,"
                  + " nights, nights_minor, cleaning_fee_minor, platform_fee_minor, city_tax_minor,"
                  + " total_price_minor, refunded_minor, booking_policies_snapshot,"
                  + " cancellation_policy_snapshot, is_active, record_version, created_at,"
                  + " updated_at) values (?, ?, ?, ?, ?, ?, 'instant', 'pending', 'none',"
                  + " 'pending', ?, ?, 'Europe/Amsterdam', 1, 'EUR', 1, 10000, 2500, 1250, 500,"
                  + " 14250, 0, cast(? as jsonb), cast(? as jsonb), true, 1, ?, ?)")) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        s.setObject(1, id);
        s.setObject(2, tenant);
        s.setObject(3, guest);
        s.setObject(4, listing);
        s.setObject(5, host);
        s.setObject(6, guest);
        s.setObject(7, checkIn);
        s.setObject(8, checkIn.plusDays(1));
        s.setString(
            9,
            "{\"minNights\":1,\"maxNights\":365,\"leadTimeDays\":0,\"approvalType\":\"instant\"}");
        s.setString(10, "{\"preset\":\"flexible\"}");
        s.setObject(11, now);
        s.setObject(12, now);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into booking.calendar_hold (id, tenant_id, listing_id, check_in, check_out,"
                  + " live, reservation_id, created_at) values (?, ?, ?, ?, ?, true, ?, now())")) {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, tenant);
        s.setObject(3, listing);
        s.setObject(4, checkIn);
        s.setObject(5, checkIn.plusDays(1));
        s.setObject(6, id);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into platform.audit_event (id, tenant_id, object_type, object_id, field,"
                  + " from_value, to_value, actor_id, request_id, occurred_at)"
                  + " values (?, ?, 'reservation', ?, 'isActive', null, 'true', ?, ?, now())")) {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, tenant);
        s.setObject(3, id);
        s.setObject(4, guest);
        s.setString(5, UUID.randomUUID().toString());
        s.executeUpdate();
      }
      return id;
    }
  }
}
