package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.Page;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvelopeWriterTest {

  private final Jsonb jsonb = new JsonConfiguration().getContext(Map.class);

  @Test
  void writesAnEnvelopeWithEveryKindOfValueAsJsonBDoes() throws IOException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", UUID.fromString("5e2f0c1a-0000-4000-8000-000000000001"));
    row.put(
        "title", "Canal house \"De Gouden\" \\ 2 rooms\n\t\r\b\f\u0001\u001f é 漢字 😀 </script>");
    row.put("guestCount", 3);
    row.put("recordVersion", 12L);
    row.put("totalPrice", new BigDecimal("142.50"));
    row.put("tiny", new BigDecimal("1E-10"));
    row.put("big", new BigInteger("123456789012345678901234567890"));
    row.put("short", (short) 7);
    row.put("byte", (byte) -2);
    row.put("isActive", true);
    row.put("iCalImportSource", null);
    row.put("createdAt", OffsetDateTime.of(2026, 11, 28, 11, 5, 7, 123_456_000, ZoneOffset.UTC));
    row.put("updatedAt", OffsetDateTime.of(2026, 11, 28, 11, 5, 0, 0, ZoneOffset.ofHours(2)));
    row.put("occurredAt", Instant.parse("2026-11-28T11:05:07.100Z"));
    row.put("checkIn", LocalDate.of(2027, 1, 31));
    row.put(
        "snapshot",
        Json.createReader(
                new StringReader(
                    "{\"minNights\":1,\"rules\":[\"no \\\"parties\\\"\",null,true,2.5],\"x\":{}}"))
            .readObject());
    row.put("jsonString", Json.createValue("a\"b\u0002"));
    row.put("jsonNull", JsonValue.NULL);
    row.put("photos", List.of("a.jpg", "b.jpg"));
    row.put("empty", List.of());
    row.put("withNull", Arrays.asList("x", null));
    row.put("set", Set.of(1));
    row.put("nested", new TreeMap<>(Map.of("b", 2, "a", Map.of("deep", List.of(Map.of())))));
    row.put("uuidKeys", Map.of(UUID.fromString("5e2f0c1a-0000-4000-8000-000000000002"), "v"));
    row.put("number", 2.5d);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "OK");
    body.put("statusCode", 200);
    body.put("userId", null);
    body.put("reservations", new ArrayList<>(List.of(row, row)));
    body.put("paging", new Page.Paging(1, 25, 11730, 470));
    body.put(
        "filters",
        List.of(new Envelope.Filter("bookingStatus", "pending"), new Envelope.Filter("x", null)));
    body.put("uiPermissions", List.of());

    assertThat(written(body), equalTo(jsonb.toJson(body)));
  }

  @Test
  void writesEveryControlCharacterAndEscapeAsJsonBDoes() throws IOException {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\u00a0\ud83d\ude00\uffff");
    Map<String, Object> body = Map.of(all.toString(), all.toString());

    assertThat(written(body), equalTo(jsonb.toJson(body)));
  }

  private String written(Object body) throws IOException {
    StringWriter out = new StringWriter();
    EnvelopeWriter.write(body, out, jsonb);
    return out.toString();
  }
}
