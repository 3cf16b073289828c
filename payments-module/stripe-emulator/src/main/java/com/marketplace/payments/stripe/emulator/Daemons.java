package com.marketplace.payments.stripe.emulator;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads, so an emulator left open never keeps a test JVM alive. */
final class Daemons {

  private Daemons() {}

  static ThreadFactory named(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
