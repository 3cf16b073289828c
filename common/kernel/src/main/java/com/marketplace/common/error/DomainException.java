package com.marketplace.common.error;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused what was asked: a {@link Kind} saying how, a stable code naming the rule
 * (the spec's message key, e.g. {@code errMsg_illegalReservationTransition}) and a human-readable
 * detail. It knows nothing of HTTP: the kernel's web layer decides which status each kind is
 * answered with, in one place.
 *
 * <p>An application exception for EJBs, like {@link ApiException}: it reaches the caller as itself
 * and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

  /** How a rule refused. */
  public enum Kind {
    /** The values given break a rule whatever the state (a stay that ends before it begins). */
    INVALID,
    /** The record's current state does not allow this now (an illegal transition). */
    CONFLICT,
    /** Allowed in general, but this rule refuses these values (too few nights, too much refund). */
    REFUSED
  }

  private final Kind kind;
  private final String code;

  public DomainException(Kind kind, String code, String detail) {
    super(detail);
    this.kind = kind;
    this.code = code;
  }

  public static DomainException invalid(String code, String detail) {
    return new DomainException(Kind.INVALID, code, detail);
  }

  public static DomainException conflict(String code, String detail) {
    return new DomainException(Kind.CONFLICT, code, detail);
  }

  public static DomainException refused(String code, String detail) {
    return new DomainException(Kind.REFUSED, code, detail);
  }

  public Kind kind() {
    return kind;
  }

  /** The rule's stable code, which clients see as the error's message key. */
  public String code() {
    return code;
  }

  public String detail() {
    return getMessage();
  }
}
