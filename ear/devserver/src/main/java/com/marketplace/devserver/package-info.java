/**
 * The local run: an embedded PostgreSQL, a Payara Server domain with the EAR deployed, demo data
 * and ready-to-use tokens signed with the dev-only key. Also used by the integration tests.
 */
package com.marketplace.devserver;
