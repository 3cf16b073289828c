/**
 * Permissions: what roles may do (configuration each module contributes), refined per user and per
 * object by grants an admin stores. The kernel defines the contract and the role configuration; the
 * platform module stores the grants.
 */
package com.marketplace.common.permissions;
