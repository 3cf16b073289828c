/** The enrollment module. See {@code domain}, {@code application}, {@code infrastructure}. */
package com.marketplace.enrollment;
