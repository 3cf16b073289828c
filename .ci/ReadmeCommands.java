import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that what the README tells a newcomer still works, run by .ci/run after the tests:
 *
 * <ol>
 *   <li>the token command shown in README.md (the shell block with {@code -Ptoken}) runs from the
 *       repository root and prints one signed token for the user it names, and docs/development.md
 *       shows the same command;
 *   <li>every relative link in README.md, docs/ and the Stripe emulator's README names a file
 *       inside the repository that exists.
 * </ol>
 *
 * <p>Single-file program (JDK 17, no build): {@code java .ci/ReadmeCommands.java}. Exit 1 on any
 * failure, with what failed on stderr.
 */
public class ReadmeCommands {

  private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JWT =
      Pattern.compile("^[A-Za-z0-9_-]+\\.([A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]+$");
  private static final Pattern USER = Pattern.compile("--user ([0-9a-fA-F-]{36})");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  private static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    checkTokenCommand(root);
    checkLinks(root);
    if (!failures.isEmpty()) {
      failures.forEach(f -> System.err.println("README check failed: " + f));
      System.exit(1);
    }
    System.out.println("README check: the token command works and every link resolves");
  }

  private static void checkTokenCommand(Path root) throws IOException, InterruptedException {
    String command = tokenCommand(Files.readString(root.resolve("README.md")));
    if (command == null) {
      failures.add("README.md shows no ```sh block with the token command (-Ptoken)");
      return;
    }
    String documented = tokenCommand(Files.readString(root.resolve("docs/development.md")));
    if (!command.equals(documented)) {
      failures.add("docs/development.md shows another token command than README.md: " + documented);
    }
    Matcher user = USER.matcher(command);
    if (!user.find()) {
      failures.add("the README's token command names no --user <uuid>: " + command);
      return;
    }
    System.out.println("README check: running " + command);
    Process process =
        new ProcessBuilder("bash", "-c", command)
            .directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      failures.add("the README's token command failed: " + command);
      return;
    }
    List<String> tokens =
        new String(out, StandardCharsets.UTF_8)
            .lines()
            .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", "").strip())
            .filter(line -> JWT.matcher(line).matches())
            .toList();
    if (tokens.size() != 1) {
      failures.add("the README's token command printed " + tokens.size() + " tokens, not 1");
      return;
    }
    Matcher jwt = JWT.matcher(tokens.get(0));
    jwt.matches();
    String claims =
        new String(Base64.getUrlDecoder().decode(jwt.group(1)), StandardCharsets.UTF_8);
    if (!claims.contains("\"sub\":\"" + user.group(1) + "\"")) {
      failures.add("the printed token is not for user " + user.group(1) + ": " + claims);
    }
  }

  /** The first shell block containing -Ptoken, its continuation lines joined. */
  private static String tokenCommand(String markdown) {
    Matcher block = SHELL_BLOCK.matcher(markdown);
    while (block.find()) {
      String text = block.group(1);
      if (text.contains("-Ptoken")) {
        return text.replaceAll("\\\\\\n\\s*", "").strip();
      }
    }
    return null;
  }

  private static void checkLinks(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    files.add(root.resolve("payments-module/stripe-emulator/README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      Matcher link = LINK.matcher(Files.readString(file));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
          continue; // web addresses and anchors within the page
        }
        Path resolved = file.getParent().resolve(target.replaceAll("#.*$", "")).normalize();
        String where = root.relativize(file) + " links " + target;
        if (!resolved.startsWith(root)) {
          failures.add(where + ", which is outside the repository");
        } else if (!Files.exists(resolved)) {
          failures.add(where + ", which does not exist");
        }
      }
    }
  }
}
