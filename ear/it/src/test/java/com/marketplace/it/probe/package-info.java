/**
 * A web module that exists only in tests: it drives two EJB modules inside one JTA transaction,
 * which no production route does yet, so the transaction boundary itself can be tested over HTTP.
 */
package com.marketplace.it.probe;
