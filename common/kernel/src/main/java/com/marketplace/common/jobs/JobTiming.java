package com.marketplace.common.jobs;

import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.tracing.Tracing;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;

/**
 * Times a scheduled job's runs: put it on the job's bean with
 * {@code @Interceptors(JobTiming.class)}. A timer callback (or any outermost call into the bean)
 * that claimed a run through {@link ClusterJobs} on its thread counts its whole duration, claim and
 * work, under the job's name; one that found the run claimed elsewhere counts nothing. With tracing
 * on, each call is a span.
 */
public class JobTiming {

  private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

  @Inject BusinessMetrics metrics;

  /**
   * What {@link ClusterJobs} implementations call when this thread claimed a run of {@code job}.
   */
  public static void claimed(String job) {
    Run run = CURRENT.get();
    if (run != null) {
      run.job = job;
    }
  }

  @AroundTimeout
  public Object timeout(InvocationContext invocation) throws Exception {
    return time(invocation);
  }

  @AroundInvoke
  public Object invoke(InvocationContext invocation) throws Exception {
    return time(invocation);
  }

  private Object time(InvocationContext invocation) throws Exception {
    if (CURRENT.get() != null) {
      return invocation.proceed(); // a call within a run: the outermost one times it
    }
    Run run = new Run();
    CURRENT.set(run);
    long start = System.nanoTime();
    try {
      return Tracing.internal(spanName(invocation), invocation::proceed);
    } finally {
      CURRENT.remove();
      if (run.job != null) {
        metrics.jobDuration(run.job, Duration.ofNanos(System.nanoTime() - start));
      }
    }
  }

  private static String spanName(InvocationContext invocation) {
    return invocation.getMethod() == null
        ? "job"
        : invocation.getMethod().getDeclaringClass().getSimpleName()
            + "."
            + invocation.getMethod().getName();
  }

  private static final class Run {
    String job;
  }
}
