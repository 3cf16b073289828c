/**
 * What Payara Micro's one WAR adds to the modules' classes (docs/payara-micro.md): packed into its
 * {@code WEB-INF/classes} by this module's build, never into the EAR.
 */
package com.marketplace.micro.web;
