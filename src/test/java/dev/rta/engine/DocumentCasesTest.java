package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.QuestionSet;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.Notice;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.decision.TraceEntry;
import dev.rta.knowledge.PackLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The document's flowchart leaves, checklist branches and final-matrix rows, and every correction that changes an answer. */
class DocumentCasesTest {
  private static final DecisionEngine ENGINE = new DecisionEngine(PackLoader.bundled());

  static Stream<Arguments> seedCases() throws IOException {
    return cases("seed-cases.yaml");
  }

  static Stream<Arguments> currentCases() throws IOException {
    return cases("current-cases.yaml");
  }

  @SuppressWarnings("unchecked")
  private static Stream<Arguments> cases(String file) throws IOException {
    try (InputStream in = DocumentCasesTest.class.getResourceAsStream("/engine/" + file)) {
      List<Map<String, Object>> cases = (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return cases.stream().map(c -> Arguments.of(c.get("name"), c));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedCases")
  void seedBaselineAnswersAsTheDocument(String name, Map<String, Object> c) throws AnswerError {
    check(c, Baseline.SEED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentCases")
  void currentBaselineAppliesTheCorrections(String name, Map<String, Object> c) throws AnswerError {
    Decision d = check(c, Baseline.CURRENT);
    if (c.containsKey("seed")) {
      assertThat(d.seedPrimary()).as("what the document says").isEqualTo(c.get("seed"));
      Decision seed = ENGINE.decide(d.answers(), Baseline.SEED);
      assertThat(seed.primary()).isEqualTo(c.get("seed"));
      for (String w : strings(c, "seedWarnings")) {
        assertThat(seed.warnings()).extracting(Notice::rule).contains(w);
      }
    }
    if (c.containsKey("changedBy")) {
      assertThat(d.changedBy()).extracting(e -> e.correction()).containsAll(strings(c, "changedBy"));
    } else if (d.seedPrimary() != null && d.seedPrimary().equals(d.primary())) {
      assertThat(d.changedBy()).isEmpty();
    }
  }

  private static Decision check(Map<String, Object> c, Baseline baseline) throws AnswerError {
    Answers answers = answers(c);
    Decision d = ENGINE.decide(answers, baseline);
    if (c.containsKey("conflict")) {
      assertThat(d.primary()).isNull();
      assertThat(d.conflict()).isNotNull();
      assertThat(d.conflict().answers()).containsExactlyInAnyOrderElementsOf(strings(c, "conflict"));
    } else {
      assertThat(d.primary()).as("primary").isEqualTo(c.get("primary"));
      assertThat(d.conflict()).isNull();
    }
    if (c.containsKey("firstAlternative")) {
      assertThat(d.alternatives()).extracting(RankedRuntime::runtime).first().isEqualTo(c.get("firstAlternative"));
    }
    for (String rule : strings(c, "fired")) {
      assertThat(d.trace()).extracting(TraceEntry::rule).contains(rule);
    }
    @SuppressWarnings("unchecked")
    Map<String, String> outcomes = (Map<String, String>) c.getOrDefault("outcome", Map.of());
    outcomes.forEach((rule, outcome) -> assertThat(d.trace())
        .filteredOn(t -> t.rule().equals(rule))
        .as("outcome of %s", rule)
        .extracting(t -> t.outcome().id())
        .containsExactly(outcome));
    for (String r : strings(c, "rejected")) {
      assertThat(d.rejected()).extracting(Rejection::runtime).contains(r);
    }
    for (String w : strings(c, "warnings")) {
      assertThat(d.warnings()).extracting(Notice::rule).contains(w);
    }
    for (String w : strings(c, "noWarnings")) {
      assertThat(d.warnings()).extracting(Notice::rule).doesNotContain(w);
    }
    for (String a : strings(c, "advisories")) {
      assertThat(d.advisories()).extracting(x -> x.id()).contains(a);
    }
    return d;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> c, String key) {
    return (List<String>) c.getOrDefault(key, List.of());
  }

  @SuppressWarnings("unchecked")
  static Answers answers(Map<String, Object> c) throws AnswerError {
    QuestionSet qs = PackLoader.bundled().questionSet();
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) c.get("answers")).entrySet()) {
      values.put(e.getKey(), qs.parsePlain(e.getKey(), e.getValue() instanceof Number n ? n.toString() : e.getValue()));
    }
    return Answers.of(values);
  }
}
