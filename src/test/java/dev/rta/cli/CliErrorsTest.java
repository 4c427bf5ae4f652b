package dev.rta.cli;

import static dev.rta.testing.Cli.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: exit code 2, one clear line naming what and where, never a stack trace. */
class CliErrorsTest {
  @TempDir Path dir;

  @Test
  void unknownKeySuggestsTheNearest() {
    assertOneLineError(Cli.run("recommend", "--set", "platfrom=server"),
        "--set platfrom=server", "unknown answer key 'platfrom'", "did you mean 'platform'?", "rta list-keys");
  }

  @Test
  void badValueListsTheAllowedValues() {
    assertOneLineError(Cli.run("recommend", "--set", "platform=servr"),
        "bad value 'servr' for 'platform'", "did you mean 'server'?", "allowed: embedded, server, desktop");
  }

  @Test
  void badListItemIsNamed() {
    assertOneLineError(Cli.run("recommend", "--set", "features=tls,fileio"),
        "bad value 'fileio' for 'features'", "did you mean 'file-io'?");
  }

  @Test
  void badNumberAndBool() {
    assertOneLineError(Cli.run("recommend", "--set", "target-rps=lots"), "bad value 'lots' for 'target-rps'", "an integer");
    assertOneLineError(Cli.run("recommend", "--set", "p99-ms=0"), "must be above 0");
    assertOneLineError(Cli.run("recommend", "--set", "std=maybe"), "allowed: true, false");
  }

  @Test
  void setWithoutEquals() {
    assertOneLineError(Cli.run("recommend", "--set", "platform"), "expected key=value");
  }

  @Test
  void malformedYamlAnswersFileGivesThePosition() throws IOException {
    Path f = dir.resolve("answers.yaml");
    Files.writeString(f, "platform: server\nfeatures: [tls,\n  std: true\n");
    Cli.Result r = Cli.run("recommend", "--answers", f.toString());
    assertOneLineError(r, f + ":", "YAML syntax error");
    assertThat(r.err()).matches("(?s)rta: .*answers\\.yaml:\\d+:\\d+: .*");
  }

  @Test
  void badValueInYamlAnswersFileGivesItsLine() throws IOException {
    Path f = dir.resolve("answers.yml");
    Files.writeString(f, "platform: server\nhigh-throughput: very\n");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":2:18: bad value 'very' for 'high-throughput'");
  }

  @Test
  void malformedTomlAnswersFileGivesThePosition() throws IOException {
    Path f = dir.resolve("answers.toml");
    Files.writeString(f, "platform = \"server\"\nstd = tru\n");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":2:", "TOML syntax error");
  }

  @Test
  void unknownKeyInTomlAnswersFile() throws IOException {
    Path f = dir.resolve("answers.toml");
    Files.writeString(f, "platform = \"server\"\nhigh_throughput = true\n");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":2:1: unknown answer key 'high_throughput'",
        "did you mean 'high-throughput'?");
  }

  @Test
  void missingBinaryAndUnknownFormatAnswersFiles() throws IOException {
    assertOneLineError(Cli.run("recommend", "--answers", dir.resolve("nope.yaml").toString()), "no such answers file");
    Path bin = dir.resolve("answers.yaml");
    Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertOneLineError(Cli.run("recommend", "--answers", bin.toString()), "not a UTF-8 text file");
    Path other = dir.resolve("answers.txt");
    Files.writeString(other, "{}");
    assertOneLineError(Cli.run("recommend", "--answers", other.toString()), "unknown answers file format",
        "*.yaml, *.yml, *.toml or *.json");
  }

  @Test
  void setWinsOverTheAnswersFile() throws IOException {
    Path f = dir.resolve("answers.toml");
    Files.writeString(f, "platform = \"server\"\nhigh-throughput = true\n", StandardCharsets.UTF_8);
    assertThat(Cli.run("recommend", "-q", "--answers", f.toString()).out()).isEqualTo("tokio\n");
    assertThat(Cli.run("recommend", "-q", "--answers", f.toString(), "--set", "platform=embedded").out())
        .isEqualTo("embassy\n");
  }

  @Test
  void unknownOptionAndBadEnums() {
    assertOneLineError(Cli.run("recommend", "--sett", "platform=server"), "Unknown option", "did you mean '--set'?");
    assertOneLineError(Cli.run("recommend", "--baseline", "newest"), "bad value 'newest' for --baseline", "seed, current");
    assertOneLineError(Cli.run("recommend", "--format", "xml"), "--format");
    assertOneLineError(Cli.run("--lang", "fr", "recommend"), "bad value 'fr' for --lang");
    assertOneLineError(Cli.run("recomend"), "Unmatched argument", "recommend");
  }

  @Test
  void versionNamesToolAndPack() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("rta ").contains("knowledge pack rta-core 2026.11.28").contains("v1.0.0 (2026-02-21)");
  }

  @Test
  void helpListsTheCommands() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("recommend").contains("kb").contains("Exit codes");
  }
}
