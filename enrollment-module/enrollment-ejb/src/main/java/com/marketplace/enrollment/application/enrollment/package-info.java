/**
 * Enrolling into a course pack's lesson slots, reading one enrollment as its caller may see it,
 * cancelling, and the administrative cascades and jobs of an enrollment's lifecycle.
 */
package com.marketplace.enrollment.application.enrollment;
