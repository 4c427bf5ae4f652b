package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.pack.CodeExample;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.knowledge.PackLoader;
import dev.rta.testing.Cli;
import dev.rta.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code rta explain example [ID]} and {@code rta explain migration [FROM-TO]}, in both baselines and languages. */
class ExplainCodeTest {
  /** Every example and guide in English under both baselines; a few in Chinese too. */
  static Stream<Arguments> topics() {
    List<Arguments> out = new ArrayList<>();
    var code = PackLoader.bundled().code();
    for (String baseline : List.of("current", "seed")) {
      code.examples().stream().map(CodeExample::id).forEach(id -> out.add(Arguments.of("example", id, baseline, "en")));
      code.migrations().stream().map(MigrationGuide::id).forEach(id -> out.add(Arguments.of("migration", id, baseline, "en")));
      for (String id : List.of("tcp-echo.embassy", "timers.smol", "mixing")) {
        out.add(Arguments.of("example", id, baseline, "zh"));
      }
      for (String id : List.of("async-std-tokio", "smol-tokio")) {
        out.add(Arguments.of("migration", id, baseline, "zh"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "explain {0} {1} --baseline {2} ({3})")
  @MethodSource("topics")
  void explainsTheDocumentsCode(String kind, String id, String baseline, String lang) {
    Cli.Result r = Cli.run("--lang", lang, "explain", kind, id, "--baseline", baseline);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("explain/" + kind + "/" + id + "." + baseline + "." + lang + ".txt", r.out());
  }

  @ParameterizedTest(name = "explain {0} --baseline {1} ({2})")
  @CsvSource({"example, current, en", "example, current, zh", "migration, current, en", "migration, seed, en",
      "migration, current, zh"})
  void listsThem(String kind, String baseline, String lang) {
    Cli.Result r = Cli.run("--lang", lang, "explain", kind, "--baseline", baseline);
    assertThat(r.exit()).as(r.err()).isZero();
    Golden.assertMatches("explain/" + kind + "/list." + baseline + "." + lang + ".txt", r.out());
  }

  @Test
  void theSeedBaselineShowsTheDocumentsCodeWithoutCorrections() {
    String seed = Cli.run("explain", "example", "http.axum", "--baseline", "seed").out();
    assertThat(seed).contains(".route(\"/users/:id\", get(get_user))", "axum::Server::bind(&addr)")
        .doesNotContain("axum-0.8-api", "What changed");
    String current = Cli.run("explain", "example", "http.axum").out();
    assertThat(current).contains(".route(\"/users/{id}\", get(get_user))", "axum::serve(listener, app)",
        "correction axum-0.8-api").doesNotContain("axum::Server::bind(&addr)\n");
  }

  @Test
  void theSeedListHasOnlyTheDocumentsGuides() {
    assertThat(Cli.run("explain", "migration", "--baseline", "seed").out())
        .contains("async-std-tokio", "std-tokio").doesNotContain("smol-tokio", "async-std-smol");
  }

  @Test
  void anUnknownExampleIsOneLineWithASuggestion() {
    Cli.Result r = Cli.run("explain", "example", "timer.smol");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("rta: unknown example 'timer.smol'; did you mean 'timers.smol'?").contains("tcp-echo.tokio");
  }

  @Test
  void anUnknownMigrationIsOneLineWithASuggestionInChineseToo() {
    Cli.Result r = Cli.run("--lang", "zh", "explain", "migration", "async-std-tokoi");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("未知的迁移指南“async-std-tokoi”", "“async-std-tokio”");
  }

  @Test
  void onlyExampleAndMigrationTakeAnId() {
    Cli.Result r = Cli.run("explain", "tokio", "extra");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'extra' is one too many");
  }
}
