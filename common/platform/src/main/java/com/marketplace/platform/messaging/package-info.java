/** Idempotent message consumption. */
package com.marketplace.platform.messaging;
