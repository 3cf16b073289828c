/**
 * A test-only web module that sells "probeOrder"s through the payments module, as enrollment and
 * booking will sell enrollments and reservations: it registers its order type and exposes the
 * start/refresh routes in the spec's shape.
 */
package com.marketplace.it.shop;
