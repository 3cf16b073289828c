package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.error.DomainException.Kind;
import org.junit.jupiter.api.Test;

class DomainExceptionMapperTest {

  @Test
  void eachKindOfRefusalIsAnsweredWithTheStatusItHadBeforeTheDomainStoppedNamingStatuses() {
    assertThat(DomainExceptionMapper.statusOf(Kind.INVALID), is(400));
    assertThat(DomainExceptionMapper.statusOf(Kind.CONFLICT), is(409));
    assertThat(DomainExceptionMapper.statusOf(Kind.REFUSED), is(422));
  }
}
