/**
 * The module's projection of upstream reference data (users, tutor profiles, course packs, lesson
 * slots, screenings), written by the admin routes and the JMS listener alike.
 */
package com.marketplace.enrollment.application.reference;
