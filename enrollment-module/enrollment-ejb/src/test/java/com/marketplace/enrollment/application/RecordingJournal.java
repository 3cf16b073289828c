package com.marketplace.enrollment.application;

import com.marketplace.enrollment.application.enrollment.EnrollmentJournal;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.RefundRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The journal's event types, in order, instead of audit rows and outbox messages. */
public final class RecordingJournal extends EnrollmentJournal {

  public final List<String> events = new ArrayList<>();

  @Override
  public void enrollment(String type, Enrollment e, Map<String, Object> before) {
    events.add("enrollment." + type);
  }

  @Override
  public void refundRequest(String type, RefundRequest r, Map<String, Object> before) {
    events.add("refundRequest." + type);
  }
}
