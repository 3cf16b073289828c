package com.marketplace.common.permissions;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RolePermissionsTest {

  private final RolePermissions roles = RolePermissions.load(getClass().getClassLoader());

  @Test
  void readsEachRolesPermissionsFromTheClassPath() {
    assertThat(roles.of("student"), containsInAnyOrder("enrollment.create", "enrollment.viewOwn"));
    assertThat(roles.of("nobody"), empty());
  }

  @Test
  void aRoleGrantsItsPermissionsAndTheWildcardGrantsAll() {
    assertThat(roles.grants(Set.of("student"), "enrollment.create"), is(true));
    assertThat(roles.grants(Set.of("student"), "audit.read"), is(false));
    assertThat(roles.grants(Set.of("student", "admin"), "audit.read"), is(true));
    assertThat(roles.grants(Set.of(), "enrollment.create"), is(false));
  }
}
