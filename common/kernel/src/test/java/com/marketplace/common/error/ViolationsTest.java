package com.marketplace.common.error;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  record Profile(@NotNull @Size(max = 5) String name, @Size(max = 3) String code) {}

  @Test
  void aValidBodyIsReturnedAsItIs() {
    Profile body = new Profile("Ann", "NL");
    assertThat(Violations.requireValid(VALIDATOR, "profile", body), sameInstance(body));
  }

  @Test
  void eachBrokenConstraintIsA400NamingItsField() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> Violations.requireValid(VALIDATOR, "profile", new Profile(null, "ABCD")));

    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), is("errMsg_validationFailed"));
    assertThat(e.detail(), is("code size must be between 0 and 3; name must not be null"));
  }

  @Test
  void aMissingBodyIsA400NamingIt() {
    ApiException e =
        assertThrows(ApiException.class, () -> Violations.requireValid(VALIDATOR, "profile", null));
    assertThat(e.status(), is(400));
    assertThat(e.detail(), is("profile is required"));
  }
}
