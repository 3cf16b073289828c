/** Money as every module counts it: whole minor units of an ISO 4217 currency. */
package com.marketplace.common.money;
