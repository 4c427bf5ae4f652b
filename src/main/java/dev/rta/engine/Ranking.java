package dev.rta.engine;

import dev.rta.domain.pack.StageId;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.pack.RuleIds;
import dev.rta.engine.Verdict.VoteResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Orders the eligible runtimes of a verdict and says why each stands where it does. */
final class Ranking {
  private Ranking() {}

  /** The primary first, then the stages' candidates, then by score, then in tie-break order; empty on a conflict. */
  static List<RankedRuntime> rank(Verdict e) {
    if (e.conflict()) {
      return List.of();
    }
    double total = 0;
    for (String r : e.eligible()) {
      total += Math.max(0, e.score(r));
    }
    List<String> order = new ArrayList<>(e.eligible());
    order.sort(Comparator
        .comparing((String r) -> !Objects.equals(r, e.primary()))
        .thenComparing(r -> !e.candidates().contains(r))
        .thenComparing(r -> -e.score(r))
        .thenComparing(e.order()::indexOf));
    List<RankedRuntime> out = new ArrayList<>();
    for (String r : order) {
      double score = total == 0 ? 0 : Math.max(0, e.score(r)) / total;
      out.add(new RankedRuntime(r, round(score), support(e, r), r.equals(e.primary()) ? null : notChosen(e, r)));
    }
    return out;
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Each eligible runtime's raw score, rounded. */
  static Map<String, Double> rawScores(Verdict e) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String r : e.eligible()) {
      m.put(r, round(e.score(r)));
    }
    return m;
  }

  /** The votes and scores that speak for a runtime (the runtime overview only when nothing else does). */
  static List<Reason> support(Verdict e, String runtime) {
    List<Reason> out = new ArrayList<>();
    Reason fallback = null;
    for (VoteResult v : e.votes()) {
      if (!v.counted() || !v.vote().preference().runtimes().contains(runtime)) {
        continue;
      }
      Reason reason = new Reason(v.vote().id(), Messages.text("reason.vote", v.vote().label(),
          v.vote().rationaleFor(runtime)));
      if (v.vote().stage().equals(StageId.DEFAULT)) {
        fallback = fallback == null ? reason : fallback;
      } else {
        out.add(reason);
      }
    }
    for (Rule.Score s : e.firedScores()) {
      if (s.add().containsKey(runtime)) {
        out.add(new Reason(s.id(), Messages.text("reason.score." + s.source(), e.name(runtime))));
      }
    }
    if (out.isEmpty() && fallback != null) {
      var profile = e.book().pack.runtime(runtime);
      // The default's words fit the runtime it chose; an alternative gets its own line of the overview.
      out.add(runtime.equals(e.primary()) || profile == null ? fallback : new Reason("overview." + runtime,
          Messages.text("reason.overview", profile.name(), profile.overview().positioning())));
    }
    return out;
  }

  /** Why a runtime is not the primary: the part that chose others, or a lower score. */
  static Reason notChosen(Verdict e, String runtime) {
    for (VoteResult v : e.votes()) {
      if (v.narrowed() && v.candidatesBefore().contains(runtime) && !v.pick().isEmpty() && !v.pick().contains(runtime)) {
        return new Reason(v.vote().id(), Messages.text("reason.narrowed", stageTitle(e, v.vote().stage()),
            v.vote().label(), e.names(v.pick())));
      }
    }
    return new Reason("score", Messages.text("reason.lowerScore", e.name(Objects.requireNonNull(e.primary()))));
  }

  private static LocalizedText stageTitle(Verdict e, StageId stage) {
    var s = e.book().stage(stage);
    return s == null ? LocalizedText.same(stage.id()) : s.title();
  }

  /** The runtimes the constraints ruled out, in the document's order, each with its reasons. */
  static List<Rejection> rejections(Verdict e) {
    List<Rejection> out = new ArrayList<>();
    for (String r : e.book().candidates) {
      List<Rule.Exclude> by = e.excludedBy().get(r);
      if (by != null) {
        // Each reason once (two rules may say the same of a runtime), naming only the runtime it rejects.
        Map<LocalizedText, Reason> reasons = new LinkedHashMap<>();
        by.forEach(c -> reasons.putIfAbsent(c.reasonFor(r), new Reason(c.id(), c.reasonFor(r))));
        out.add(new Rejection(r, List.copyOf(reasons.values())));
      }
    }
    return out;
  }
}
