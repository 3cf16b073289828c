package com.marketplace.common.logging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContextLoggersTest {

  private static final UUID TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000aa");

  private final Logger logger = ContextLoggers.named("com.marketplace.test.ContextLoggersTest");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureRecords() {
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
  }

  @AfterEach
  void endRequest() {
    LogContext.end();
    logger.removeHandler(capture);
  }

  @Test
  void aLineLoggedDuringASignedInRequestCarriesItsRequestIdAndTenant() {
    LogContext.begin("req-1", TENANT);
    logger.info(() -> "something happened");

    assertThat(
        records.get(0).getParameters(),
        arrayContaining(Map.of("requestId", "req-1", "tenantId", TENANT.toString())));
  }

  @Test
  void anAnonymousRequestsLineCarriesOnlyItsRequestId() {
    LogContext.begin("req-2", null);
    logger.warning("anonymous");

    assertThat(records.get(0).getParameters(), arrayContaining(Map.of("requestId", "req-2")));
  }

  @Test
  void theMessagesOwnParametersStayFirstSoThatItsPlaceholdersStillMatch() {
    LogContext.begin("req-3", TENANT);
    logger.log(Level.INFO, "run {0} took {1} ms", new Object[] {"cleanup", 12});

    assertThat(records.get(0).getParameters()[0], is("cleanup"));
    assertThat(records.get(0).getParameters()[1], is(12));
    assertThat(records.get(0).getParameters().length, is(3));
  }

  @Test
  void aLineOutsideAnyRequestIsLeftAlone() {
    LogContext.begin("req-4", TENANT);
    LogContext.end();
    logger.info("timer tick");

    assertThat(records.get(0).getParameters(), is(nullValue()));
  }
}
