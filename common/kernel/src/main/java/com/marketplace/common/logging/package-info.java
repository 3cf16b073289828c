/**
 * Log lines that say which request they belong to: the request's id and tenant travel with every
 * record of the application's loggers, where Payara's JSON log formatter prints them as fields.
 */
package com.marketplace.common.logging;
