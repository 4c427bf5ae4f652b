package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.testing.Cli;
import dev.rta.testing.DebianCrates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that {@code rta migrate} keeps programs working: each async-std fixture under
 * {@code src/test/resources/migrate/fixtures/} is built and run offline against Debian's packaged crates (its output
 * must be its {@code expected.txt}), migrated with {@code --apply} in a git work tree, built again with warnings
 * denied and run again: the same output (an echo server answering on a loopback port, channels, timers, files,
 * {@code #[async_std::test]} tests, a workspace). A second run must change nothing. For smol the migrated
 * requirement ({@code smol = "2"}) is relaxed to Debian's smol 1.3 in the test's copy only. A fixture whose
 * migration leaves a checklist (smol has no timeout function) is not built; its checklist is asserted instead.
 */
class MigrateBuildTest {
  static final Path FIXTURES = Path.of("src/test/resources/migrate/fixtures");
  static final Map<String, String> SHARE = new TreeMap<>();

  @TempDir static Path tmp;

  @BeforeAll
  static void needCargo() throws Exception {
    Map<String, String> registry = DebianCrates.versions();
    DebianCrates.need(registry.containsKey("async-std") && registry.containsKey("tokio")
        && registry.containsKey("smol"), "Debian's packaged Rust crates are not installed "
        + "(apt-get install librust-async-std-dev librust-tokio-dev librust-smol-dev)");
    DebianCrates.need(DebianCrates.cargo(tmp, targetDir(), "--version").exit() == 0, "cargo is not on PATH");
  }

  @AfterAll
  static void report() {
    System.out.println("MigrateBuildTest: uses rewritten automatically / found, per fixture: " + SHARE);
  }

  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      for (Path d : dirs.sorted().toList()) {
        out.add(Arguments.of(d.getFileName().toString(), "tokio"));
        out.add(Arguments.of(d.getFileName().toString(), "smol"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("fixtures")
  void theMigratedFixtureBuildsAndBehavesTheSame(String fixture, String to) throws Exception {
    Path dir = tmp.resolve(to).resolve(fixture);
    copy(FIXTURES.resolve(fixture), dir);
    Files.createDirectories(dir.resolve(".cargo"));
    Files.writeString(dir.resolve(".cargo/config.toml"), DebianCrates.cargoConfig(), StandardCharsets.UTF_8);
    String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    if (to.equals("tokio")) {
      assertThat(run(dir, fixture)).as("the async-std original's output").isEqualTo(expected);
    }
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "async-std");

    Cli.Result json = Cli.run("migrate", dir.toString(), "--to", to, "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(json.out());
    JsonNode summary = plan.path("summary");
    SHARE.put(fixture + "->" + to, summary.path("automatic").asInt() + "/" + summary.path("uses").asInt());

    Cli.Result applied = Cli.run("migrate", dir.toString(), "--to", to, "--apply");
    assertThat(applied.exit()).as(applied.err()).isZero();
    if (plan.path("manual").size() > 0) {
      // Only smol's missing timeout is left for a person in these fixtures.
      assertThat(to).isEqualTo("smol");
      assertThat(plan.path("manual").findValuesAsText("rule")).allMatch(r -> r.contains("future::timeout")
          || r.contains("task::sleep"));
      return;
    }
    if (to.equals("smol")) {
      relaxSmol(dir);
    }
    assertThat(run(dir, fixture)).as("the migrated program's output").isEqualTo(expected);

    Cli.Result again = Cli.run("migrate", dir.toString(), "--to", to);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).as("a second run changes nothing").isEmpty();
  }

  /** Builds with warnings denied and runs the fixture; its stdout ("ok" for a test suite that passes). */
  static String run(Path dir, String fixture) throws Exception {
    if (fixture.startsWith("tests")) {
      DebianCrates.Run r = DebianCrates.cargo(dir, targetDir(), "test", "--offline", "-q");
      assertThat(r.exit()).as(r.output()).isZero();
      assertThat(r.output()).contains("test result: ok. 2 passed").contains("test result: ok. 1 passed");
      return "ok\n";
    }
    List<String> args = new ArrayList<>(List.of("build", "--offline", "-q"));
    DebianCrates.Run build = DebianCrates.cargo(dir, targetDir(), args.toArray(String[]::new));
    assertThat(build.exit()).as(build.output()).isZero();
    String bin = Files.exists(dir.resolve("app")) ? "fixture-app" : "fixture-" + fixture;
    Process p = new ProcessBuilder(targetDir().resolve("debug").resolve(bin).toString()).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(bin + " did not finish");
    }
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** A target directory per fixture run, under Maven's target/, so that the registry's crates build once. */
  static Path targetDir() {
    return Path.of("target/code-compiles").toAbsolutePath();
  }

  static void relaxSmol(Path dir) throws IOException {
    String version = DebianCrates.versions().get("smol");
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path m : files.filter(p -> p.getFileName().toString().equals("Cargo.toml")).toList()) {
        String text = Files.readString(m, StandardCharsets.UTF_8);
        String relaxed = text.replace("smol = \"2\"", "smol = \"" + version + "\"")
            .replaceAll("(\\[dependencies\\.smol]\\s*\\nversion = )\"2\"", "$1\"" + version + "\"");
        Files.writeString(m, relaxed, StandardCharsets.UTF_8);
      }
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.email=t@example.com", "-c", "user.name=t"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }
}
