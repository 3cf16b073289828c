package com.marketplace.devserver.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The bare JAX-RS application the local run deploys beside the EAR ({@link BareWar}). */
@ApplicationPath("")
public class BareApplication extends Application {}
