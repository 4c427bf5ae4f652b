package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Lang;
import dev.rta.domain.Question;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.pack.Change;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Level;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.knowledge.PackLoader;
import dev.rta.report.JsonRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the decision over random answers (fixed seeds, so a failure reproduces). */
class PropertiesTest {
  private static final KnowledgePack PACK = PackLoader.bundled();
  private static final DecisionEngine ENGINE = new DecisionEngine(PACK);
  private static final ToolInfo TOOL = new ToolInfo("test", PACK.version(), "2026-11-28");

  static Stream<Arguments> seeds() {
    return IntStream.range(0, 150).boxed().flatMap(i -> Stream.of(
        Arguments.of(i, Baseline.SEED), Arguments.of(i, Baseline.CURRENT)));
  }

  /** Random answers: each key unknown or one of its values (numbers around the thresholds). */
  static Answers randomAnswers(Random random) {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (Question q : PACK.questions()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      AnswerValue v = switch (q.type()) {
        case BOOL -> new AnswerValue.Bool(random.nextBoolean());
        case ENUM -> new AnswerValue.Text(q.valueIds().get(random.nextInt(q.values().size())));
        case INTEGER -> new AnswerValue.Num(random.nextInt(300_000), true);
        case NUMBER -> new AnswerValue.Num(0.1 + random.nextInt(40) / 10.0, false);
        case LIST -> {
          List<String> items = new ArrayList<>();
          for (String id : q.valueIds()) {
            if (random.nextInt(4) == 0) {
              items.add(id);
            }
          }
          yield new AnswerValue.Items(items);
        }
      };
      values.put(q.key(), v);
    }
    return Answers.of(values);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seeds")
  void sameInputGivesTheSameOutput(int seed, Baseline baseline) {
    Answers answers = randomAnswers(new Random(seed));
    Decision first = ENGINE.decide(answers, baseline);
    Decision again = new DecisionEngine(PackLoader.bundled()).decide(answers, baseline);
    assertThat(again).isEqualTo(first);
    JsonRenderer json = new JsonRenderer(Lang.EN, TOOL);
    assertThat(json.render(again)).isEqualTo(json.render(first));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seeds")
  void aRequirementARuntimeCannotMeetNeverRaisesIt(int seed, Baseline baseline) {
    Random random = new Random(seed);
    Answers answers = randomAnswers(random);
    Decision before = ENGINE.decide(answers, baseline);
    List<Requirement> unmeetable = unmeetable(baseline);
    Requirement r = unmeetable.get(random.nextInt(unmeetable.size()));
    Answers more = r.addTo(answers);
    Decision after = ENGINE.decide(more, baseline);
    assertThat(rank(after, r.runtime()))
        .as("rank of %s after adding %s to %s", r.runtime(), r, answers)
        .isGreaterThanOrEqualTo(rank(before, r.runtime()));
    assertThat(after.rejected()).extracting(x -> x.runtime()).contains(r.runtime());
  }

  /** Position in the ranking; a rejected runtime ranks below every eligible one. */
  private static int rank(Decision d, String runtime) {
    List<String> order = new ArrayList<>();
    if (d.primary() != null) {
      order.add(d.primary());
    }
    d.alternatives().stream().map(RankedRuntime::runtime).forEach(order::add);
    int i = order.indexOf(runtime);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** A requirement and a runtime that cannot meet it. */
  record Requirement(String runtime, String key, String item) {
    Answers addTo(Answers answers) {
      if (item.isEmpty()) {
        return answers.with(key, new AnswerValue.Bool(false));
      }
      List<String> items = new ArrayList<>();
      if (answers.known(key) && answers.get(key) instanceof AnswerValue.Items i) {
        items.addAll(i.values());
      }
      if (!items.contains(item)) {
        items.add(item);
      }
      return answers.with(key, new AnswerValue.Items(items));
    }
  }

  /**
   * Read from the pack itself: without std only embassy runs; a feature or library whose matrix cell is
   * ❌ (and that no correction changes) cannot be met by that runtime.
   */
  static List<Requirement> unmeetable(Baseline baseline) {
    List<Requirement> out = new ArrayList<>();
    for (String r : List.of("tokio", "async-std", "smol")) {
      out.add(new Requirement(r, "std", ""));
    }
    addCells(out, PACK.features(), "features", "features");
    addCells(out, PACK.ecosystem(), "ecosystem", "libraries");
    return out;
  }

  private static void addCells(List<Requirement> out, List<MatrixRow> rows, String matrix, String key) {
    Question q = PACK.questionSet().find(key);
    for (MatrixRow row : rows) {
      if (q.choice(row.id()) == null) {
        continue;
      }
      row.cells().forEach((runtime, cell) -> {
        boolean corrected = PACK.corrections().stream().flatMap(c -> c.changes().stream())
            .anyMatch(ch -> ch instanceof Change.SetCell s && s.matrix().id().equals(matrix)
                && s.row().equals(row.id()) && s.runtime().equals(runtime));
        if (cell.level() == Level.NO && !corrected) {
          out.add(new Requirement(runtime, key, row.id()));
        }
      });
    }
  }
}
