/**
 * The audit trail: every state transition of a business object, recorded in the transaction that
 * makes it. The kernel defines the contract; the platform module stores it.
 */
package com.marketplace.common.audit;
