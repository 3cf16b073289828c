package com.marketplace.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a route's success envelope carries, for the module's OpenAPI document: the data under its
 * {@code dataName}, one object or a list of them, of a Java type. Routes answer a JAX-RS {@code
 * Response} built by the kernel's {@code Responses}, which tells a document nothing; this says what
 * is in it, so that client generators get a typed answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

  /** The envelope's {@code dataName}, the key the data is under, e.g. {@code reservation}. */
  String value();

  /** The type of one object of the data; {@code Object} when it has no fixed shape. */
  Class<?> type() default Object.class;

  /** Whether the data is a list (with the list envelope's paging and filters). */
  boolean list() default false;

  /** The success status: 201 for a create, else 200. */
  int status() default 200;

  /** A second top-level object beside the data, e.g. a payment route's {@code paymentResult}. */
  String alongside() default "";

  /** The type of {@link #alongside()}. */
  Class<?> alongsideType() default Object.class;
}
