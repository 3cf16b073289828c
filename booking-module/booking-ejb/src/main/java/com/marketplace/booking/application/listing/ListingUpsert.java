package com.marketplace.booking.application.listing;

import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.application.JsonText;
import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.ListingData;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A listing as the upstream listing service sends it (admin route or reference-data queue); prices
 * in major units of {@code currency}. Policies: see {@link ListingTerms}.
 */
public record ListingUpsert(
    @NotNull UUID hostId,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 100) List<@NotNull @Size(max = 2048) String> photos,
    @Size(max = 2048) String mainPhoto,
    @Size(max = 500) List<@NotNull UUID> amenityIds,
    @Size(max = 1000) String address,
    @Size(max = 64) String propertyType,
    @Size(max = 200) String location,
    @NotBlank @Size(max = 64) String timeZone,
    @NotNull BigDecimal nightlyPrice,
    @NotBlank @Size(max = 3) String currency,
    BigDecimal cleaningFee,
    BigDecimal platformFeeRate,
    Map<String, Object> cityTaxRule,
    @NotNull @Positive Integer maxGuests,
    @NotBlank @Size(max = 64) String approvalType,
    Map<String, Object> bookingPolicy,
    Map<String, Object> cancellationPolicy,
    Boolean isActive) {

  /**
   * The listing's data, or 400 naming what is wrong (its approvalType read through {@code words}).
   */
  ListingData toData(ClientWords words) {
    try {
      ZoneId.of(timeZone);
      String code = currency.toUpperCase();
      ListingData data =
          new ListingData(
              hostId,
              title,
              JsonText.write(photos == null ? List.of() : photos),
              mainPhoto,
              JsonText.write(amenityIds == null ? List.of() : amenityIds),
              address,
              propertyType,
              location,
              timeZone,
              Money.ofMajor(nightlyPrice, code).amountMinor(),
              code,
              cleaningFee == null ? 0 : Money.ofMajor(cleaningFee, code).amountMinor(),
              platformFeeRate == null ? BigDecimal.ZERO : platformFeeRate,
              JsonText.write(cityTaxRule),
              maxGuests,
              words.read(ApprovalType.class, "approvalType", approvalType),
              JsonText.write(bookingPolicy == null ? Map.of() : bookingPolicy),
              JsonText.write(cancellationPolicy == null ? Map.of() : cancellationPolicy),
              isActive == null || isActive);
      if (data.platformFeeRate().signum() < 0
          || data.platformFeeRate().compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("platformFeeRate must be from 0 to 1");
      }
      ListingTerms.bookingPolicy(data.bookingPolicyJson());
      ListingTerms.cancellationPolicy(data.cancellationPolicyJson());
      ListingTerms.cityTax(data.cityTaxRuleJson());
      return data;
    } catch (DateTimeException | IllegalArgumentException | ClassCastException e) {
      throw ApiException.badRequest("errMsg_listingIsNotValid", e.getMessage());
    } catch (RuntimeException e) {
      throw ApiException.badRequest(
          "errMsg_listingIsNotValid", "A policy or rule is malformed: " + e.getMessage());
    }
  }
}
