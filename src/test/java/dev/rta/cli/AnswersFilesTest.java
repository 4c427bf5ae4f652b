package dev.rta.cli;

import static dev.rta.testing.Cli.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers files in every format rta writes, from stdin, bounded in size, with messages a user can act on (issue 9). */
class AnswersFilesTest {
  @TempDir Path dir;

  @Test
  void saveAnswersChoosesTheFormatByExtensionAndEachReplays() throws IOException {
    String[] set = {"--set", "platform=server", "--set", "features=tls,timers", "--set", "target-rps=20000",
        "--set", "std=true", "--set", "p99-ms=2.5"};
    String expected = Cli.run(concat(new String[] {"recommend", "--format", "json"}, set)).out();
    for (String ext : new String[] {"yaml", "yml", "toml", "json", "JSON"}) {
      Path f = dir.resolve("answers." + ext);
      Cli.Result saved = Cli.run(concat(new String[] {"recommend", "-q", "--save-answers", f.toString()}, set));
      assertThat(saved.exit()).as(saved.err()).isZero();
      Cli.Result replay = Cli.run("recommend", "--format", "json", "--answers", f.toString());
      assertThat(replay.exit()).as(replay.err()).isZero();
      assertThat(replay.out()).as(ext).isEqualTo(expected);
    }
    JsonNode json = new ObjectMapper().readTree(dir.resolve("answers.json").toFile());
    assertThat(json.get("platform").asText()).isEqualTo("server");
    assertThat(json.get("features").isArray()).isTrue();
    assertThat(json.get("target-rps").isIntegralNumber()).isTrue();
    assertThat(json.get("std").isBoolean()).isTrue();
  }

  @Test
  void anUnknownSaveAnswersExtensionIsRefusedBeforeAnythingIsWritten() {
    Path f = dir.resolve("answers.txt");
    Path out = dir.resolve("out.txt");
    assertOneLineError(Cli.run("recommend", "--set", "platform=server", "-o", out.toString(), "--save-answers", f.toString()),
        f.toString(), ".yaml", ".toml", ".json");
    assertThat(f).doesNotExist();
    assertThat(out).doesNotExist();
  }

  @Test
  void jsonAnswersFilesAreReadWithPositions() throws IOException {
    Path f = dir.resolve("answers.json");
    Files.writeString(f, "{\n  \"platform\": \"server\",\n  \"high-throughput\": \"very\"\n}\n");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":3:22: bad value 'very' for 'high-throughput'");
    Files.writeString(f, "{\"platform\": \"server\",}");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":1:", "JSON syntax error");
    Files.writeString(f, "[1, 2]");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":1:1: expected answers as key: value pairs");
    Files.writeString(f, "{\"platform\": \"server\", \"platform\": \"embedded\"}");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), "'platform' is answered twice");
  }

  @Test
  void dashReadsTheAnswersFromStdinInAnyFormat() {
    for (String stdin : new String[] {"platform: server\nhigh-throughput: true\n",
        "platform = \"server\"\nhigh-throughput = true\n", "{\"platform\": \"server\", \"high-throughput\": true}"}) {
      Cli.Result r = Cli.run(Cli.env(), stdin, "recommend", "-q", "--answers", "-");
      assertThat(r.exit()).as(stdin + r.err()).isZero();
      assertThat(r.out()).isEqualTo("tokio\n");
    }
    assertOneLineError(Cli.run(Cli.env(), "platform: servr\n", "recommend", "--answers", "-"),
        "rta: <stdin>:1:11: bad value 'servr' for 'platform'");
  }

  @Test
  void anAnswersFileOverOneMebibyteIsRefusedSayingTheLimit() throws IOException {
    Path f = dir.resolve("big.yaml");
    Files.writeString(f, "platform: server\n# " + "x".repeat(1 << 20) + "\n");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f.toString(), "larger than 1 MiB");
  }

  @Test
  void endlessInputDoesNotHang() {
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), zeros, Cli.env()).run("recommend", "--answers", "-"));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("larger than 1 MiB");
  }

  @Test
  void cannotReadSaysWhy() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("answers.yaml"));
    assertOneLineError(Cli.run("recommend", "--answers", sub.toString()), sub + ": cannot read: is a directory");
  }

  @Test
  void noJavaObjectTextInMessages() throws IOException {
    Path f = dir.resolve("answers.toml");
    for (String toml : new String[] {"features = [[\"tls\"]]", "features = [{a = 1}]", "platform = [\"server\"]",
        "platform = {a = 1}", "p99-ms = 1979-05-27"}) {
      Files.writeString(f, toml + "\n");
      Cli.Result r = Cli.run("recommend", "--answers", f.toString());
      assertOneLineError(r);
      assertThat(r.err()).as(toml).doesNotContainPattern("@[0-9a-f]{4,}").doesNotContain("org.").doesNotContain("[en=");
    }
  }

  @Test
  void echoedValuesAreShortened() {
    String huge = "x".repeat(5000);
    Cli.Result r = Cli.run("recommend", "--set", "platform=" + huge);
    assertOneLineError(r, "bad value 'xxxxxxxx", "…");
    assertThat(r.err().length()).isLessThan(400);
  }

  @Test
  void hugeNumbersAreRejectedNotClamped() throws IOException {
    assertOneLineError(Cli.run("recommend", "--set", "target-rps=99999999999999999999"), "too large");
    Path f = dir.resolve("answers.yaml");
    Files.writeString(f, "p99-ms: 1e300\n");
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()), f + ":1:9: ", "too large");
  }

  @Test
  void tomlTheParserThrowsOnIsASyntaxError() throws IOException {
    // the manifest fuzzer's find, as text: tomlj throws a NullPointerException on it instead of reporting an error
    byte[] crash;
    try (var in = AnswersFilesTest.class.getResourceAsStream(
        "/dev/rta/analyzer/CargoFilesFuzzTestInputs/manifest/crash-tomlj-npe-broken-inline-table")) {
      crash = in.readAllBytes();
    }
    for (int i = 0; i < crash.length; i++) {
      crash[i] = crash[i] == 0 ? (byte) ' ' : crash[i];
    }
    Path f = dir.resolve("answers.toml");
    Files.write(f, crash);
    assertOneLineError(Cli.run("recommend", "--answers", f.toString()),
        f + ": TOML syntax error (the TOML parser could not say where)");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
