package dev.rta.engine;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.decision.AdvisoryNotice;
import dev.rta.domain.decision.Assessment;
import dev.rta.domain.decision.Conflict;
import dev.rta.domain.decision.CorrectionEffect;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.decision.Notice;
import dev.rta.domain.decision.Outcome;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.decision.TraceEntry;
import dev.rta.domain.decision.UnknownAnswer;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.Cell;
import dev.rta.domain.pack.Level;
import dev.rta.domain.pack.Matrix;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Decides and explains: the entry point of the engine. Thread-safe; deterministic. */
public final class DecisionEngine {
  private final KnowledgePack pack;
  private final Map<Baseline, RuleBook> books = new EnumMap<>(Baseline.class);
  private final Map<String, RuleBook> withoutCorrection = new java.util.concurrent.ConcurrentHashMap<>();
  private final AnswerSpace space;

  public DecisionEngine(KnowledgePack pack) {
    this.pack = pack;
    for (Baseline b : Baseline.values()) {
      books.put(b, RuleBook.build(pack, b));
    }
    this.space = new AnswerSpace(pack, List.copyOf(books.values()));
  }

  public KnowledgePack pack() {
    return pack;
  }

  /** The recommendation for these answers under a baseline, with its full explanation. */
  public Decision decide(Answers answers, Baseline baseline) {
    RuleBook book = books.get(baseline);
    Evaluation e = Evaluation.run(book, answers);
    Evaluation seed = baseline == Baseline.SEED ? e : Evaluation.run(books.get(Baseline.SEED), answers);

    List<RankedRuntime> ranked = rank(e);
    RankedRuntime chosen = e.primary == null ? null : ranked.get(0);
    List<RankedRuntime> alternatives = ranked.isEmpty() ? List.of() : ranked.subList(1, ranked.size());
    List<Rejection> rejected = rejections(e);
    Conflict conflict = e.conflict() ? conflict(book, answers) : null;
    List<Notice> warnings = warnings(e, answers);
    List<TraceEntry> trace = trace(e, answers);
    List<String> decisive = e.votes.stream()
        .filter(v -> v.outcome() == Outcome.DECIDED || v.outcome() == Outcome.NARROWED)
        .map(v -> v.vote().id()).toList();
    return new Decision(
        baseline.id(), pack.version(), answers, chosen, alternatives, conflict, rejected, warnings,
        advisories(e, answers, alternatives), flowPath(e), trace, unknown(book, answers, e.primary),
        baseline == Baseline.CURRENT ? changedBy(answers, e, seed) : List.of(), seed.primary, decisive,
        rawScores(e), assessments(e, answers, rejected));
  }

  /** Only the recommended runtime (null on a conflict); cheap, for properties and analysis. */
  public @Nullable String primary(Answers answers, Baseline baseline) {
    return Evaluation.run(books.get(baseline), answers).primary;
  }

  // ---- the knowledge, as a baseline compiles it ---------------------------------------------------

  /** The feature matrix with the baseline's cells. */
  public List<MatrixRow> features(Baseline baseline) {
    return List.copyOf(books.get(baseline).features);
  }

  /** The ecosystem-compatibility matrix with the baseline's cells (and rows). */
  public List<MatrixRow> ecosystem(Baseline baseline) {
    return List.copyOf(books.get(baseline).ecosystem);
  }

  /** Runtimes whose status the baseline changed (async-std: discontinued), by id. */
  public Map<String, LocalizedText> statuses(Baseline baseline) {
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    books.get(baseline).statuses.forEach((r, st) -> out.put(r, Messages.text(
        "status." + st.status().name().toLowerCase(java.util.Locale.ROOT), st.since().toString(),
        st.replacement() == null ? "-" : pack.runtimeName(st.replacement()))));
    return out;
  }

  /** What each flowchart leaf recommends under the baseline, in its words. */
  public Map<String, LocalizedText> leafLabels(Baseline baseline) {
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    books.get(baseline).flowLeaves.forEach((id, v) -> out.put(id, v.rationale()));
    return out;
  }

