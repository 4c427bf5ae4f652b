package dev.rta.engine;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Question;
import dev.rta.domain.decision.Conflict;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** When nothing fits: the smallest set of answers (an item of a list answer counts alone) that cannot hold together. */
final class ConflictSearch {
  /** Exhaustive search up to this many answers; beyond, a greedy shrink to a set nothing can be dropped from. */
  private static final int EXHAUSTIVE = 4;

  /** One answer, or one item of a list answer. */
  private record Atom(String key, AnswerValue value) {}

  private final KnowledgePack pack;

  ConflictSearch(KnowledgePack pack) {
    this.pack = pack;
  }

  Conflict explain(RuleBook book, Answers answers) {
    List<Atom> atoms = new ArrayList<>();
    for (Map.Entry<String, AnswerValue> a : answers.values().entrySet()) {
      if (a.getValue() instanceof AnswerValue.Items items && !items.values().isEmpty()) {
        for (String item : items.values()) {
          atoms.add(new Atom(a.getKey(), new AnswerValue.Items(List.of(item))));
        }
      } else {
        atoms.add(new Atom(a.getKey(), a.getValue()));
      }
    }
    List<Atom> smallest = null;
    for (int size = 1; size <= Math.min(EXHAUSTIVE, atoms.size()) && smallest == null; size++) {
      smallest = search(book, atoms, new ArrayList<>(), 0, size);
    }
    if (smallest == null) {
      smallest = new ArrayList<>(atoms);
      for (int i = smallest.size() - 1; i >= 0; i--) {
        List<Atom> without = new ArrayList<>(smallest);
        without.remove(i);
        if (conflicts(book, without)) {
          smallest = without;
        }
      }
    }
    Answers core = toAnswers(smallest);
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : core.values().keySet()) {
      values.put(key, core.get(key).display());
    }
    Verdict e = Evaluation.run(book, core);
    List<LocalizedText> hints = e.firedConstraints().stream().map(Rule.Exclude::hint).filter(Objects::nonNull)
        .distinct().toList();
    return new Conflict(List.copyOf(values.keySet()), values, Ranking.rejections(e), hints);
  }

  private @Nullable List<Atom> search(RuleBook book, List<Atom> atoms, List<Atom> chosen, int from, int size) {
    if (chosen.size() == size) {
      return conflicts(book, chosen) ? List.copyOf(chosen) : null;
    }
    for (int i = from; i < atoms.size(); i++) {
      chosen.add(atoms.get(i));
      List<Atom> found = search(book, atoms, chosen, i + 1, size);
      chosen.remove(chosen.size() - 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private boolean conflicts(RuleBook book, List<Atom> atoms) {
    return Evaluation.run(book, toAnswers(atoms)).conflict();
  }

  /** The atoms as answers, list items merged, in the questions' order. */
  private Answers toAnswers(List<Atom> atoms) {
    Map<String, AnswerValue> m = new LinkedHashMap<>();
    Map<String, Set<String>> items = new LinkedHashMap<>();
    for (Atom a : atoms) {
      if (a.value() instanceof AnswerValue.Items i) {
        items.computeIfAbsent(a.key(), k -> new LinkedHashSet<>()).addAll(i.values());
      } else {
        m.put(a.key(), a.value());
      }
    }
    items.forEach((k, set) -> {
      Question q = pack.questionSet().find(k);
      List<String> ordered = q == null ? List.copyOf(set) : q.valueIds().stream().filter(set::contains).toList();
      m.put(k, new AnswerValue.Items(ordered));
    });
    Map<String, AnswerValue> ordered = new LinkedHashMap<>();
    for (Question q : pack.questions()) {
      if (m.containsKey(q.key())) {
        ordered.put(q.key(), m.get(q.key()));
      }
    }
    return Answers.of(ordered);
  }
}
