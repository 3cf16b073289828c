/** Once-per-cluster job claims. */
package com.marketplace.platform.jobs;
