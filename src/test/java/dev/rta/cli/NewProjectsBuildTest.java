package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.testing.Cli;
import dev.rta.testing.DebianCrates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starter projects Debian's crates can build (tokio echo/timers, smol echo/timers) are generated with
 * {@code rta new}, built with {@code cargo build --offline} against {@code /usr/share/cargo/registry} with warnings
 * denied, and run: the echo servers answer on a loopback port, the timer programs finish with the expected lines.
 * Only here are the requirements relaxed to the registry's versions (tokio 1.24, smol 1.3 on bookworm); the
 * generated manifests keep the knowledge pack's requirements. Skips without cargo or the crates, except with
 * {@code RTA_REQUIRE_CARGO=1}.
 */
class NewProjectsBuildTest {
  static final List<String> BUILT_HERE = List.of("tokio/echo", "tokio/timers", "smol/echo", "smol/timers");
  private static final Pattern DEPENDENCY = Pattern.compile("(?m)^([a-z0-9_-]+) = (\\{ version = )?\"([^\"]+)\"");

  @TempDir static Path dir;
  static Map<String, String> registry;
  /** Template → cargo's output when the build failed. */
  static final Map<String, String> failures = new TreeMap<>();
  static final List<String> pinned = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    registry = DebianCrates.versions();
    DebianCrates.need(registry.containsKey("tokio") && registry.containsKey("smol"),
        "Debian's packaged Rust crates are not installed (apt-get install librust-tokio-dev librust-smol-dev)");
    DebianCrates.need(cargo(dir, "--version").exit() == 0, "cargo is not on PATH");
    List<String> members = new ArrayList<>();
    for (String template : BUILT_HERE) {
      String[] rt = template.split("/");
      String name = "starter-" + rt[0] + "-" + rt[1];
      Cli.Result r = Cli.run("new", dir.resolve(name).toString(), "--runtime", rt[0], "--example", rt[1]);
      assertThat(r.exit()).as("rta new %s: %s", template, r.err()).isZero();
      relax(dir.resolve(name).resolve("Cargo.toml"));
      members.add(name);
    }
    Files.writeString(dir.resolve("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [" + String.join(", ",
        members.stream().map(m -> "\"" + m + "\"").toList()) + "]\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve(".cargo"));
    Files.writeString(dir.resolve(".cargo/config.toml"), DebianCrates.cargoConfig(), StandardCharsets.UTF_8);
    // One cargo run per project, so that no project is built with a feature only another one enables.
    for (String m : members) {
      DebianCrates.Run r = cargo(dir, "build", "--offline", "--message-format", "short", "-p", m);
      if (r.exit() != 0) {
        failures.put(m, r.output());
      }
    }
    System.out.println("NewProjectsBuildTest: built " + members + "; requirements relaxed for the test only: " + pinned);
  }

  /** Pins each dependency to the registry's version, in the test's copy only. */
  private static void relax(Path manifest) throws IOException {
    String text = Files.readString(manifest, StandardCharsets.UTF_8);
    Matcher m = DEPENDENCY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String have = registry.get(m.group(1));
      String replacement = m.group();
      if (have != null) {
        replacement = m.group(1) + " = " + (m.group(2) == null ? "" : m.group(2)) + "\"=" + have + "\"";
        if (!have.startsWith(m.group(3) + ".") && !pinned.contains(m.group(1) + " " + m.group(3) + " → " + have)) {
          pinned.add(m.group(1) + " " + m.group(3) + " → " + have);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    Files.writeString(manifest, out.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void theTokioEchoServerBuildsAndEchoes() throws Exception {
    assertEchoes("starter-tokio-echo");
  }

  @Test
  void theSmolEchoServerBuildsAndEchoes() throws Exception {
    assertEchoes("starter-smol-echo");
  }

  @Test
  void theTokioTimersBuildAndRun() throws Exception {
    assertTimersRun("starter-tokio-timers");
  }

  @Test
  void theSmolTimersBuildAndRun() throws Exception {
    assertTimersRun("starter-smol-timers");
  }

  private static void assertEchoes(String pkg) throws Exception {
    assertThat(failures.get(pkg)).as("cargo build of %s", pkg).isNull();
    Process p = new ProcessBuilder(binary(pkg).toString(), "127.0.0.1:0").redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as("the first line of %s", pkg).startsWith("listening on 127.0.0.1:");
      int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(5000);
        byte[] message = "hello rta\n".getBytes(StandardCharsets.UTF_8);
        OutputStream w = s.getOutputStream();
        w.write(message);
        w.flush();
        InputStream r = s.getInputStream();
        byte[] reply = new byte[message.length];
        int read = 0;
        while (read < reply.length) {
          int n = r.read(reply, read, reply.length - read);
          if (n < 0) {
            break;
          }
          read += n;
        }
        assertThat(new String(reply, 0, read, StandardCharsets.UTF_8)).isEqualTo("hello rta\n");
      }
    } finally {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void assertTimersRun(String pkg) throws Exception {
    assertThat(failures.get(pkg)).as("cargo build of %s", pkg).isNull();
    Process p = new ProcessBuilder(binary(pkg).toString()).redirectErrorStream(true).start();
    try {
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finishes", pkg).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out.lines().toList()).containsExactly("slept", "tick 0", "tick 1", "tick 2", "timed out",
          "received 0", "received 1", "received 2", "received 3", "received 4");
    } finally {
      p.destroyForcibly();
    }
  }

  private static Path binary(String pkg) {
    return targetDir().resolve("debug").resolve(pkg);
  }

  /** The code-compiles test's target directory, so that the registry's crates are compiled once. */
  private static Path targetDir() {
    return Path.of("target/code-compiles").toAbsolutePath();
  }

  static DebianCrates.Run cargo(Path cwd, String... args) throws IOException, InterruptedException {
    return DebianCrates.cargo(cwd, targetDir(), args);
  }
}
