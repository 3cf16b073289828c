/**
 * Retention of the tables that only grow: rows past a configurable window are deleted by a job that
 * runs once per cluster.
 */
package com.marketplace.platform.retention;
