package com.marketplace.micro;

import java.util.concurrent.TimeUnit;

/** Stopping a process we started, with the processes it started (imqbrokerd runs a JVM). */
final class Processes {

  private Processes() {}

  static void stop(Process process) {
    if (process == null || !process.isAlive()) {
      return;
    }
    var children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
