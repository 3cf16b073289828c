/** Integration tests of the API kernel every module serves: auth, envelopes, tenancy, audit... */
package com.marketplace.it.kernel;
