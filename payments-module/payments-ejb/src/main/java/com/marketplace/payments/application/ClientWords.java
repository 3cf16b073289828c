package com.marketplace.payments.application;

import java.util.Optional;

/**
 * The spec's words for the options of payments' published enums, which only the API layer spells
 * ({@code payments.web.spelling.PaymentSpellings}). The ticket routes' use cases read a client's
 * {@code statusLiteral} through this where they judge it (a list filter, an admin's write), so the
 * order of their refusals is what it always was, and a refusal that echoes the server's status
 * spells it as the spec does.
 */
public interface ClientWords {

  /** The option of {@code type} that {@code word} names; empty for null or a word none spells. */
  <E extends Enum<E>> Optional<E> find(Class<E> type, String word);

  /** The spec's word for {@code option} (null for null). */
  <E extends Enum<E>> String word(E option);
}
