package com.marketplace.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.money.Money;
import org.junit.jupiter.api.Test;

class StoredMoneyTest {

  @Test
  void moneyStoredIsTheMoneyReadBack() {
    Money price = Money.ofMinor(12050, "EUR");

    StoredMoney stored = StoredMoney.of(price);

    assertThat(stored.amountMinor(), is(12050L));
    assertThat(stored.currencyCode(), is("EUR"));
    assertThat(stored.money(), equalTo(price));
  }

  @Test
  void aPaddedCharColumnReadsAsItsCode() {
    StoredMoney stored = StoredMoney.of(1500, "JPY ");

    assertThat(stored.money(), equalTo(Money.ofMinor(1500, "JPY")));
    assertThat(stored, equalTo(StoredMoney.of(1500, "JPY")));
  }

  @Test
  void aSiblingAmountOfTheRowIsMoneyOfTheSameCurrency() {
    StoredMoney total = StoredMoney.of(Money.ofMinor(10_000, "EUR"));

    assertThat(total.same(2_500), equalTo(Money.ofMinor(2_500, "EUR")));
  }

  @Test
  void amountsOrCurrenciesThatDifferAreDifferentValues() {
    assertThat(StoredMoney.of(100, "EUR"), not(equalTo(StoredMoney.of(101, "EUR"))));
    assertThat(StoredMoney.of(100, "EUR"), not(equalTo(StoredMoney.of(100, "USD"))));
  }

  @Test
  void aStoredNegativeAmountIsNeverReadAsMoney() {
    assertThrows(IllegalArgumentException.class, () -> StoredMoney.of(-1, "EUR").money());
  }
}
