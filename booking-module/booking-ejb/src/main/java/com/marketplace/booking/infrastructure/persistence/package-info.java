/**
 * JPA behind the domain's repositories ({@code Jpa<Aggregate>Repository}) and the application's
 * read sides ({@code Jpa<Thing>Queries}): every JPQL and SQL statement of the module, and the
 * mapping of what the database refuses (the exclusion constraint of calendar holds, the unique
 * index of open disputes) to the domain's exceptions. Beans are CDI application-scoped, so that a
 * use case sees exactly the exceptions thrown here.
 */
package com.marketplace.booking.infrastructure.persistence;
