package com.marketplace.common.web;

import com.marketplace.common.error.ApiException;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The one reading policy for JSON request bodies, applied to the raw bytes before JSON-B binds
 * anything: a single streaming pass that refuses what no route wants and what would make binding
 * expensive (deep nesting, huge strings, numbers whose arithmetic never ends), plus what JSON
 * allows but a client never means (NUL, duplicate keys, data after the value). Each refusal is a
 * 400 naming the field as a JSON pointer. Inbound JMS messages are read by the same policy ({@link
 * com.marketplace.common.messaging.InboundMessagePolicy}).
 */
public final class JsonBodyPolicy {

  // Json.createX() looks the provider up through ServiceLoader on every call, scanning the class
  // loaders' resources: 6.6 % of a request's CPU in the profile (docs/benchmark.md). Once is
  // enough.
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The JSON type a route's body must have at its root. */
  public enum Root {
    OBJECT,
    ARRAY,
    ANY
  }

  private final BodyLimits limits;

  public JsonBodyPolicy(BodyLimits limits) {
    this.limits = limits;
  }

  /** Refuses {@code body} with a 400 unless it is one JSON value within the limits. */
  public void check(byte[] body, Charset charset, Root root) {
    Deque<Container> open = new ArrayDeque<>();
    boolean seenRoot = false;
    CharsetDecoder strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (JsonParser parser =
        JSON.createParser(new InputStreamReader(new ByteArrayInputStream(body), strict))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case KEY_NAME -> checkKey(parser.getString(), open);
          case END_OBJECT, END_ARRAY -> open.pop();
          default -> {
            if (!seenRoot) {
              requireRoot(root, event);
              seenRoot = true;
            }
            if (!open.isEmpty()) {
              open.peek().nextValue();
            }
            checkValue(event, parser, open);
          }
        }
      }
    } catch (JsonParsingException e) {
      if (seenRoot && open.isEmpty()) {
        throw refused(
            "errMsg_trailingData", "The request body has data after its JSON value", null);
      }
      throw malformed(at(e.getLocation()));
    } catch (JsonException e) {
      throw malformed(" in " + charset.name());
    }
  }

  private void checkValue(JsonParser.Event event, JsonParser parser, Deque<Container> open) {
    switch (event) {
      case START_OBJECT, START_ARRAY -> {
        open.push(new Container(event == JsonParser.Event.START_OBJECT));
        if (open.size() > limits.maxDepth()) {
          throw refused(
              "errMsg_bodyTooDeep", "nests more than " + limits.maxDepth() + " levels", open);
        }
      }
      case VALUE_STRING -> checkString(parser.getString(), open, "string");
      case VALUE_NUMBER -> {
        String problem = NumberLiteral.problem(parser.getString(), limits.maxNumberDigits());
        if (problem != null) {
          throw refused("errMsg_numberOutOfBounds", "is a number that " + problem, open);
        }
      }
      default -> {
        // true, false and null need no limits
      }
    }
  }

  private void checkKey(String key, Deque<Container> open) {
    Container object = open.peek();
    object.enter(key);
    checkString(key, open, "key");
    if (!object.keys.add(key)) {
      throw refused("errMsg_duplicateKey", "appears more than once in its object", open);
    }
  }

  private void checkString(String value, Deque<Container> open, String what) {
    if (value.length() > limits.maxStringLength()) {
      throw refused(
          "errMsg_stringTooLong",
          "has a " + what + " longer than " + limits.maxStringLength() + " characters",
          open);
    }
    if (value.indexOf('\u0000') >= 0) {
      throw refused("errMsg_nulCharacter", "has a " + what + " containing U+0000", open);
    }
  }

  private static void requireRoot(Root root, JsonParser.Event first) {
    if (root == Root.OBJECT && first != JsonParser.Event.START_OBJECT) {
      throw refused("errMsg_wrongBodyType", "The request body must be a JSON object", null);
    }
    if (root == Root.ARRAY && first != JsonParser.Event.START_ARRAY) {
      throw refused("errMsg_wrongBodyType", "The request body must be a JSON array", null);
    }
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static ApiException malformed(String where) {
    return ApiException.badRequest(
        "errMsg_malformedRequest", "The request body is not valid JSON" + where);
  }

  private static ApiException refused(String messageKey, String problem, Deque<Container> open) {
    String detail = open == null ? problem : "Field " + pointer(open) + " " + problem;
    return ApiException.badRequest(messageKey, detail);
  }

  /** Where the parser is, as a JSON pointer (RFC 6901), made safe to echo back. */
  static String pointer(Deque<Container> open) {
    StringBuilder pointer = new StringBuilder();
    for (Iterator<Container> it = open.descendingIterator(); it.hasNext(); ) {
      String segment = it.next().segment();
      if (segment != null) {
        pointer.append('/').append(printable(segment));
      }
    }
    return pointer.isEmpty() ? "/" : pointer.toString();
  }

  private static String printable(String segment) {
    String escaped = segment.replace("~", "~0").replace("/", "~1");
    StringBuilder safe = new StringBuilder();
    escaped
        .codePoints()
        .limit(64)
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                safe.append(String.format("\\u%04X", c));
              } else {
                safe.appendCodePoint(c);
              }
            });
    return escaped.codePointCount(0, escaped.length()) > 64 ? safe + "…" : safe.toString();
  }

  /** An object or array the parser is inside, and where in it. */
  private static final class Container {
    final boolean object;
    final Set<String> keys = new HashSet<>();
    String key;
    int index = -1;

    Container(boolean object) {
      this.object = object;
    }

    void enter(String name) {
      key = name;
    }

    void nextValue() {
      if (!object) {
        index++;
      }
    }

    String segment() {
      return object ? key : index < 0 ? null : String.valueOf(index);
    }
  }
}
