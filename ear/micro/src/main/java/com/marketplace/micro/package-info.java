/**
 * The platform on Payara Micro (docs/payara-micro.md): a standalone OpenMQ broker, Micro instances
 * running the module WARs with OpenMQ's resource adapter, and the launcher of {@code -Prun-micro}.
 */
package com.marketplace.micro;
