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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cargo metadata} path for real: a project whose dependencies resolve from Debian's packaged crates
 * ({@code librust-tokio-dev}, {@code librust-async-std-dev}, {@code librust-smol-dev}, which {@code .ci/run} installs)
 * used as an offline directory registry. Skipped, with the reason, where cargo or the registry is missing.
 */
class AnalyzeWithCargoTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  @BeforeAll
  static void project() throws Exception {
    need(hasCrate("tokio-") && hasCrate("async-std-") && hasCrate("smol-"),
        "Debian's packaged Rust crates are not installed (apt-get install librust-tokio-dev librust-async-std-dev librust-smol-dev)");
    write("Cargo.toml", """
        [workspace]
        members = ["server", "legacy"]
        resolver = "2"
        """);
    write("server/Cargo.toml", """
        [package]
        name = "server"
        version = "0.1.0"
        edition = "2021"

        [dependencies]
        tokio = { version = "1", features = ["macros", "rt-multi-thread", "net"] }
        async-std = { version = "1.12", optional = true }

        [features]
        legacy-io = ["dep:async-std"]
        """);
    write("server/src/main.rs", """
        #[tokio::main]
        async fn main() {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tokio::spawn(async move { drop(listener) });
        }
        """);
    write("legacy/Cargo.toml", """
        [package]
        name = "legacy"
        version = "0.1.0"
        edition = "2021"

        [dependencies]
        smol = "1.3"
        """);
    write("legacy/src/lib.rs", "pub fn run() { smol::block_on(async {}) }\n");
    write(".cargo/config.toml", DebianCrates.cargoConfig());
    Process p;
    try {
      p = new ProcessBuilder("cargo", "generate-lockfile", "--offline").directory(dir.toFile())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      need(false, "cargo is not on PATH: " + e.getMessage());
      return;
    }
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("cargo generate-lockfile: %s", log).isZero();
  }

  static void need(boolean condition, String why) {
    DebianCrates.need(condition, why);
  }

  static boolean hasCrate(String prefix) {
    return DebianCrates.has(prefix);
  }

  static void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  static JsonNode analyze(String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", dir.toString(), "--format", "json", "--fail-on", "never"));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** A member's runtime. */
  static JsonNode runtime(JsonNode a, String member, String id) {
    for (JsonNode m : a.get("members")) {
      if (m.get("name").asText().equals(member)) {
        for (JsonNode r : m.get("runtimes")) {
          if (r.get("id").asText().equals(id)) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no runtime " + id + " in member " + member + ": " + a.get("members"));
  }

  static boolean hasRuntime(JsonNode a, String member, String id) {
    try {
      runtime(a, member, id);
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  @Test
  void usesTheResolvedGraphWithActivatedFeatures() throws IOException {
    JsonNode a = analyze();
    assertThat(a.at("/stats/graph").asText()).as("why cargo was not used: %s", a.at("/resolution"))
        .isEqualTo("cargo-metadata");
    assertThat(a.at("/resolution/cargo").asText()).isEqualTo("ok");
    assertThat(a.at("/resolution/declarations").asText()).isEqualTo("cargo-metadata");
    // what cargo metadata leaves out (the subtree of a non-default feature) comes from the directory source
    assertThat(a.at("/resolution/resolvedPackages").asInt()).isEqualTo(a.at("/resolution/packages").asInt());
    JsonNode tokio = runtime(a, "server", "tokio");
    assertThat(tokio.get("status").asText()).isEqualTo("in-use");
    assertThat(hasRuntime(a, "legacy", "tokio")).isFalse();
    // Resolved features include what `macros`/`rt-multi-thread` turn on, not only what the manifest lists.
    assertThat(tokio.at("/paths/0/steps/0/features").toString()).contains("rt-multi-thread", "macros", "net");
    JsonNode asyncStd = runtime(a, "server", "async-std");
    assertThat(asyncStd.get("activation").asText()).isEqualTo("feature");
    assertThat(asyncStd.at("/paths/0/feature").asText()).isEqualTo("legacy-io");
    assertThat(runtime(a, "legacy", "smol").get("status").asText()).isEqualTo("in-use");
    assertThat(hasRuntime(a, "server", "smol")).as("smol is async-std's internal part, not a runtime of server").isFalse();
    assertThat(a.get("problems")).isEmpty();
  }

  @Test
  void nothingFromTheProjectRuns(@TempDir Path other) throws Exception {
    // A project whose cargo config points rustc and a rustc wrapper at its own scripts.
    Path marker = other.resolve("ran");
    Files.writeString(other.resolve("Cargo.toml"), "[package]\nname = \"sneaky\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    Files.createDirectories(other.resolve("src"));
    Files.writeString(other.resolve("src/main.rs"), "fn main() {}\n");
    Process lock = new ProcessBuilder("cargo", "generate-lockfile", "--offline").directory(other.toFile())
        .redirectErrorStream(true).start();
    lock.getInputStream().readAllBytes();
    assertThat(lock.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path script = other.resolve("tool.sh");
    Files.writeString(script, "#!/bin/sh\ntouch '" + marker + "'\nexec \"$@\"\n");
    script.toFile().setExecutable(true);
    Files.createDirectories(other.resolve(".cargo"));
    Files.writeString(other.resolve(".cargo/config.toml"),
        "[build]\nrustc = '" + script + "'\nrustc-wrapper = '" + script + "'\nrustc-workspace-wrapper = '" + script + "'\n");
    Cli.Result r = Cli.run("analyze", other.toString(), "--format", "json", "--fail-on", "never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(marker).as("a script of the project ran").doesNotExist();
  }

  @Test
  void withoutCargoTheSameProjectReadsTheLockfile() throws IOException {
    JsonNode a = analyze("--no-cargo");
    assertThat(a.at("/stats/graph").asText()).isEqualTo("lockfile");
    assertThat(a.at("/resolution/cargo").asText()).isEqualTo("not-run");
    // The project's cargo config names Debian's crates as a directory source: their manifests resolve features
    // per member without cargo.
    assertThat(a.at("/resolution/declarations").asText()).isEqualTo("local-cache");
    assertThat(a.at("/resolution/resolvedPackages").asInt()).isGreaterThan(10);
    assertThat(runtime(a, "server", "tokio").get("status").asText()).isEqualTo("in-use");
    assertThat(runtime(a, "server", "async-std").get("activation").asText()).isEqualTo("feature");
    assertThat(runtime(a, "server", "async-std").get("confidence").asText()).isEqualTo("high");
    assertThat(hasRuntime(a, "legacy", "tokio")).isFalse();
  }
}
