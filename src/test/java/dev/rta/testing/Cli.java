package dev.rta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs rta in-process with its own streams and a fixed environment. */
public final class Cli {
  /** What one run printed and returned. */
  public record Result(int exit, String out, String err) {}

  private Cli() {}

  /** English, no colours, a fixed date (2026-11-28) for reproducible output. */
  public static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("RTA_LANG", "en");
    env.put("SOURCE_DATE_EPOCH", "1795824000");
    env.put("NO_COLOR", "1");
    env.put("RTA_NON_INTERACTIVE", "1");
    return env;
  }

  /** Bad input: exit code 2, nothing on stdout, one line on stderr with each fragment, never a stack trace. */
  public static void assertOneLineError(Result r, String... fragments) {
    assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).as("stderr: %s", r.err()).hasSize(1);
    assertThat(r.err()).startsWith("rta: ").doesNotContain("Exception").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  public static Result run(String... args) {
    return run(env(), "", args);
  }

  public static Result run(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env).run(args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
