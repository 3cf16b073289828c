/**
 * Failures a client can act on, in two vocabularies. {@link
 * com.marketplace.common.error.DomainException} is the domain's: a business rule refused, with a
 * kind (invalid, conflict, refused) and a code, and no HTTP. {@link
 * com.marketplace.common.error.ApiException} is the application and API layers': it carries the
 * HTTP status, a message key in the spec's style ({@code errMsg_...}) and a human-readable detail.
 * The kernel's web layer turns both into the spec's error envelope, and is the one place that
 * decides which status a domain refusal is answered with.
 */
package com.marketplace.common.error;
