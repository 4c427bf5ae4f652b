package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.decision.AdvisoryNotice;
import dev.rta.domain.decision.Notice;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The cautions that hold for the recommendation, and the advisories that bear on the runtimes in play. */
final class Notices {
  private Notices() {}

  static List<Notice> warnings(Verdict e, Answers answers) {
    return cautionsThatApply(e, answers).stream().map(c -> new Notice(c.id(), c.message())).toList();
  }

  /** The cautions whose condition holds and that concern the recommended runtime. */
  static List<Rule.Caution> cautionsThatApply(Verdict e, Answers answers) {
    List<Rule.Caution> out = new ArrayList<>();
    String primary = e.primary();
    if (primary == null) {
      return out;
    }
    for (Rule.Caution c : e.book().cautions) {
      if (!c.when().eval(answers).isTrue()) {
        continue;
      }
      if (!c.primary().isEmpty() && !c.primary().contains(primary)) {
        continue;
      }
      if (c.primaryNotIn() != null && answers.known(c.primaryNotIn()) && answers.contains(c.primaryNotIn(), primary)) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  /**
   * The pack's advisories about the runtimes in play: the primary, the alternatives, what the document itself
   * recommended here and what the team knows. None under the seed baseline, which shows the document only.
   */
  static List<AdvisoryNotice> advisories(KnowledgePack pack, Verdict e, Answers answers,
      List<RankedRuntime> alternatives) {
    if (e.book().baseline == Baseline.SEED) {
      return List.of();
    }
    Set<String> relevant = new LinkedHashSet<>();
    if (e.primary() != null) {
      relevant.add(e.primary());
    }
    alternatives.forEach(a -> relevant.add(a.runtime()));
    for (Verdict.VoteResult v : e.votes()) {
      if (v.counted()) {
        relevant.addAll(v.vote().seedPreference().runtimes());
      }
    }
    if (answers.known("team-experience") && answers.get("team-experience") instanceof AnswerValue.Items items) {
      relevant.addAll(items.values());
    }
    List<AdvisoryNotice> out = new ArrayList<>();
    for (Advisory a : pack.advisories()) {
      if (relevant.contains(a.runtime())) {
        out.add(new AdvisoryNotice(a.id(), a.runtime(), a.kind(), a.date().toString(), a.title(), a.text(), a.url(),
            a.alternative() == null ? "" : a.alternative()));
      }
    }
    return out;
  }
}
