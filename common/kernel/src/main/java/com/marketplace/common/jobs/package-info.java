/** Scheduled work that runs once per cluster. */
package com.marketplace.common.jobs;
