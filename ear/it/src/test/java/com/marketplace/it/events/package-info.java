/** A test-only web module: a subscriber to the business event topics, and a JMS sender. */
package com.marketplace.it.events;
