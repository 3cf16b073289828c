/**
 * The API kernel every module shares: persistence bootstrap, and (as it grows) envelopes, errors,
 * authentication, tenancy, audit and idempotency. Lives in the EAR's {@code lib/}, so it must not
 * depend on any business module.
 */
package com.marketplace.common;
