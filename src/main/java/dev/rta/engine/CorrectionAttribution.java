package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import dev.rta.domain.Answers;
import dev.rta.domain.decision.CorrectionEffect;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Under the current baseline: which corrections changed the document's answer. A correction decides when leaving
 * it out alone gives another answer; when none does alone, those that changed a rule that fired are named.
 */
final class CorrectionAttribution {
  private final KnowledgePack pack;
  private final RuleBook current;
  /** The current rule book without one correction, built on first use. */
  private final Map<String, RuleBook> without = new ConcurrentHashMap<>();

  CorrectionAttribution(KnowledgePack pack, RuleBook current) {
    this.pack = pack;
    this.current = current;
  }

  List<CorrectionEffect> changedBy(Answers answers, Verdict now, Verdict seed) {
    if (Objects.equals(now.primary(), seed.primary())) {
      return List.of();
    }
    List<String> decisive = new ArrayList<>();
    for (String c : current.decisive) {
      RuleBook book = without.computeIfAbsent(c, id -> RuleBook.build(pack, Baseline.CURRENT, Set.of(id)));
      if (!Objects.equals(Evaluation.run(book, answers).primary(), now.primary())) {
        decisive.add(c);
      }
    }
    if (decisive.isEmpty()) {
      Set<String> touched = new LinkedHashSet<>();
      now.firedConstraints().forEach(r -> touched.addAll(r.corrections()));
      now.votes().forEach(v -> touched.addAll(v.vote().corrections()));
      decisive.addAll(touched);
    }
    List<CorrectionEffect> out = new ArrayList<>();
    for (String id : decisive) {
      Correction c = pack.correction(id);
      if (c != null) {
        out.add(new CorrectionEffect(id, seed.primary(), c.current(), c.source(), c.asOf().toString()));
      }
    }
    return out;
  }
}
