package com.marketplace.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, run headless to render a page as a browser would (scripts run, the DOM built)
 * and hand back the resulting DOM. No driver and no browser download: {@code .ci/run} installs the
 * {@code chromium} package; {@code CHROMIUM} names another binary.
 */
public final class HeadlessChromium {

  private static final List<String> CANDIDATES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** The installed Chromium, if there is one. */
  public static Optional<HeadlessChromium> installed() {
    String named = System.getenv("CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(new HeadlessChromium(Path.of(named)));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> CANDIDATES.stream().map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst()
        .map(HeadlessChromium::new);
  }

  /**
   * The DOM of {@code url} once its scripts have run for up to {@code budgetMillis} of virtual time
   * (timers fast-forwarded, network waited for), as {@code --dump-dom} prints it.
   */
  public String renderedDom(String url, int budgetMillis) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Path dom = Files.createTempFile("chromium-dom", ".html");
    Path errors = Files.createTempFile("chromium-stderr", ".txt");
    // as root (CI containers) Chromium needs --no-sandbox; the other flags keep it off the network
    // it does not need, which a closed CI network would otherwise refuse many times at start
    Process chromium =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=" + budgetMillis,
                "--dump-dom",
                url)
            .redirectOutput(dom.toFile())
            .redirectError(errors.toFile())
            .start();
    if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish rendering " + url + " in 60 s");
    }
    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    if (chromium.exitValue() != 0 || rendered.isBlank()) {
      throw new IllegalStateException(
          "Chromium failed on "
              + url
              + " (exit "
              + chromium.exitValue()
              + "): "
              + Files.readString(errors, StandardCharsets.UTF_8));
    }
    return rendered;
  }

  @Override
  public String toString() {
    return binary.toString();
  }
}
