package com.marketplace.common.security;

import com.marketplace.common.security.LocatedToken.Place;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the access token in a request. Places are searched in this order and the first one that
 * holds a non-blank value wins:
 *
 * <ol>
 *   <li>query parameter {@value #QUERY_PARAMETER};
 *   <li>{@code Authorization: Bearer <token>} (scheme case-insensitive; other schemes such as Basic
 *       are ignored);
 *   <li>header {@code <project>-access-token}, for each project name in the order given;
 *   <li>cookie {@code <project>-access-token}, likewise.
 * </ol>
 *
 * <p>Finding a token says nothing about its validity; pass it to {@link AccessTokenVerifier}. A
 * request is judged by the first token it presents: should that one fail verification, falling back
 * to a later place would let a request try several identities.
 */
public final class TokenLocator {

  /** The query parameter that may carry the token (RFC 6750, section 2.3). */
  public static final String QUERY_PARAMETER = "access_token";

  private static final String AUTHORIZATION = "Authorization";
  private static final String BEARER = "Bearer";
  private static final String PROJECT_SUFFIX = "-access-token";
  // Project names become header and cookie names, so they must be valid tokens for both.
  private static final Pattern PROJECT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final List<String> projectTokenNames;

  /**
   * @param projectNames one or more project names, e.g. {@code tutorhub}, searched in this order
   * @throws IllegalArgumentException if the list is empty or a name cannot be a header name
   */
  public TokenLocator(List<String> projectNames) {
    List<String> names = List.copyOf(projectNames);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("At least one project name is required");
    }
    for (String name : names) {
      if (!PROJECT_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Not a usable project name: '" + name + "'");
      }
    }
    this.projectTokenNames = names.stream().map(name -> name + PROJECT_SUFFIX).toList();
  }

  /** The first token found in {@code source}, or empty if it carries none. */
  public Optional<LocatedToken> locate(TokenSource source) {
    Objects.requireNonNull(source, "source");
    return found(source.queryParameter(QUERY_PARAMETER), Place.QUERY)
        .or(() -> found(bearer(source), Place.AUTHORIZATION_HEADER))
        .or(() -> firstOf(source::header, Place.PROJECT_HEADER))
        .or(() -> firstOf(source::cookie, Place.COOKIE));
  }

  private Optional<LocatedToken> firstOf(Function<String, Optional<String>> lookup, Place place) {
    for (String name : projectTokenNames) {
      Optional<LocatedToken> token = found(lookup.apply(name), place);
      if (token.isPresent()) {
        return token;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> bearer(TokenSource source) {
    return source
        .header(AUTHORIZATION)
        .map(value -> value.strip().split("\\s+", 2))
        .filter(parts -> parts.length == 2 && parts[0].equalsIgnoreCase(BEARER))
        .map(parts -> parts[1]);
  }

  // TokenSource promises no blanks, but trimming is cheap insurance for other implementations.
  private static Optional<LocatedToken> found(Optional<String> value, Place place) {
    return value
        .map(String::strip)
        .filter(token -> !token.isEmpty())
        .map(token -> new LocatedToken(token, place));
  }
}
