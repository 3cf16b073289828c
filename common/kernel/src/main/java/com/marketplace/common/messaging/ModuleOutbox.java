package com.marketplace.common.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Base of each publishing module's startup singleton that sweeps its outbox: every {@code
 * OUTBOX_SWEEP_SECONDS} (default 5), and once at start, it relays whatever the prompt relay after
 * commit left behind (the broker was down, the node stopped before relaying). Every node sweeps;
 * the relay lock lets one relay at a time.
 *
 * <p>Subclasses are {@code @Startup @Singleton} EJBs that depend on the module's schema singleton,
 * with transactions not supported (the relay manages its own).
 */
public abstract class ModuleOutbox {

  private final EventChannel channel;

  @Resource TimerService timers;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "OUTBOX_SWEEP_SECONDS", defaultValue = "5")
  long sweepSeconds;

  protected ModuleOutbox(EventChannel channel) {
    this.channel = channel;
  }

  @PostConstruct
  void schedule() {
    if (sweepSeconds < 1) {
      throw new IllegalArgumentException(
          "OUTBOX_SWEEP_SECONDS must be at least 1: " + sweepSeconds);
    }
    long every = sweepSeconds * 1_000;
    timers.createIntervalTimer(every, every, new TimerConfig("outbox." + channel.schema(), false));
    outbox.kick(channel);
  }

  @Timeout
  void sweep() {
    outbox.kick(channel);
  }
}
