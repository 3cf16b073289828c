/**
 * Turns the server's own OpenAPI description into client artefacts, so API consumers can try the
 * endpoints without hand-written collections. {@link
 * com.marketplace.common.openapi.PostmanCollection} is the entry point; the other types are
 * package-private helpers.
 */
package com.marketplace.common.openapi;
