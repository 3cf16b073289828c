package com.marketplace.common.api;

import com.marketplace.common.error.ApiException;
import java.util.Objects;

/**
 * The one policy for request fields the spec lets a client send but the server decides (statuses,
 * owners, prices, dates it stamps): absent, or equal to what the server decides; anything else is
 * refused with 422 {@code errMsg_<field>IsSetByTheServer}, never silently replaced.
 */
public final class ServerValues {

  private ServerValues() {}

  public static void mustMatch(String field, Object sent, Object server) {
    if (sent != null && !Objects.equals(sent, server)) {
      throw ApiException.unprocessable(
          "errMsg_" + field + "IsSetByTheServer",
          field
              + " is set by the server"
              + (server == null ? "" : " (" + server + ")")
              + ", not "
              + sent);
    }
  }
}
