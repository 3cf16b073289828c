package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.book;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A guest keeps at most 3 unpaid holds (BOOKING_MAX_UNPAID_HOLDS' default): the next booking is a
 * 429 with the envelope and Retry-After, writes nothing, and concurrent bookings cannot pass the
 * limit together. Cancelling one makes room again; other guests are not affected.
 */
@PlatformTest
class UnpaidHoldLimitIT {

  private static final int LIMIT = 3;

  private final BookingFixtures world = new BookingFixtures();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void theFourthUnpaidReservationIs429WithRetryAfterAndWritesNothing() throws Exception {
    Tokens.User guest = world.guest();
    String listing = world.instantListing();
    LocalDate d = today("Europe/Amsterdam").plusDays(20);
    List<String> held = new ArrayList<>();
    for (int i = 0; i < LIMIT; i++) {
      held.add(booked(guest, listing, d.plusDays(3L * i), 2));
    }

    book(guest, listing, d.plusDays(30), 2)
        .then()
        .statusCode(429)
        .header("Retry-After", Integer::parseInt, allOf(greaterThan(0), lessThanOrEqualTo(3601)))
        .body("result", equalTo("ERR"))
        .body("status", equalTo(429))
        .body("message", equalTo("errMsg_tooManyUnpaidReservations"));
    assertThat(reservationsOf(guest), is((long) LIMIT));

    book(world.guest(), listing, d.plusDays(30), 2).then().statusCode(201);
    as(guest).delete("/v1/reservations/" + held.get(0)).then().statusCode(200);
    book(guest, listing, d.plusDays(40), 2).then().statusCode(201);
  }

  @Test
  void concurrentBookingsOfOneGuestNeverPassTheLimit() throws Exception {
    Tokens.User guest = world.guest();
    LocalDate d = today("Europe/Amsterdam").plusDays(60);
    int attempts = 10;
    List<String> listings = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      listings.add(world.instantListing());
    }
    ExecutorService clients = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (String listing : listings) {
      Callable<Integer> attempt =
          () -> {
            start.await();
            return book(guest, listing, d, 2).statusCode();
          };
      answers.add(clients.submit(attempt));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      codes.add(answer.get());
    }
    clients.shutdown();

    assertThat(codes.toString(), codes.stream().filter(c -> c == 201).count(), is((long) LIMIT));
    assertThat(
        codes.toString(),
        codes.stream().filter(c -> c == 429).count(),
        is((long) attempts - LIMIT));
    assertThat(reservationsOf(guest), is((long) LIMIT));
  }

  private static long reservationsOf(Tokens.User guest) throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.reservation where guest_id = ?::uuid", guest.id().toString());
  }
}
