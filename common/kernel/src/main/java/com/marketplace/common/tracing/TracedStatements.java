package com.marketplace.common.tracing;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * A CLIENT span per SQL statement EclipseLink sends ({@link DatabaseSpans}), below the current
 * span: named by {@code eclipselink.session-event-listener} in each module's {@code
 * persistence.xml}. Neither Payara nor EclipseLink traces JDBC; EclipseLink announces each call
 * before it executes it and again once it returned or failed (its {@code postExecuteCall} runs in a
 * {@code finally}), on the same thread.
 *
 * <p>A failed statement's span ends without an error status: EclipseLink does not tell this
 * listener that the call failed. The request's span has the status.
 *
 * <p>When tracing is off, each call costs one cached boolean read here (and EclipseLink's two small
 * event objects).
 */
public class TracedStatements extends SessionEventAdapter {

  @Override
  public void preExecuteCall(SessionEvent event) {
    if (Tracing.enabled() && event.getCall() instanceof DatabaseCall call) {
      DatabaseSpans.open(call.getSQLString());
    }
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    if (Tracing.enabled() && event.getCall() instanceof DatabaseCall) {
      DatabaseSpans.close();
    }
  }
}
