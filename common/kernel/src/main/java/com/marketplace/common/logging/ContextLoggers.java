package com.marketplace.common.logging;

import java.util.Arrays;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's loggers: each record logged during a request carries the request's {@link
 * LogContext} as a {@code Map} parameter. Payara's JSON log formatter writes a {@code Map}
 * parameter's entries as fields of the line ({@code "requestId":"…","tenantId":"…"}); the other
 * formatters ignore a parameter the message does not name.
 */
public final class ContextLoggers {

  private static final Filter WITH_CONTEXT = ContextLoggers::attachContext;

  private ContextLoggers() {}

  public static Logger of(Class<?> type) {
    return named(type.getName());
  }

  public static Logger named(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setFilter(WITH_CONTEXT);
    return logger;
  }

  static boolean attachContext(LogRecord record) {
    Map<String, String> context = LogContext.current();
    if (context != null) {
      Object[] parameters = record.getParameters();
      if (parameters == null || parameters.length == 0) {
        record.setParameters(new Object[] {context});
      } else {
        Object[] withContext = Arrays.copyOf(parameters, parameters.length + 1);
        withContext[parameters.length] = context;
        record.setParameters(withContext);
      }
    }
    return true;
  }
}
