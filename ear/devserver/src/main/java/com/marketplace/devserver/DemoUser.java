package com.marketplace.devserver;

import java.util.List;
import java.util.UUID;

/** The users the demo data knows (ids match {@code db/demo/*}), one per role. */
public enum DemoUser {
  ADMIN("5e2f0c1a-0000-4000-8000-0000000000a1", "Ada Admin", "admin@demo.test", "admin"),
  TUTOR("5e2f0c1a-0000-4000-8000-0000000000b1", "Tomas Tutor", "tutor@demo.test", "tutor"),
  STUDENT("5e2f0c1a-0000-4000-8000-0000000000c1", "Sara Student", "student@demo.test", "student"),
  HOST("5e2f0c1a-0000-4000-8000-0000000000d1", "Hanna Host", "host@demo.test", "host"),
  GUEST("5e2f0c1a-0000-4000-8000-0000000000e1", "Gil Guest", "guest@demo.test", "guest");

  /** The demo tenant ({@code platform.tenant}, codename "demo"). */
  public static final UUID TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-000000000001");

  private final UUID id;
  private final String fullname;
  private final String email;
  private final List<String> roles;

  DemoUser(String id, String fullname, String email, String... roles) {
    this.id = UUID.fromString(id);
    this.fullname = fullname;
    this.email = email;
    this.roles = List.of(roles);
  }

  public DevTokens.Subject subject() {
    return new DevTokens.Subject(id, TENANT, fullname, email, roles);
  }
}
