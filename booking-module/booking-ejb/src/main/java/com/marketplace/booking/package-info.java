/** The booking module. See {@code domain}, {@code application}, {@code infrastructure}. */
package com.marketplace.booking;
