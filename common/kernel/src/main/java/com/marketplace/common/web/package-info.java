/**
 * JAX-RS pieces every module's REST API serves: registered by package, see {@link KernelResources}.
 */
package com.marketplace.common.web;
