/** Test-only web module that runs the retention job on demand. */
package com.marketplace.it.retention;
