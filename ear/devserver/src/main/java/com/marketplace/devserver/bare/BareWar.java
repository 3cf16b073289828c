package com.marketplace.devserver.bare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code bare.war} (context root {@code /bare}): {@link BarePing} alone, deployed only by
 * the local run, never part of the EAR. The classes are copied as bytes, not loaded: the local
 * run's own class path has no JAX-RS.
 */
public final class BareWar {

  public static final String NAME = "bare";

  private static final List<String> CLASSES = List.of("BareApplication", "BarePing");

  private BareWar() {}

  public static Path write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path war = directory.resolve(NAME + ".war");
    try (OutputStream file = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String name : CLASSES) {
        String resource = BareWar.class.getPackageName().replace('.', '/') + "/" + name + ".class";
        try (InputStream in = BareWar.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("Missing " + resource);
          }
          zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + resource));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return war;
  }
}
