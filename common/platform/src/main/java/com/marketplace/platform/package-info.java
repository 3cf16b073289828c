/**
 * Platform services shared by every module: the application's datasource and the {@code platform}
 * schema (tenants; later audit trail, idempotency records and permission grants).
 */
package com.marketplace.platform;
