package dev.rta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's packaged Rust crates ({@code librust-*-dev}, which {@code .ci/run} installs) as an offline cargo
 * registry: {@code /usr/share/cargo/registry} used as a directory source.
 */
public final class DebianCrates {
  public static final Path REGISTRY = Path.of("/usr/share/cargo/registry");
  private static final Pattern DIR = Pattern.compile("(.+)-(\\d+\\.\\d+\\.\\d+\\S*)");

  private DebianCrates() {}

  /** Skips without cargo or the crates, except in CI ({@code RTA_REQUIRE_CARGO=1}), where that is a failure. */
  public static void need(boolean condition, String why) {
    if ("1".equals(System.getenv("RTA_REQUIRE_CARGO"))) {
      assertThat(condition).as(why).isTrue();
    }
    assumeTrue(condition, why);
  }

  /** Whether a crate whose directory starts with the prefix (e.g. {@code tokio-}) is packaged. */
  public static boolean has(String prefix) {
    return versions().keySet().stream().anyMatch(c -> (c + "-").startsWith(prefix));
  }

  /** Each packaged crate with its version (the newest where several are packaged). */
  public static Map<String, String> versions() {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(REGISTRY)) {
      return out;
    }
    try (var dirs = Files.list(REGISTRY)) {
      dirs.map(d -> DIR.matcher(d.getFileName().toString())).filter(Matcher::matches)
          .forEach(m -> out.merge(m.group(1), m.group(2), (a, b) -> compare(a, b) >= 0 ? a : b));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int compare(String a, String b) {
    String[] x = a.split("[.+-]");
    String[] y = b.split("[.+-]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i].matches("\\d+") && y[i].matches("\\d+")) {
        int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
        if (c != 0) {
          return c;
        }
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** A {@code .cargo/config.toml} that resolves every crate from the registry, offline. */
  public static String cargoConfig() {
    return """
        [source.crates-io]
        replace-with = "debian"

        [source.debian]
        directory = "%s"

        [net]
        offline = true
        """.formatted(REGISTRY);
  }

  /** What one cargo run returned and printed (stdout and stderr together). */
  public record Run(int exit, String output) {}

  /**
   * Runs cargo in {@code cwd} with warnings denied and no colours, building into {@code targetDir} (kept under
   * Maven's target/ so that a second run reuses the compiled crates); exit -1 when cargo cannot start or takes
   * more than ten minutes.
   */
  public static Run cargo(Path cwd, Path targetDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("cargo"));
    command.addAll(List.of(args));
    // stdin from /dev/null: cargo's rustc probe (`rustc -`) reads stdin as a source file, and a pipe the JVM's
    // other children share (a browser test's Chromium wrapper wrote into one in CI) must never reach it
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("RUSTFLAGS", "-D warnings");
    pb.environment().put("CARGO_TERM_COLOR", "never");
    pb.environment().put("CARGO_TARGET_DIR", targetDir.toAbsolutePath().toString());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Run(-1, String.valueOf(e.getMessage()));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return new Run(-1, "timed out\n" + out);
    }
    return new Run(p.exitValue(), out);
  }
}
