package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void countsPagesRoundingUp() {
    Page<String> page = new Page<>(List.of("a", "b"), new PageRequest(1, 2), 5);

    assertThat(page.paging(), equalTo(new Page.Paging(1, 2, 5, 3)));
  }

  @Test
  void anEmptyListHasNoPages() {
    assertThat(new Page<>(List.of(), new PageRequest(1, 25), 0).paging().pageCount(), is(0L));
  }

  @Test
  void everythingAtOnceIsOnePage() {
    Page<String> all = new Page<>(List.of("a", "b", "c"), new PageRequest(0, 25), 3);

    assertThat(all.paging(), equalTo(new Page.Paging(0, 3, 3, 1)));
    assertThat(all.request().offset(), is(0));
  }

  @Test
  void offsetsFollowThePageNumber() {
    assertThat(new PageRequest(3, 10).offset(), is(20));
  }

  @Test
  void aPageThatIsNotFullTellsTheTotalItself() {
    assertThat(new PageRequest(3, 10).totalFrom(4), equalTo(OptionalLong.of(24)));
    assertThat(new PageRequest(1, 25).totalFrom(7), equalTo(OptionalLong.of(7)));
  }

  @Test
  void anEmptyFirstPageMeansNoRows() {
    assertThat(new PageRequest(1, 25).totalFrom(0), equalTo(OptionalLong.of(0)));
  }

  @Test
  void everyRowAtOnceIsItsOwnCount() {
    assertThat(new PageRequest(0, 25).totalFrom(140), equalTo(OptionalLong.of(140)));
  }

  @Test
  void aFullPageNeedsACountBecauseMoreRowsMayFollow() {
    assertThat(new PageRequest(2, 25).totalFrom(25), equalTo(OptionalLong.empty()));
  }

  @Test
  void anEmptyPageAfterTheFirstNeedsACountBecauseTheRowsMayEndBeforeIt() {
    assertThat(new PageRequest(4, 25).totalFrom(0), equalTo(OptionalLong.empty()));
  }
}
