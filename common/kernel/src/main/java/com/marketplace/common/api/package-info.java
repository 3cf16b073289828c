/** The spec's API conventions: common query parameters, paging and the success envelope. */
package com.marketplace.common.api;
