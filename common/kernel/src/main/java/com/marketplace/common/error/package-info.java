/**
 * Failures a client can act on. Each carries the HTTP status, a message key in the spec's style
 * ({@code errMsg_...}) and a human-readable detail; the web layer turns them into the spec's error
 * envelope. Domain code may throw them: they are plain Java.
 */
package com.marketplace.common.error;
