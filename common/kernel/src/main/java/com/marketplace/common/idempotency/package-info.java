/** Idempotency-Key support: a POST runs at most once per tenant, user and key. */
package com.marketplace.common.idempotency;
