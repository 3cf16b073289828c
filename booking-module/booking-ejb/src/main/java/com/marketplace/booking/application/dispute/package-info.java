/** Disputes about a reservation: opened by its guest or host, reviewed and settled by an admin. */
package com.marketplace.booking.application.dispute;
