package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.api.JoinScope.Locality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinScopeTest {

  @Test
  void getJoinsFalseAnswersNoJoinsWhateverExcludeCqrsSays() {
    CommonParameters parameters =
        CommonParameters.parse(Map.of("getJoins", "false", "excludeCQRS", "true")::get);

    assertThat(parameters.joins(), is(JoinScope.NONE));
    assertThat(parameters.joins().includes(Locality.LOCAL), is(false));
    assertThat(parameters.joins().includes(Locality.NON_LOCAL), is(false));
  }

  @Test
  void excludeCqrsKeepsOnlyTheLocalJoins() {
    JoinScope scope = CommonParameters.parse(Map.of("excludeCQRS", "true")::get).joins();

    assertThat(scope, is(JoinScope.LOCAL));
    assertThat(scope.includes(Locality.LOCAL), is(true));
    assertThat(scope.includes(Locality.NON_LOCAL), is(false));
  }

  @Test
  void byDefaultEveryJoinIsAnswered() {
    JoinScope scope = CommonParameters.parse(name -> null).joins();

    assertThat(scope, is(JoinScope.ALL));
    assertThat(scope.includes(Locality.NON_LOCAL), is(true));
  }

  @Test
  void anExcludedJoinIsNeitherPutNorComputed() {
    Map<String, Object> joins = new LinkedHashMap<>();
    JoinScope.LOCAL.put(joins, "enrollment", Locality.LOCAL, () -> "e");
    JoinScope.LOCAL.put(
        joins,
        "coursePack",
        Locality.NON_LOCAL,
        () -> {
          throw new AssertionError("computed although excluded");
        });

    assertThat(List.copyOf(joins.keySet()), contains("enrollment"));
  }
}
