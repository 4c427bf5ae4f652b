package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Question;
import dev.rta.domain.decision.Outcome;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.knowledge.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The document's quick decision flowchart, written here on its own (not read from the pack), run over the answer
 * space and compared with the engine. Where they differ, another part of the document (or a hard constraint) decided;
 * each such part must be a recorded decision of the pack, listed in the README. A new rule that overrules the
 * flowchart without a recorded reason fails here.
 *
 * <p>The space: every combination of the flowchart's own answers and {@code std} (each unknown or any value), with
 * nothing else, with any one other answer, and with any two other answers of different keys (each key's
 * representative values: both booleans, every enum value, a value of each threshold class, each single list item).
 */
class FlowchartSpaceTest {
  private static final KnowledgePack PACK = PackLoader.bundled();
  private static final List<String> FLOW_KEYS = List.of("platform", "high-throughput", "io-multiplexing", "std-api", "std");

  /**
   * Which part of the document may overrule the flowchart, and the decision that records why. Keys are rule ids or
   * rule-id prefixes ending in '.'.
   */
  private static final Map<String, String> RECORDED = new LinkedHashMap<>();

  static {
    RECORDED.put("constraint.features.", "D9");
    RECORDED.put("constraint.ecosystem.", "D9");
    RECORDED.put("constraint.no-std", "D2");
    RECORDED.put("constraint.embedded", "D13");
    RECORDED.put("constraint.embassy.general-purpose", "D10");
    RECORDED.put("constraint.embassy.desktop", "D10");
    RECORDED.put("constraint.embassy.needs-std", "D10");
    RECORDED.put("constraint.hard-realtime", "D6");
    RECORDED.put("final.", "D2");
    RECORDED.put("checklist.", "D2");
  }

  /** The flowchart as the document draws it, with decision D1 (the desktop "no"); the leaves' runtimes. */
  private static @Nullable Set<String> reference(Answers a, Baseline b) {
    String platform = a.known("platform") ? a.text("platform") : null;
    if (platform == null) {
      return null;
    }
    return switch (platform) {
      case "embedded" -> Set.of("embassy");
      case "server" -> a.known("high-throughput")
          ? (a.bool("high-throughput") ? Set.of("tokio") : stdCompat(a, b))
          : union(Set.of("tokio"), stdCompat(a, b), b, a);
      case "desktop" -> a.known("io-multiplexing")
          ? (a.bool("io-multiplexing") ? Set.of("tokio", "smol") : stdCompat(a, b))
          : union(Set.of("tokio", "smol"), stdCompat(a, b), b, a);
      default -> throw new IllegalStateException(platform);
    };
  }

  /** "需要标准库兼容？" yes → async-std (smol under current: async-std is discontinued), no → smol. */
  private static @Nullable Set<String> stdCompat(Answers a, Baseline b) {
    String yes = b == Baseline.CURRENT ? "smol" : "async-std";
    if (!a.known("std-api")) {
      // Decision D16: an unknown answer whose branches lead to the same runtime does not stop the walk.
      return yes.equals("smol") ? Set.of("smol") : null;
    }
    return a.bool("std-api") ? Set.of(yes) : Set.of("smol");
  }

  /** Below an unknown answer: only when both branches recommend the same. */
  private static @Nullable Set<String> union(Set<String> one, @Nullable Set<String> other, Baseline b, Answers a) {
    return one.equals(other) ? one : null;
  }

  private record Atom(String key, AnswerValue value) {}

