package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Lang;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.Reason;
import dev.rta.knowledge.PackLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The corners an independent reading of the document found wrong (issue 8), each under the baselines it names. */
class DecisionCornersTest {
  private static final DecisionEngine ENGINE = new DecisionEngine(PackLoader.bundled());

  private static Answers answers(Object... kv) {
    Map<String, AnswerValue> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      m.put((String) kv[i], v instanceof Boolean b ? new AnswerValue.Bool(b)
          : v instanceof List<?> l ? new AnswerValue.Items(l.stream().map(Object::toString).toList())
          : v instanceof Number n ? new AnswerValue.Num(n.doubleValue(), n instanceof Integer)
          : new AnswerValue.Text(v.toString()));
    }
    return Answers.of(m);
  }

  // 1. Embedded means embassy: a requirement embassy cannot meet is a conflict with a hint, never Tokio.

  @ParameterizedTest(name = "{0} under {1}")
  @CsvSource({
      "grpc, seed", "grpc, current", "http, seed", "file-io, seed", "file-io, current", "aws-sdk, seed",
      "aws-sdk, current"})
  void anEmbeddedTargetThatNeedsWhatEmbassyCannotDoIsAConflict(String need, String baseline) {
    Answers a = switch (need) {
      case "grpc" -> answers("platform", "embedded", "grpc", true);
      case "http" -> answers("platform", "embedded", "http", true);
      case "file-io" -> answers("platform", "embedded", "features", List.of("file-io"));
      default -> answers("platform", "embedded", "libraries", List.of("aws-sdk"));
    };
    Decision d = ENGINE.decide(a, Baseline.parse(baseline));
    assertThat(d.primary()).as("no runtime for a microcontroller that needs " + need).isNull();
    assertThat(d.conflict().answers()).contains("platform");
    assertThat(d.conflict().answers()).hasSize(2);
    assertThat(d.conflict().hints()).extracting(h -> h.in(Lang.EN)).anyMatch(h -> h.contains("platform=server"));
    assertThat(d.conflict().hints()).extracting(h -> h.in(Lang.ZH)).anyMatch(h -> h.contains("platform=server"));
  }

  @Test
  void embeddedWithHttpIsEmbassyUnderCurrentBecausePicoserveExists() {
    assertThat(ENGINE.decide(answers("platform", "embedded", "http", true), Baseline.CURRENT).primary())
        .isEqualTo("embassy");
  }

  @ParameterizedTest
  @EnumSource(Baseline.class)
  void anEmbeddedTargetIsNeverRecommendedAHostRuntime(Baseline b) {
    for (String lib : List.of("serde", "hyper", "tonic", "sqlx", "redis", "aws-sdk", "tracing", "metrics")) {
      String p = ENGINE.primary(answers("platform", "embedded", "libraries", List.of(lib)), b);
      assertThat(p).as(lib).isIn("embassy", null);
    }
  }

  // 2. Permissive items do not overrule decisive ones.

  @ParameterizedTest
  @EnumSource(Baseline.class)
  void notLongTermDoesNotTurnAHighThroughputServerIntoSmol(Baseline b) {
    Decision d = ENGINE.decide(answers("platform", "server", "high-throughput", true, "long-term", false), b);
    assertThat(d.primary()).isEqualTo("tokio");
  }

  @Test
  void aStdApiPreferenceDoesNotTurnAHighThroughputServerIntoAsyncStd() {
    Decision d = ENGINE.decide(answers("platform", "server", "high-throughput", true, "std-api", true), Baseline.SEED);
    assertThat(d.primary()).isEqualTo("tokio");
    Decision rps = ENGINE.decide(answers("platform", "server", "target-rps", 200000, "std-api", true), Baseline.SEED);
    assertThat(rps.primary()).isEqualTo("tokio");
  }

  @Test
  void aStdApiPreferenceStillDecidesWhereTheFlowchartAsks() {
    assertThat(ENGINE.primary(answers("std-api", true), Baseline.SEED)).isEqualTo("async-std");
    assertThat(ENGINE.primary(answers("platform", "server", "high-throughput", false, "std-api", true),
        Baseline.SEED)).isEqualTo("async-std");
  }

  @ParameterizedTest
  @EnumSource(Baseline.class)
  void databaseDriversAreACheckNotAVote(Baseline b) {
    Decision d = ENGINE.decide(answers("platform", "desktop", "io-multiplexing", false, "std-api", false,
        "databases", List.of("postgres")), b);
    assertThat(d.primary()).isEqualTo("smol");
    assertThat(d.trace()).filteredOn(t -> t.rule().equals("checklist.databases.yes"))
        .extracting(t -> t.kind()).containsExactly(dev.rta.domain.decision.RuleKind.CONTINUE);
  }

  // 3. Ties follow the cell's own order.

  @ParameterizedTest
  @EnumSource(Baseline.class)
  void realtimeControlRanksEmbassyBeforeTokio(Baseline b) {
    Decision d = ENGINE.decide(answers("project-type", "realtime-control"), b);
    assertThat(d.primary()).isEqualTo("embassy");
    assertThat(d.alternatives().get(0).runtime()).isEqualTo("tokio");
  }

  @Test
  void desktopGuiRanksSmolBeforeAsyncStd() {
    Decision d = ENGINE.decide(answers("project-type", "desktop-gui"), Baseline.SEED);
    assertThat(d.primary()).isEqualTo("smol");
    assertThat(d.alternatives().get(0).runtime()).isEqualTo("async-std");
  }

  @Test
  void teamExperienceStillBreaksTheTie() {
    assertThat(ENGINE.primary(answers("project-type", "desktop-gui", "team-experience", List.of("async-std")),
        Baseline.SEED)).isEqualTo("async-std");
  }

  // 4. An unknown answer that cannot change the result is not unknown.

  @ParameterizedTest(name = "{0}")
  @CsvSource({"server, high-throughput", "desktop, io-multiplexing"})
  void bothLeavesBelowAnUnknownStdAnswerAreSmolUnderCurrent(String platform, String key) {
    Decision d = ENGINE.decide(answers("platform", platform, key, false), Baseline.CURRENT);
    assertThat(d.primary()).isEqualTo("smol");
    assertThat(d.flowchart().stoppedAt()).isEqualTo("std-api");
    assertThat(d.flowchart().leaf()).isEqualTo("flowchart.smol");
    assertThat(d.unknown()).extracting(u -> u.key()).doesNotContain("std-api");
  }

  @Test
  void underSeedTheLeavesDifferAndTheAnswerStaysUnknown() {
    Decision d = ENGINE.decide(answers("platform", "server", "high-throughput", false), Baseline.SEED);
    assertThat(d.flowchart().leaf()).isNull();
    assertThat(d.unknown()).extracting(u -> u.key()).contains("std-api");
  }

  // 5. A correction changes only what it corrects.

  @Test
  void smolAsTheThroughputFallbackIsExplainedInItsOwnWords() {
    Decision d = ENGINE.decide(answers("platform", "server", "high-throughput", true, "resource-constrained", true),
        Baseline.CURRENT);
    assertThat(d.primary()).isEqualTo("smol");
    List<Reason> why = d.chosen().support().stream().filter(r -> r.rule().equals("performance.throughput")).toList();
    assertThat(why).hasSize(1);
    assertThat(why.get(0).text().in(Lang.EN)).contains("simpler model").doesNotContain("work-stealing");
    assertThat(why.get(0).text().in(Lang.ZH)).contains("简化模型").doesNotContain("work-stealing");
  }

  @Test
  void tokioAsTheThroughputChoiceCarriesTheCorrectedWords() {
    Decision d = ENGINE.decide(answers("platform", "server", "high-throughput", true), Baseline.CURRENT);
    Reason why = d.chosen().support().stream().filter(r -> r.rule().equals("performance.throughput")).findFirst()
        .orElseThrow();
    assertThat(why.text().in(Lang.EN)).contains("epoll/kqueue").doesNotContain("io_uring");
    Decision seed = ENGINE.decide(answers("platform", "server", "high-throughput", true), Baseline.SEED);
    assertThat(seed.chosen().support().stream().filter(r -> r.rule().equals("performance.throughput")).findFirst()
        .orElseThrow().text().in(Lang.EN)).contains("io_uring");
  }
}
