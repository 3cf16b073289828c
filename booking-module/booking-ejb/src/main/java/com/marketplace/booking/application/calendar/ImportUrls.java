package com.marketplace.booking.application.calendar;

import com.marketplace.common.error.ApiException;
import java.net.URI;
import java.net.URISyntaxException;

/** Calendar import URLs: absolute http or https URLs with a host, nothing else. */
public final class ImportUrls {

  static final int MAX_LENGTH = 2048;

  private ImportUrls() {}

  public static String require(String url) {
    if (url == null || url.length() > MAX_LENGTH) {
      throw ApiException.badRequest(
          "errMsg_iCalImportSourceIsNotValid",
          "url must be an http or https URL of at most " + MAX_LENGTH + " characters");
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw ApiException.badRequest(
        "errMsg_iCalImportSourceIsNotValid", "url must be an http or https URL");
  }
}
