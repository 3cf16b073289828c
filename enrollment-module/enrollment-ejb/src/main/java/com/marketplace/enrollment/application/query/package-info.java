/**
 * The read routes (enrollments and refund requests) with the spec's joins, loaded one query per
 * joined kind.
 */
package com.marketplace.enrollment.application.query;