  private static List<Answers> space(AnswerSpace reps) {
    List<List<Atom>> flow = new ArrayList<>();
    flow.add(new ArrayList<>());
    for (String key : FLOW_KEYS) {
      List<List<Atom>> next = new ArrayList<>();
      for (List<Atom> prefix : flow) {
        next.add(prefix);
        for (AnswerValue v : reps.representatives(PACK.questionSet().find(key))) {
          List<Atom> with = new ArrayList<>(prefix);
          with.add(new Atom(key, v));
          next.add(with);
        }
      }
      flow = next;
    }
    List<Atom> others = new ArrayList<>();
    for (Question q : PACK.questions()) {
      if (!FLOW_KEYS.contains(q.key())) {
        reps.representatives(q).forEach(v -> others.add(new Atom(q.key(), v)));
      }
    }
    List<List<Atom>> extras = new ArrayList<>();
    extras.add(List.of());
    for (int i = 0; i < others.size(); i++) {
      extras.add(List.of(others.get(i)));
      for (int j = i + 1; j < others.size(); j++) {
        if (!others.get(i).key().equals(others.get(j).key())) {
          extras.add(List.of(others.get(i), others.get(j)));
        }
      }
    }
    List<Answers> out = new ArrayList<>(flow.size() * extras.size());
    for (List<Atom> f : flow) {
      for (List<Atom> x : extras) {
        Map<String, AnswerValue> m = new LinkedHashMap<>();
        f.forEach(at -> m.put(at.key(), at.value()));
        x.forEach(at -> m.put(at.key(), at.value()));
        out.add(Answers.of(m));
      }
    }
    return out;
  }

  /** The rule that took the flowchart's runtimes away, or null when none can be named. */
  private static @Nullable String cause(Verdict e, Set<String> leaf) {
    for (Rule.Exclude c : e.firedConstraints()) {
      boolean all = leaf.stream().allMatch(r -> e.excludedBy().containsKey(r));
      if (all && c.runtimes().stream().anyMatch(leaf::contains)) {
        return c.id();
      }
    }
    for (Verdict.VoteResult v : e.votes()) {
      boolean narrowed = v.outcome() == Outcome.DECIDED || v.outcome() == Outcome.NARROWED;
      if (narrowed && v.candidatesBefore().stream().anyMatch(leaf::contains)
          && v.pick().stream().noneMatch(leaf::contains)) {
        return v.vote().id();
      }
    }
    return null;
  }

  private static @Nullable String recorded(String rule) {
    for (Map.Entry<String, String> r : RECORDED.entrySet()) {
      if (r.getKey().endsWith(".") ? rule.startsWith(r.getKey()) : rule.equals(r.getKey())) {
        return r.getValue();
      }
    }
    return null;
  }

  @ParameterizedTest
  @EnumSource(Baseline.class)
  void everyDifferenceFromTheFlowchartIsARecordedDecision(Baseline baseline) {
    RuleBook book = RuleBook.build(PACK, baseline);
    AnswerSpace reps = new AnswerSpace(PACK, List.of(book));
    List<Answers> space = space(reps);
    int compared = 0;
    int agree = 0;
    Map<String, Integer> byCause = new TreeMap<>();
    Map<String, String> unrecorded = new TreeMap<>();
    for (Answers a : space) {
      Set<String> leaf = reference(a, baseline);
      if (leaf == null) {
        continue;
      }
      compared++;
      Verdict e = Evaluation.run(book, a);
      if (e.primary() != null && leaf.contains(e.primary())) {
        agree++;
        continue;
      }
      String cause = cause(e, leaf);
      String decision = cause == null ? null : recorded(cause);
      if (decision == null) {
        unrecorded.putIfAbsent(cause == null ? "(no rule named)" : cause,
            a.values() + " → " + (e.primary() == null ? "conflict" : e.primary()) + ", flowchart " + leaf);
      } else {
        byCause.merge(cause + " (" + decision + ")", 1, Integer::sum);
      }
    }
    System.out.printf("%s: %,d answer sets, %,d reach a flowchart leaf, %,d agree; differences by cause: %s%n",
        baseline.id(), space.size(), compared, agree, byCause);
    assertThat(space.size()).isGreaterThan(400_000);
    assertThat(unrecorded).as("differences from the flowchart that no recorded decision explains").isEmpty();
    // Every decision the table cites exists in the pack.
    for (String d : new HashSet<>(RECORDED.values())) {
      assertThat(PACK.decision(d)).as(d).isNotNull();
    }
  }

  @Test
  void theReadmeListsTheRecordedDifferences() throws IOException {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme);
    for (String rule : RECORDED.keySet()) {
      String shown = rule.endsWith(".") ? rule + "*" : rule;
      assertThat(text).as("README lists " + shown).contains("`" + shown + "`");
    }
  }
}
