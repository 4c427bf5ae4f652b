package dev.rta.engine;

import dev.rta.domain.pack.StageId;

import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.Numbers;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.decision.Outcome;
import dev.rta.domain.decision.RuleKind;
import dev.rta.domain.decision.TraceEntry;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Preference;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.Section;
import dev.rta.engine.Verdict.VoteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Every rule that fired, with its inputs, effect and outcome; and the path through the flowchart. */
final class Tracer {
  private final KnowledgePack pack;

  Tracer(KnowledgePack pack) {
    this.pack = pack;
  }

  static FlowPath flowPath(Verdict e) {
    List<FlowStep> steps = new ArrayList<>();
    for (Verdict.Step s : e.path()) {
      steps.add(new FlowStep(s.node().id(), s.node().key(), s.node().text(), s.value(),
          s.branch() == null ? null : s.branch().label(), s.branch() == null ? null : s.branch().decision()));
    }
    Rule.Vote leaf = e.leaf() == null ? null : e.book().flowLeaves.get(e.leaf());
    return new FlowPath(steps, e.leaf(), leaf == null ? null : leaf.rationale(), e.stoppedAt());
  }

  List<TraceEntry> trace(Verdict e, Answers answers) {
    List<TraceEntry> out = new ArrayList<>();
    for (Rule.Exclude c : e.firedConstraints()) {
      out.add(entry(c, RuleKind.CONSTRAINT, null, inputs(c, answers), "exclude " + String.join(", ", c.runtimes()),
          Messages.text("effect.exclude", e.names(List.copyOf(c.runtimes()))), Outcome.EXCLUDED, c.reason()));
    }
    for (VoteResult v : e.votes()) {
      Rule.Vote vote = v.vote();
      Map<String, String> in = vote.stage().equals(StageId.FLOWCHART) ? pathInputs(e) : inputs(vote, answers);
      String effect = "recommend " + vote.preference().describe() + (v.fallback() ? " (fallback)" : "");
      LocalizedText effectText = Messages.text(v.fallback() ? "effect.recommendFallback" : "effect.recommend",
          preferenceNames(e, vote.preference()));
      out.add(entry(vote, RuleKind.VOTE, vote.stage(), in, effect, effectText, v.outcome(),
          Messages.text("reason.vote", vote.label(), vote.rationale())));
    }
    for (Rule.Continue c : e.book().continues) {
      if (c.when().eval(answers).isTrue()) {
        LocalizedText text = c.check() == null ? c.note() : Messages.text("reason.check", c.note(), c.check());
        out.add(entry(c, RuleKind.CONTINUE, null, inputs(c, answers), "continue", Messages.text("effect.continue"),
            Outcome.CONTINUED, text));
      }
    }
    for (Rule.Score s : e.firedScores()) {
      String added = scoreEffect(s);
      out.add(entry(s, RuleKind.SCORE, null, inputs(s, answers), "score " + added, Messages.text("effect.score", added),
          Outcome.SCORED, Messages.text("reason.score." + s.source(), String.join(", ", s.add().keySet()))));
    }
    for (Rule.Caution c : Notices.cautionsThatApply(e, answers)) {
      out.add(entry(c, RuleKind.CAUTION, null, inputs(c, answers), "warn", Messages.text("effect.warn"), Outcome.WARNED,
          c.message()));
    }
    return out;
  }

  /** "tokio +1 smol +0.5", runtimes in alphabetical order. */
  static String scoreEffect(Rule.Score s) {
    StringBuilder effect = new StringBuilder();
    new TreeSet<>(s.add().keySet()).forEach(r -> effect.append(effect.length() == 0 ? "" : " ").append(r).append(" +")
        .append(Numbers.format(s.add().get(r))));
    return effect.toString();
  }

  private TraceEntry entry(Rule r, RuleKind kind, @Nullable StageId stage, Map<String, String> inputs, String effect,
      LocalizedText effectText, Outcome outcome, LocalizedText text) {
    Section section = pack.section(r.source());
    return new TraceEntry(r.id(), kind, stage, r.source(),
        section == null ? LocalizedText.same(r.source()) : section.title(), inputs, effect, effectText, outcome, text,
        r.corrections(), r.decision());
  }

  private static String preferenceNames(Verdict e, Preference p) {
    return String.join(" → ", p.groups().stream().map(e::names).toList());
  }

  /** The known answers a rule reads, by key. */
  private static Map<String, String> inputs(Rule r, Answers answers) {
    Set<String> keys = new TreeSet<>();
    r.when().collectKeys(keys);
    if (r instanceof Rule.Caution c && c.primaryNotIn() != null) {
      keys.add(c.primaryNotIn());
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : keys) {
      if (answers.known(k)) {
        m.put(k, answers.get(k).display());
      }
    }
    return m;
  }

  private static Map<String, String> pathInputs(Verdict e) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Verdict.Step s : e.path()) {
      if (s.value() != null) {
        m.put(s.node().key(), s.value());
      }
    }
    return m;
  }
}
