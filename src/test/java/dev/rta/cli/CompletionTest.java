package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rta.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bash completion script, run in a real bash: what a user gets after TAB. */
class CompletionTest {
  @TempDir static Path dir;
  static Path script;

  @BeforeAll
  static void writeScript() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.exit()).isZero();
    script = dir.resolve("rta.bash");
    Files.writeString(script, r.out());
  }

  @ParameterizedTest(name = "rta {0}<TAB> → {1}")
  @CsvSource(delimiter = '|', value = {
      "recommend --format j|json",
      "analyze --fail-on w|warning",
      "--color al|always",
      "--lang z|zh",
      "recommend --baseline s|seed",
      "recommend --set platform=s|platform=server",
      "recommend --set team-experience=e|team-experience=embassy",
      "compare tokio s|smol",
      "explain RTA00|RTA001 RTA002 RTA003 RTA004 RTA005 RTA006 RTA007 RTA008 RTA009",
      "explain final.std|final.std-api",
      "completion z|zsh"})
  void completes(String typed, String expected) throws Exception {
    String words = "rta " + typed;
    String cmd = "source " + script + " 2>/dev/null; COMP_WORDS=(" + words + "); COMP_CWORD=$((${#COMP_WORDS[@]}-1));"
        + " COMP_LINE='" + words + "'; COMP_POINT=${#COMP_LINE}; _complete_rta 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    Process p = new ProcessBuilder("/bin/bash", "-c", cmd).redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(out).isEqualTo(expected);
  }
}
