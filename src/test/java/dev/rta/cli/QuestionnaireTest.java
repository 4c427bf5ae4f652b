package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire, driven through a dumb terminal with scripted keys, and through piped input. */
class QuestionnaireTest {
  private static final String DOWN = "\033[B";
  private static final String UP = "\033[A";
  private static final String ENTER = "\r";

  @TempDir Path dir;

  record Run(int exit, String out, String err, String screen) {}

  private static Run interactive(String keys, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Map<String, String> env = Cli.env();
    env.remove("RTA_NON_INTERACTIVE");
    int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]), env)
        .withTerminal(() -> {
          try {
            return new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen,
                StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .run(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        screen.toString(StandardCharsets.UTF_8));
  }

  @Test
  void asksTheMissingAnswersGoesBackAndSavesTheAnswersFile() throws IOException {
    Path saved = dir.resolve("answers.yaml");
    String keys = String.join("",
        DOWN, DOWN, ENTER,         // platform: server (the cursor starts on "skip (unknown)")
        "?", DOWN, DOWN, ENTER,    // high-throughput: help, then no
        "b",                       // std-api: back to high-throughput (the cursor is on the answer given)
        UP, ENTER,                 // high-throughput: yes (std-api is no longer asked, decision D15)
        DOWN, ENTER,               // std: yes
        "2", ENTER,                // project-type: web-api
        "150000", ENTER,           // target-rps
        ENTER,                     // p99-ms: empty = unknown
        ENTER,                     // hard-realtime: Enter on the default, skip (unknown)
        DOWN, ENTER,               // http: yes
        DOWN, DOWN, ENTER,         // grpc: no
        " ", DOWN, DOWN, DOWN, " ", ENTER,  // databases: postgres, redis
        "s",                       // libraries: unknown
        " ", ENTER,                // features: tcp-udp
        DOWN, ENTER,               // long-term: yes
        " ", ENTER,                // team-experience: tokio
        "s", "s",                  // resource-constrained, experimental: unknown
        ENTER);                    // summary: show the recommendation
    Run run = interactive(keys, "recommend", "--format", "json", "--save-answers", saved.toString());
    assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
    assertThat(run.screen()).contains("What is the target platform?").contains("Many concurrent connections")
        .contains("Your answers:");
    assertThat(run.screen()).doesNotContain("I/O multiplexing"); // not asked on a server
    assertThat(Files.readString(saved)).contains("platform: server\n").contains("high-throughput: true\n")
        .contains("project-type: web-api\n").contains("target-rps: 150000\n").contains("databases: [postgres, redis]\n")
        .contains("team-experience: [tokio]\n").doesNotContain("std-api").doesNotContain("p99-ms");
    assertThat(run.out()).contains("\"primary\" : \"tokio\"");

    Cli.Result replay = Cli.run("recommend", "--format", "json", "--answers", saved.toString());
    assertThat(replay.exit()).isZero();
    assertThat(replay.out()).isEqualTo(run.out());
  }

  @Test
  void ctrlCLeavesCleanlyAndWritesNothing() {
    Path saved = dir.resolve("answers.toml");
    Run run = interactive(DOWN + "\003", "recommend", "--save-answers", saved.toString());
    assertThat(run.exit()).isEqualTo(130);
    assertThat(run.err()).isEqualTo("rta: interrupted; nothing was written\n");
    assertThat(run.out()).isEmpty();
    assertThat(saved).doesNotExist();
  }

  @Test
  void givenAnswersAreNotAskedAgain() {
    Run run = interactive(ENTER, "--lang", "zh", "recommend", "-q", "--set", "platform=embedded", "--set", "std=false",
        "--set", "http=false", "--set", "hard-realtime=false", "--set", "libraries=", "--set", "features=timers",
        "--set", "long-term=true", "--set", "team-experience=embassy", "--set", "project-type=embedded-iot",
        "--set", "experimental=false");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("embassy\n");
    assertThat(run.screen()).doesNotContain("目标平台").doesNotContain("gRPC");
  }

  @Test
  void givenAnswersAreUsedAsTheyAreUnlessAskedToAsk() {
    Run run = interactive("", "recommend", "-q", "--set", "platform=server", "--set", "high-throughput=true");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("tokio\n");
    assertThat(run.screen()).doesNotContain("[1]").doesNotContain("?");
    Run asked = interactive("\003", "recommend", "-q", "--interactive", "--set", "platform=server");
    assertThat(asked.screen()).contains("Needs high throughput");
  }

  @Test
  void enterOnAFreshQuestionSkipsItNeverAnswersYes() {
    Run run = interactive(ENTER + ENTER + "\003", "recommend", "-q", "--interactive", "--set", "platform=server");
    assertThat(run.screen()).contains("❯ skip (unknown)").doesNotContain("high-throughput: yes");
  }

  @Test
  void aNumberIsReadAsTypedNeverSilentlyChanged() {
    String[] given = {"recommend", "-q", "--interactive", "--set", "platform=server", "--set", "high-throughput=true",
        "--set", "std=true", "--set", "project-type=web-api"};
    Run negative = interactive("-5" + ENTER + "\003", given);
    assertThat(negative.screen()).contains("> -5").doesNotContain("target-rps: 5");
    Run exponent = interactive("1e3" + ENTER + "\003", given);
    assertThat(exponent.screen()).contains("> 1e3").doesNotContain("target-rps: 13");
  }

  @Test
  void controlCharactersFromInputCannotReachTheTerminal() {
    Cli.Result r = Cli.run("explain", "x\u001b]0;pwned\u0007\u001b[31m");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\x1b]0;pwned\\x07");
    assertThat(Cli.run("--color", "always", "recommend", "-q", "--set", "platform=server").out()).isEqualTo("tokio\n");
    assertThat(Cli.run("--color", "always", "recommend", "--set", "platform=server").out()).contains("\u001b[1m");
  }

  @Test
  void pipedInputGetsNumberedPromptsOnStderr() throws IOException {
    Map<String, String> env = Cli.env();
    env.remove("RTA_NON_INTERACTIVE");
    Path saved = dir.resolve("a.toml");
    Cli.Result r = Cli.run(env, "3\n2\n2\n", "recommend", "-q", "--save-answers", saved.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("[1] What is the target platform?").contains("  3) desktop / general application");
    assertThat(r.out()).isEqualTo("smol\n");
    assertThat(Files.readString(saved)).contains("platform = \"desktop\"\nio-multiplexing = false\nstd-api = false\n");
  }

  @Test
  void nonInteractiveNeverAsks() {
    Map<String, String> env = Cli.env();
    env.remove("RTA_NON_INTERACTIVE");
    Cli.Result r = Cli.run(env, "1\n", "recommend", "-q", "--non-interactive");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("tokio\n");
  }
}
