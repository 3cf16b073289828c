/**
 * Rate limits per user and per tenant, by route class, kept as token buckets in the cluster's
 * JCache so that every node counts against the same budget.
 */
package com.marketplace.common.ratelimit;
