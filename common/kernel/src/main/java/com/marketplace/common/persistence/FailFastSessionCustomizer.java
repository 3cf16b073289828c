package com.marketplace.common.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes EclipseLink give up at once when the database is away, instead of sleeping and retrying.
 *
 * <p>By default EclipseLink retries a failed read up to 3 times, 5 seconds apart, after a
 * communication failure: while the database is down, each read request then holds an HTTP thread
 * for 10 to 15 seconds before failing, and the few HTTP threads queue everything else behind it.
 * The connection pool already validates connections before handing them out, so a retry has nothing
 * to add: the request fails fast (503, see {@code DatabaseFaults}) and the client retries.
 *
 * <p>Named by {@code eclipselink.session.customizer} in each module's {@code persistence.xml}.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
