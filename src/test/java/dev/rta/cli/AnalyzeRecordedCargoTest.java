package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cargo metadata} path on every machine: a stand-in {@code cargo} ($CARGO, as under {@code cargo rta})
 * prints a recorded real output (src/test/resources/analyzer-cargo/server-legacy, see its README), or fails the
 * way cargo fails offline.
 */
class AnalyzeRecordedCargoTest {
  static final Path PROJECT = Path.of("src/test/resources/analyzer-cargo/server-legacy");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path cargo(String body) throws IOException {
    Path script = dir.resolve("cargo");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    assertThat(script.toFile().setExecutable(true)).isTrue();
    return script;
  }

  Cli.Result analyze(Path cargo, String... format) {
    Map<String, String> env = Cli.env();
    env.put("CARGO", cargo.toString());
    env.put("CARGO_HOME", dir.resolve("no-cargo-home").toString()); // no local cache: only cargo's answer counts
    String[] args = new String[4 + format.length];
    args[0] = "analyze";
    args[1] = PROJECT.toString();
    args[2] = "--fail-on";
    args[3] = "never";
    System.arraycopy(format, 0, args, 4, format.length);
    return Cli.run(env, "", args);
  }

  static JsonNode runtime(JsonNode a, String member, String id) {
    return AnalyzeWithCargoTest.runtime(a, member, id);
  }

  @Test
  void theRecordedMetadataResolvesEachMember() throws IOException {
    Path json = PROJECT.resolve("cargo-metadata.json").toAbsolutePath();
    Cli.Result r = analyze(cargo("[ \"$1\" = metadata ] || exit 1\ncat '" + json + "'"), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/resolution/cargo").asText()).isEqualTo("ok");
    assertThat(a.at("/resolution/declarations").asText()).isEqualTo("cargo-metadata");
    // cargo metadata resolves the default features: the subtree of async-std (behind legacy-io) is only in the
    // lockfile, and without a local cache its declarations stay unknown.
    assertThat(a.at("/resolution/resolvedPackages").asInt()).isEqualTo(44);
    assertThat(a.at("/resolution/packages").asInt()).isEqualTo(53);
    JsonNode tokio = runtime(a, "server", "tokio");
    assertThat(tokio.get("status").asText()).isEqualTo("in-use");
    assertThat(tokio.get("confidence").asText()).isEqualTo("high");
    // Features cargo's declarations switch on through macros/rt-multi-thread, not only the ones the manifest lists.
    assertThat(tokio.at("/paths/0/steps/0/features").toString()).contains("rt-multi-thread", "macros", "net");
    JsonNode asyncStd = runtime(a, "server", "async-std");
    assertThat(asyncStd.get("activation").asText()).isEqualTo("feature");
    assertThat(asyncStd.get("feature").asText()).isEqualTo("legacy-io");
    assertThat(runtime(a, "legacy", "smol").get("status").asText()).isEqualTo("in-use");
    assertThat(AnalyzeWithCargoTest.hasRuntime(a, "legacy", "tokio")).isFalse();
    assertThat(AnalyzeWithCargoTest.hasRuntime(a, "server", "smol")).as("async-std's own parts are not smol").isFalse();
  }

  @Test
  void aFailingCargoIsReportedWithItsReasonAndTheLockfileIsUsed() throws IOException {
    Path failing = cargo("echo 'error: failed to get `tokio` as a dependency of package `server`' >&2\n"
        + "echo '  Caused by: attempting to make an HTTP request, but --offline was specified' >&2\nexit 101");
    Cli.Result r = analyze(failing, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/resolution/cargo").asText()).isEqualTo("failed");
    assertThat(a.at("/resolution/cargoReason").asText())
        .isEqualTo("cargo metadata exited with 101: failed to get `tokio` as a dependency of package `server`");
    assertThat(a.at("/resolution/graph").asText()).isEqualTo("lockfile");
    // Without declarations the lockfile's edges still give each member its runtimes.
    assertThat(runtime(a, "server", "tokio").get("status").asText()).isEqualTo("in-use");
    Cli.Result text = analyze(failing);
    assertThat(text.out()).contains("cargo metadata was tried and failed: cargo metadata exited with 101: failed to get");
    Cli.Result md = analyze(failing, "--format", "markdown");
    assertThat(md.out()).contains("cargo metadata was tried and failed");
  }

  @Test
  void aCargoThatCannotStartIsReported() {
    Cli.Result r = analyze(dir.resolve("no-such-cargo"), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"cargo\" : \"failed\"").contains("cannot run");
  }
}
