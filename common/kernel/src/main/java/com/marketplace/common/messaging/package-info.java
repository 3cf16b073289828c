/** JMS: business events published with the transaction, and idempotent consumers. */
package com.marketplace.common.messaging;
