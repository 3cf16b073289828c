/**
 * Access tokens: where a request carries one ({@link com.marketplace.common.security.TokenLocator})
 * and whether it is genuine ({@link com.marketplace.common.security.AccessTokenVerifier}).
 *
 * <p>Only asymmetric signatures (RS256, ES256) from configured public keys are trusted; everything
 * a token claims about the caller is read from a {@link
 * com.marketplace.common.security.VerifiedToken} and from nowhere else.
 */
package com.marketplace.common.security;
