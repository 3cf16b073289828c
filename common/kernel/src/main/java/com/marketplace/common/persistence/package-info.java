/** The one application datasource and the schema migrations each module applies at startup. */
package com.marketplace.common.persistence;
