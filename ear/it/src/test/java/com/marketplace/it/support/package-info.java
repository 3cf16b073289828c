/** The harness the integration tests share: database, deployment, HTTP and SQL helpers. */
package com.marketplace.it.support;
