package com.marketplace.common.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitSettingsTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID SMALL_TENANT = UUID.randomUUID();

  private static RateLimitSettings settings(Map<String, String> values) {
    return RateLimitSettings.read(key -> Optional.ofNullable(values.get(key)));
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /booking/v1/reservations, WRITES",
    "PATCH, /booking/v1/reservations/7b1c, WRITES",
    "DELETE, /enrollment/v1/permissiongrants/7b1c, WRITES",
    "PATCH, /booking/v1/startreservationpayment/7b1c, PAYMENTS",
    "POST, /enrollment/v1/enrollmentpayments, PAYMENTS",
    "PATCH, /booking/v1/paymentrecords/7b1c, PAYMENTS",
    "GET, /booking/v1/reservations, EXPENSIVE_READS",
    "GET, /booking/v1/reservationpayments2, EXPENSIVE_READS",
    "GET, /booking/v1/listings/7b1c/icalimports, EXPENSIVE_READS",
    "GET, /booking/v1/listings/7b1c/calendar.ics, EXPENSIVE_READS",
    "GET, /enrollment/v1/audit, EXPENSIVE_READS",
    "GET, /enrollment/getPostmanCollection, EXPENSIVE_READS",
    "GET, /booking/v1/reservations/7b1c-0000-4000-8000-00000000000a, READS",
    "GET, /enrollment/currentuser, READS",
    "GET, /enrollment/permissions, READS",
  })
  void classifiesRoutesByMethodAndPath(String method, String path, RouteClass expected) {
    assertThat(settings(Map.of()).classify(method, path), is(expected));
  }

  @Test
  void defaultsLimitWritesPaymentsAndExpensiveReadsButNotCheapReads() {
    RateLimitSettings defaults = settings(Map.of());
    assertThat(defaults.enabled(), is(true));
    assertThat(
        defaults.budgets(RouteClass.WRITES, TENANT).perUser(),
        is(Optional.of(new Limit(120, Duration.ofMinutes(1)))));
    assertThat(defaults.budgets(RouteClass.PAYMENTS, TENANT).perTenant().isPresent(), is(true));
    assertThat(
        defaults.budgets(RouteClass.EXPENSIVE_READS, TENANT).perUser().isPresent(), is(true));
    assertThat(defaults.budgets(RouteClass.READS, TENANT).perUser().isEmpty(), is(true));
    assertThat(defaults.budgets(RouteClass.READS, TENANT).perTenant().isEmpty(), is(true));
  }

  @Test
  void readsEachBudgetFromItsOwnKey() {
    RateLimitSettings settings =
        settings(
            Map.of(
                "RATE_LIMIT_PAYMENTS_PER_USER", "5/10s",
                "RATE_LIMIT_READS_PER_TENANT", "1000/1m",
                "RATE_LIMIT_WRITES_PER_TENANT", "off"));
    assertThat(
        settings.budgets(RouteClass.PAYMENTS, TENANT).perUser(),
        is(Optional.of(new Limit(5, Duration.ofSeconds(10)))));
    assertThat(settings.budgets(RouteClass.READS, TENANT).perTenant().isPresent(), is(true));
    assertThat(settings.budgets(RouteClass.WRITES, TENANT).perTenant().isEmpty(), is(true));
  }

  @Test
  void aTenantOverrideChangesOnlyThatTenantsNamedBudgets() {
    RateLimitSettings settings =
        settings(
            Map.of(
                "RATE_LIMIT_TENANT_OVERRIDES",
                SMALL_TENANT + ": WRITES_PER_USER=3/1h, WRITES_PER_TENANT=5/1h"));
    assertThat(
        settings.budgets(RouteClass.WRITES, SMALL_TENANT).perUser(),
        is(Optional.of(new Limit(3, Duration.ofHours(1)))));
    assertThat(
        settings.budgets(RouteClass.PAYMENTS, SMALL_TENANT),
        is(settings.budgets(RouteClass.PAYMENTS, TENANT)));
    assertThat(
        settings.budgets(RouteClass.WRITES, TENANT).perUser(),
        is(Optional.of(new Limit(120, Duration.ofMinutes(1)))));
    assertThat(settings.longestPeriod(), is(Duration.ofHours(1)));
  }

  @Test
  void aTenantOverrideCanLiftEveryLimit() {
    RateLimitSettings settings =
        settings(
            Map.of(
                "RATE_LIMIT_TENANT_OVERRIDES",
                TENANT
                    + ":WRITES_PER_USER=3/1h;"
                    + SMALL_TENANT
                    + ":WRITES_PER_USER=off,WRITES_PER_TENANT=off,PAYMENTS_PER_USER=off,"
                    + "PAYMENTS_PER_TENANT=off,EXPENSIVE_READS_PER_USER=off,"
                    + "EXPENSIVE_READS_PER_TENANT=off"));
    for (RouteClass routeClass : RouteClass.values()) {
      assertThat(
          settings.budgets(routeClass, SMALL_TENANT),
          is(new RateLimitSettings.Budgets(Optional.empty(), Optional.empty())));
    }
    assertThat(
        settings.budgets(RouteClass.WRITES, TENANT).perUser(),
        is(Optional.of(new Limit(3, Duration.ofHours(1)))));
  }

  @Test
  void canBeSwitchedOff() {
    assertThat(settings(Map.of("RATE_LIMIT_ENABLED", "false")).enabled(), is(false));
  }

  @Test
  void refusesMalformedSettings() {
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("RATE_LIMIT_WRITES_PER_USER", "many")));
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("RATE_LIMIT_TENANT_OVERRIDES", SMALL_TENANT + ":WRITES=3/1h")));
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("RATE_LIMIT_TENANT_OVERRIDES", "not-a-uuid:WRITES_PER_USER=3/1h")));
  }
}
