package com.marketplace.devserver.bare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.Driver;

/**
 * Writes {@code bare.war} (context root {@code /bare}): {@link BarePing} and {@link BareBookings}
 * with the PostgreSQL driver, deployed only by the local run, never part of the EAR. The classes
 * are copied as bytes, not loaded: the local run's own class path has no JAX-RS.
 */
public final class BareWar {

  public static final String NAME = "bare";

  private static final List<String> CLASSES =
      List.of(
          "BareApplication",
          "BarePing",
          "BareBookings",
          "BareBookings$Booking",
          "BareReservations");

  private BareWar() {}

  public static Path write(Path directory) throws IOException, URISyntaxException {
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
      // BareReservations' own datasource needs the driver (the EAR carries its copy in lib/)
      Path driver =
          Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      zip.putNextEntry(new ZipEntry("WEB-INF/lib/" + driver.getFileName()));
      Files.copy(driver, zip);
      zip.closeEntry();
    }
    return war;
  }
}
