package com.marketplace.common.permissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which permissions each role has, merged from every {@value #RESOURCE} on the class path: each
 * module ships one for its own permissions ({@code role = perm, perm}). The permission {@code *}
 * stands for every permission.
 */
public final class RolePermissions {

  public static final String RESOURCE = "META-INF/marketplace/role-permissions.properties";
  public static final String ALL = "*";

  private final Map<String, Set<String>> byRole;

  RolePermissions(Map<String, Set<String>> byRole) {
    this.byRole = Map.copyOf(byRole);
  }

  public static RolePermissions load(ClassLoader loader) {
    Map<String, Set<String>> byRole = new HashMap<>();
    try {
      Enumeration<URL> files = loader.getResources(RESOURCE);
      for (URL file : Collections.list(files)) {
        merge(byRole, read(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new RolePermissions(byRole);
  }

  /** The permissions of {@code role}, possibly {@link #ALL}. */
  public Set<String> of(String role) {
    return byRole.getOrDefault(role, Set.of());
  }

  public boolean grants(Set<String> roles, String permission) {
    return roles.stream().map(this::of).anyMatch(p -> p.contains(ALL) || p.contains(permission));
  }

  private static Properties read(URL file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = file.openStream()) {
      properties.load(in);
    }
    return properties;
  }

  private static void merge(Map<String, Set<String>> byRole, Properties properties) {
    for (String role : properties.stringPropertyNames()) {
      Arrays.stream(properties.getProperty(role).split(","))
          .map(String::strip)
          .filter(p -> !p.isEmpty())
          .forEach(p -> byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p));
    }
  }
}
