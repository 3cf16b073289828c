/** Schema migration and messaging of the booking module. */
package com.marketplace.booking.infrastructure;
