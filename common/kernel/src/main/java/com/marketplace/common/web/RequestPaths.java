package com.marketplace.common.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What makes a request path or a {@code Content-Type} unfit to route. */
final class RequestPaths {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\]*\"))*\\s*");

  private RequestPaths() {}

  /**
   * Why the raw (still percent-encoded) {@code path} cannot be routed, or null: a malformed {@code
   * %} escape, bytes that are not UTF-8, or a segment that decodes to {@code .}, {@code ..}, or
   * holds a slash, a backslash or a control character (NUL included).
   */
  static String problem(String path) {
    if (path == null) {
      return null;
    }
    for (String segment : path.split("/", -1)) {
      String decoded = decode(segment);
      if (decoded == null) {
        return "has a malformed percent escape or is not UTF-8";
      }
      if (decoded.equals(".") || decoded.equals("..")) {
        return "has a dot segment";
      }
      if (decoded.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
        return "has an encoded slash, backslash or control character";
      }
    }
    return null;
  }

  static boolean isMediaType(String value) {
    return MEDIA_TYPE.matcher(value.strip()).matches();
  }

  private static int hex(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }

  /** The segment with its percent escapes decoded as UTF-8, or null when they are malformed. */
  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= segment.length()) {
        return null;
      }
      int high = hex(segment.charAt(i + 1));
      int low = hex(segment.charAt(i + 2));
      if (high < 0 || low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
