package dev.rta.engine;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Condition;
import dev.rta.domain.Question;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The answer space as the rules see it: for a number key, the thresholds its conditions compare with
 * split it into classes; every other key has finitely many values. One representative per class is
 * enough to know every outcome.
 */
final class AnswerSpace {
  private final Map<String, TreeSet<Double>> thresholds = new HashMap<>();
  private final KnowledgePack pack;

  AnswerSpace(KnowledgePack pack, List<RuleBook> books) {
    this.pack = pack;
    for (RuleBook book : books) {
      for (Rule r : book.allRules()) {
        collect(r.when());
      }
    }
  }

  private void collect(Condition c) {
    if (c instanceof Condition.Test t && t.predicate() instanceof Condition.Compare cmp) {
      thresholds.computeIfAbsent(t.key(), k -> new TreeSet<>()).add(cmp.threshold());
    } else if (c instanceof Condition.All a) {
      a.parts().forEach(this::collect);
    } else if (c instanceof Condition.Any a) {
      a.parts().forEach(this::collect);
    } else if (c instanceof Condition.Not n) {
      collect(n.inner());
    } else if (c instanceof Condition.Unless u) {
      collect(u.inner());
    }
  }

  /** One number per class the thresholds make (below, at, between and above them), within the key's range. */
  List<Double> numberClasses(Question q) {
    TreeSet<Double> ts = thresholds.getOrDefault(q.key(), new TreeSet<>());
    boolean integer = q.type() == dev.rta.domain.AnswerType.INTEGER;
    List<Double> reps = new ArrayList<>();
    if (ts.isEmpty()) {
      reps.add(q.min() != null ? q.min() : q.above() != null ? q.above() + 1 : 1.0);
    } else {
      Double prev = null;
      for (double t : ts) {
        double below = prev == null ? (integer ? t - 1 : t / 2) : (integer ? Math.floor((prev + t) / 2) : (prev + t) / 2);
        reps.add(below);
        reps.add(t);
        prev = t;
      }
      reps.add(integer ? prev + 1 : prev * 2 + 1);
    }
    List<Double> valid = new ArrayList<>();
    for (double d : reps) {
      boolean ok = (q.min() == null || d >= q.min()) && (q.above() == null || d > q.above())
          && (!integer || d == Math.rint(d));
      if (ok && !valid.contains(d)) {
        valid.add(d);
      }
    }
    return valid;
  }

  /** Representative values of a key: both booleans, every enum value, each number class, each single item. */
  List<AnswerValue> representatives(Question q) {
    List<AnswerValue> out = new ArrayList<>();
    switch (q.type()) {
      case BOOL -> {
        out.add(new AnswerValue.Bool(true));
        out.add(new AnswerValue.Bool(false));
      }
      case ENUM -> q.values().forEach(c -> out.add(new AnswerValue.Text(c.id())));
      case INTEGER, NUMBER -> numberClasses(q).forEach(d ->
          out.add(new AnswerValue.Num(d, q.type() == dev.rta.domain.AnswerType.INTEGER)));
      case LIST -> {
        out.add(new AnswerValue.Items(List.of()));
        q.values().forEach(c -> out.add(new AnswerValue.Items(List.of(c.id()))));
      }
    }
    return out;
  }

  KnowledgePack pack() {
    return pack;
  }
}