  /** Every rule id of the baseline (a rule may be compiled from several rows, e.g. cautions per runtime). */
  public List<String> ruleIds(Baseline baseline) {
    return books.get(baseline).allRules().stream().map(Rule::id).distinct().toList();
  }

  /** A rule as the baseline compiles it (a caution per runtime gives several entries). */
  public List<RuleInfo> rule(String id, Baseline baseline) {
    RuleBook seedBook = books.get(Baseline.SEED);
    List<RuleInfo> out = new ArrayList<>();
    for (Rule r : books.get(baseline).allRules()) {
      if (!r.id().equals(id)) {
        continue;
      }
      String seedEffect = null;
      if (!r.corrections().isEmpty()) {
        seedEffect = seedBook.allRules().stream().filter(x -> x.id().equals(id)).map(DecisionEngine::effect)
            .filter(e -> !e.equals(effect(r))).findFirst().orElse(null);
      }
      out.add(info(r, seedEffect));
    }
    return out;
  }

  /** The rules of the baseline that read an answer key. */
  public List<RuleInfo> rulesReading(String key, Baseline baseline) {
    List<RuleInfo> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Rule r : books.get(baseline).allRules()) {
      Set<String> keys = new TreeSet<>();
      r.when().collectKeys(keys);
      if (keys.contains(key) && seen.add(r.id())) {
        out.add(info(r, null));
      }
    }
    for (var n : pack.flowchart().nodes()) {
      if (n.key().equals(key)) {
        books.get(baseline).flowLeaves.values().forEach(v -> {
          if (seen.add(v.id())) {
            out.add(info(v, null));
          }
        });
      }
    }
    return out;
  }

  private RuleInfo info(Rule r, @Nullable String seedEffect) {
    Section section = pack.section(r.source());
    String kind;
    String stage = null;
    LocalizedText label;
    LocalizedText text;
    if (r instanceof Rule.Vote v) {
      kind = "vote";
      stage = v.stage();
      label = v.label();
      text = v.rationale();
    } else if (r instanceof Rule.Exclude c) {
      kind = "constraint";
      label = LocalizedText.same(c.id());
      text = c.reason();
    } else if (r instanceof Rule.Caution c) {
      kind = "caution";
      label = LocalizedText.same(c.id());
      text = c.message();
    } else if (r instanceof Rule.Continue c) {
      kind = "continue";
      label = c.note();
      text = c.check() == null ? c.note() : Messages.text("reason.check", c.note(), c.check());
    } else {
      kind = "score";
      label = LocalizedText.same(r.id());
      text = Messages.text("reason.score." + r.source(), String.join(", ", ((Rule.Score) r).add().keySet()));
    }
    String condition = r instanceof Rule.Vote v && v.stage().equals(RuleIds.FLOWCHART)
        ? Messages.get(dev.rta.domain.Lang.EN, "explain.flowchartCondition") : r.when().describe();
    return new RuleInfo(r.id(), kind, stage, r.source(), section == null ? LocalizedText.same(r.source()) : section.title(),
        condition, effect(r), seedEffect, label, text, r.corrections(), r.decision());
  }

  private static String effect(Rule r) {
    if (r instanceof Rule.Vote v) {
      return "recommend " + v.preference().describe();
    }
    if (r instanceof Rule.Exclude c) {
      return "exclude " + String.join(", ", c.runtimes());
    }
    if (r instanceof Rule.Caution c) {
      return c.primary().isEmpty() ? "warn" : "warn when recommending " + String.join(", ", c.primary());
    }
    if (r instanceof Rule.Score s) {
      StringBuilder sb = new StringBuilder("score");
      s.add().forEach((k, v) -> sb.append(' ').append(k).append(" +").append(dev.rta.domain.Numbers.format(v)));
      return sb.toString();
    }
    return "continue";
  }

  // ---- ranking -------------------------------------------------------------------------------

  private List<RankedRuntime> rank(Evaluation e) {
    if (e.conflict()) {
      return List.of();
    }
    double total = 0;
    for (String r : e.eligible) {
      total += Math.max(0, e.scores.getOrDefault(r, 0.0));
    }
    List<String> order = new ArrayList<>(e.eligible);
    List<String> candidateOrder = e.order;
    order.sort(Comparator
        .comparing((String r) -> !Objects.equals(r, e.primary))
        .thenComparing(r -> !e.candidates.contains(r))
        .thenComparing(r -> -e.scores.getOrDefault(r, 0.0))
        .thenComparing(candidateOrder::indexOf));
    List<RankedRuntime> out = new ArrayList<>();
    for (String r : order) {
      double score = total == 0 ? 0 : Math.max(0, e.scores.getOrDefault(r, 0.0)) / total;
      out.add(new RankedRuntime(r, round(score), support(e, r), r.equals(e.primary) ? null : notChosen(e, r)));
    }
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static Map<String, Double> rawScores(Evaluation e) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String r : e.eligible) {
      m.put(r, round(e.scores.getOrDefault(r, 0.0)));
    }
    return m;
  }

  private static List<Reason> support(Evaluation e, String runtime) {
    List<Reason> out = new ArrayList<>();
    Reason fallback = null;
    for (Evaluation.VoteResult v : e.votes) {
      if (v.outcome() == Outcome.SHADOWED || v.outcome() == Outcome.OVERRIDDEN) {
        continue;
      }
      if (v.vote().stage().equals(RuleIds.DEFAULT)) {
        // The default names every runtime: it is a reason only when nothing else is.
        if (fallback == null && v.vote().preference().runtimes().contains(runtime)) {
          fallback = new Reason(v.vote().id(), Messages.text("reason.vote", v.vote().label(), v.vote().rationale()));
        }
        continue;
      }
      if (v.vote().preference().runtimes().contains(runtime)) {
        out.add(new Reason(v.vote().id(), Messages.text("reason.vote", v.vote().label(),
            v.vote().rationaleFor(runtime))));
      }
    }
    for (Rule.Score s : e.firedScores) {
      if (s.add().containsKey(runtime)) {
        out.add(new Reason(s.id(), Messages.text("reason.score." + s.source(), runtimeName(e, runtime))));
      }
    }
    if (out.isEmpty() && fallback != null) {
      out.add(fallback);
    }
    return out;
  }

  private static String runtimeName(Evaluation e, String runtime) {
    return e.book.pack.runtimeName(runtime);
  }

  private static Reason notChosen(Evaluation e, String runtime) {
    for (Evaluation.VoteResult v : e.votes) {
      boolean removed = v.candidatesBefore().contains(runtime) && !v.pick().isEmpty() && !v.pick().contains(runtime)
          && (v.outcome() == Outcome.DECIDED || v.outcome() == Outcome.NARROWED);
      if (removed) {
        return new Reason(v.vote().id(), Messages.text("reason.narrowed", stageTitle(e, v.vote().stage()),
            v.vote().label(), names(e, v.pick())));
      }
    }
    return new Reason("score", Messages.text("reason.lowerScore", runtimeName(e, e.primary)));
  }

  private static LocalizedText stageTitle(Evaluation e, String stage) {
    var s = e.book.stage(stage);
    return s == null ? LocalizedText.same(stage) : s.title();
  }

  private static String names(Evaluation e, List<String> runtimes) {
    return String.join(" / ", runtimes.stream().map(r -> runtimeName(e, r)).toList());
  }

  private static List<Rejection> rejections(Evaluation e) {
    List<Rejection> out = new ArrayList<>();
    for (String r : e.book.candidates) {
      List<Rule.Exclude> by = e.excludedBy.get(r);
      if (by != null) {
        out.add(new Rejection(r, by.stream().map(c -> new Reason(c.id(), c.reason())).toList()));
      }
    }
    return out;
  }

  // ---- pros and cons ------------------------------------------------------------------------------

  private List<Assessment> assessments(Evaluation e, Answers answers, List<Rejection> rejected) {
    List<Assessment> out = new ArrayList<>();
    for (String r : e.book.candidates) {
      List<Reason> good = new ArrayList<>();
      List<Reason> neutral = new ArrayList<>();
      List<Reason> bad = new ArrayList<>();
      if (!e.conflict() && !e.excludedBy.containsKey(r)) {
        good.addAll(support(e, r));
      }
      cells(e, answers, Matrix.FEATURES, e.book.features, r, good, neutral);
      cells(e, answers, Matrix.ECOSYSTEM, e.book.ecosystem, r, good, neutral);
      rejected.stream().filter(x -> x.runtime().equals(r)).findFirst().ifPresent(x -> bad.addAll(x.reasons()));
      for (Evaluation.VoteResult v : e.votes) {
        if (v.outcome() == Outcome.DECIDED || v.outcome() == Outcome.NARROWED) {
          if (v.candidatesBefore().contains(r) && !v.pick().contains(r)) {
            bad.add(notChosen(e, r));
            break;
          }
        }
      }
      var status = e.book.statuses.get(r);
      LocalizedText statusText = status == null ? null : Messages.text("status." + status.status().name().toLowerCase(
          java.util.Locale.ROOT), status.since().toString(), status.replacement() == null ? "-" : pack.runtimeName(status.replacement()));
      out.add(new Assessment(r, statusText, good, neutral, bad));
    }
    return out;
  }

  private static void cells(Evaluation e, Answers answers, Matrix matrix, List<MatrixRow> rows, String runtime,
      List<Reason> good, List<Reason> neutral) {
    LocalizedText matrixName = Messages.text("matrix." + matrix.id());
    for (MatrixRow row : rows) {
      if (!row.requiredWhen().eval(answers).isTrue()) {
        continue;
      }
      Cell c = row.cells().get(runtime);
      if (c == null || c.level() == Level.NO) {
        continue;
      }
      LocalizedText text = c.note() == null
          ? Messages.text("reason.cell.bare", row.label(), c.level().symbol(), matrixName)
          : Messages.text("reason.cell", row.label(), c.level().symbol(), c.note(), matrixName);
      String id = c.level() == Level.YES ? "cell." + matrix.id() + "." + row.id() : RuleIds.caution(matrix, row.id());
      (c.level() == Level.YES ? good : neutral).add(new Reason(id, text));
    }
  }

  // ---- conflicts -----------------------------------------------------------------------------

  /** One answer, or one item of a list answer. */
  private record Atom(String key, AnswerValue value, String display) {}

  private Conflict conflict(RuleBook book, Answers answers) {
    List<Atom> atoms = new ArrayList<>();
    for (Map.Entry<String, AnswerValue> a : answers.values().entrySet()) {
      if (a.getValue() instanceof AnswerValue.Items items && !items.values().isEmpty()) {
        for (String item : items.values()) {
          atoms.add(new Atom(a.getKey(), new AnswerValue.Items(List.of(item)), item));
        }
      } else {
        atoms.add(new Atom(a.getKey(), a.getValue(), a.getValue().display()));
      }
    }
    List<Atom> smallest = null;
    for (int size = 1; size <= Math.min(4, atoms.size()) && smallest == null; size++) {
      smallest = search(book, atoms, new ArrayList<>(), 0, size);
    }
    if (smallest == null) {
      // Larger than four: shrink greedily to a set from which nothing can be dropped.
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
    Evaluation e = Evaluation.run(book, core);
    List<LocalizedText> hints = e.firedConstraints.stream().map(Rule.Exclude::hint).filter(Objects::nonNull).distinct()
        .toList();
    return new Conflict(List.copyOf(values.keySet()), values, rejections(e), hints);
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
    // Keep the questions' order.
    Map<String, AnswerValue> ordered = new LinkedHashMap<>();
    for (Question q : pack.questions()) {
      if (m.containsKey(q.key())) {
        ordered.put(q.key(), m.get(q.key()));
      }
    }
    return Answers.of(ordered);
  }

  // ---- warnings and advisories -----------------------------------------------------------------

  private static List<Notice> warnings(Evaluation e, Answers answers) {
    List<Notice> out = new ArrayList<>();
    if (e.primary == null) {
      return out;
    }
    for (Rule.Caution c : cautionsThatApply(e, answers)) {
      out.add(new Notice(c.id(), c.message()));
    }
    return out;
  }

  private static List<Rule.Caution> cautionsThatApply(Evaluation e, Answers answers) {
    List<Rule.Caution> out = new ArrayList<>();
    if (e.primary == null) {
      return out;
    }
    for (Rule.Caution c : e.book.cautions) {
      if (!c.when().eval(answers).isTrue()) {
        continue;
      }
      if (!c.primary().isEmpty() && !c.primary().contains(e.primary)) {
        continue;
      }
      if (c.primaryNotIn() != null && answers.known(c.primaryNotIn()) && answers.contains(c.primaryNotIn(), e.primary)) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private List<AdvisoryNotice> advisories(Evaluation e, Answers answers, List<RankedRuntime> alternatives) {
    Set<String> relevant = new LinkedHashSet<>();
    if (e.primary != null) {
      relevant.add(e.primary);
    }
    alternatives.forEach(a -> relevant.add(a.runtime()));
    for (Evaluation.VoteResult v : e.votes) {
      if (v.outcome() != Outcome.SHADOWED && v.outcome() != Outcome.OVERRIDDEN) {
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

  // ---- flowchart and trace ---------------------------------------------------------------------

  private static FlowPath flowPath(Evaluation e) {
    List<FlowStep> steps = new ArrayList<>();
    for (Evaluation.Step s : e.path) {
      steps.add(new FlowStep(s.node().id(), s.node().key(), s.node().text(), s.value(),
          s.branch() == null ? null : s.branch().label(), s.branch() == null ? null : s.branch().decision()));
    }
    Rule.Vote leaf = e.leaf == null ? null : e.book.flowLeaves.get(e.leaf);
    return new FlowPath(steps, e.leaf, leaf == null ? null : leaf.rationale(), e.stoppedAt);
  }

  private List<TraceEntry> trace(Evaluation e, Answers answers) {
    List<TraceEntry> out = new ArrayList<>();
    for (Rule.Exclude c : e.firedConstraints) {
      out.add(entry(c, "constraint", null, inputs(c, answers), "exclude " + String.join(", ", c.runtimes()),
          Messages.text("effect.exclude", names(e, List.copyOf(c.runtimes()))), Outcome.EXCLUDED, c.reason()));
    }
    for (Evaluation.VoteResult v : e.votes) {
      Rule.Vote vote = v.vote();
      Map<String, String> in = vote.stage().equals(dev.rta.domain.pack.RuleIds.FLOWCHART) ? pathInputs(e) : inputs(vote, answers);
      String effect = "recommend " + vote.preference().describe() + (v.fallback() ? " (fallback)" : "");
      LocalizedText effectText = Messages.text(v.fallback() ? "effect.recommendFallback" : "effect.recommend",
          preferenceNames(e, vote.preference()));
      out.add(entry(vote, "vote", vote.stage(), in, effect, effectText, v.outcome(),
          Messages.text("reason.vote", vote.label(), vote.rationale())));
    }
    for (Rule.Continue c : e.book.continues) {
      if (c.when().eval(answers).isTrue()) {
        LocalizedText text = c.check() == null ? c.note() : Messages.text("reason.check", c.note(), c.check());
        out.add(entry(c, "continue", null, inputs(c, answers), "continue", Messages.text("effect.continue"),
            Outcome.CONTINUED, text));
      }
    }
    for (Rule.Score s : e.firedScores) {
      StringBuilder effect = new StringBuilder("score");
      new TreeSet<>(s.add().keySet()).forEach(r -> effect.append(' ').append(r).append(" +")
          .append(dev.rta.domain.Numbers.format(s.add().get(r))));
      out.add(entry(s, "score", null, inputs(s, answers), effect.toString(),
          Messages.text("effect.score", effect.substring("score ".length())), Outcome.SCORED,
          Messages.text("reason.score." + s.source(), String.join(", ", s.add().keySet()))));
    }
    for (Rule.Caution c : cautionsThatApply(e, answers)) {
      out.add(entry(c, "caution", null, inputs(c, answers), "warn", Messages.text("effect.warn"), Outcome.WARNED,
          c.message()));
    }
    return out;
  }

  private TraceEntry entry(Rule r, String kind, @Nullable String stage, Map<String, String> inputs, String effect,
      LocalizedText effectText, Outcome outcome, LocalizedText text) {
    Section section = pack.section(r.source());
    return new TraceEntry(r.id(), kind, stage, r.source(),
        section == null ? LocalizedText.same(r.source()) : section.title(), inputs, effect, effectText, outcome, text,
        r.corrections(), r.decision());
  }

  private static String preferenceNames(Evaluation e, dev.rta.domain.pack.Preference p) {
    return String.join(" → ", p.groups().stream().map(g -> names(e, g)).toList());
  }

  private static Map<String, String> inputs(Rule r, Answers answers) {
    Set<String> keys = new java.util.TreeSet<>();
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

  private static Map<String, String> pathInputs(Evaluation e) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Evaluation.Step s : e.path) {
      if (s.value() != null) {
        m.put(s.node().key(), s.value());
      }
    }
    return m;
  }

  // ---- what could change the result --------------------------------------------------------------

  private List<UnknownAnswer> unknown(RuleBook book, Answers answers, @Nullable String primary) {
    List<UnknownAnswer> out = new ArrayList<>();
    for (Question q : pack.questions()) {
      if (answers.known(q.key())) {
        continue;
      }
      List<UnknownAnswer.Change> changes = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (AnswerValue v : space.representatives(q)) {
        String p = Evaluation.run(book, answers.with(q.key(), v)).primary;
        if (!Objects.equals(p, primary) && seen.add(v.display() + "→" + p)) {
          changes.add(new UnknownAnswer.Change(v.display(), p));
        }
      }
      if (!changes.isEmpty()) {
        out.add(new UnknownAnswer(q.key(), changes));
      }
    }
    return out;
  }

  private List<CorrectionEffect> changedBy(Answers answers, Evaluation current, Evaluation seed) {
    if (Objects.equals(current.primary, seed.primary)) {
      return List.of();
    }
    List<String> decisive = new ArrayList<>();
    RuleBook book = books.get(Baseline.CURRENT);
    for (String c : book.decisive) {
      RuleBook without = withoutCorrection.computeIfAbsent(c,
          id -> RuleBook.build(pack, Baseline.CURRENT, Set.of(id)));
      if (!Objects.equals(Evaluation.run(without, answers).primary, current.primary)) {
        decisive.add(c);
      }
    }
    if (decisive.isEmpty()) {
      // No single correction decides: report those that changed a rule that fired.
      Set<String> touched = new LinkedHashSet<>();
      current.firedConstraints.forEach(r -> touched.addAll(r.corrections()));
      current.votes.forEach(v -> touched.addAll(v.vote().corrections()));
      decisive.addAll(touched);
    }
    List<CorrectionEffect> out = new ArrayList<>();
    for (String id : decisive) {
      Correction c = pack.correction(id);
      if (c != null) {
        out.add(new CorrectionEffect(id, seed.primary, c.current(), c.source(), c.asOf().toString()));
      }
    }
    return out;
  }
}
