package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinedTest {

  public record Enrollment(String id, int recordVersion) {}

  @Test
  void theRecordsFieldsComeFirstInOrderThenTheJoins() {
    Map<String, Object> joined =
        Joined.of(new Enrollment("e1", 3), Map.of("coursePack", Map.of("title", "English")));

    assertThat(List.copyOf(joined.keySet()), contains("id", "recordVersion", "coursePack"));
    assertThat(joined.get("recordVersion"), equalTo(3));
  }
}
