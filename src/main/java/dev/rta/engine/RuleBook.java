package dev.rta.engine;

import dev.rta.domain.pack.StageId;

import dev.rta.domain.decision.Baseline;
import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.pack.Cell;
import dev.rta.domain.pack.Change;
import dev.rta.domain.pack.ChecklistBranch;
import dev.rta.domain.pack.ChecklistItem;
import dev.rta.domain.pack.ChecklistSection;
import dev.rta.domain.pack.ConstraintDef;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.DefaultDef;
import dev.rta.domain.pack.FinalRow;
import dev.rta.domain.pack.FlowLeaf;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Level;
import dev.rta.domain.pack.Matrix;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.PerformanceRow;
import dev.rta.domain.pack.Preference;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.RuntimeStatus;
import dev.rta.domain.pack.ScenarioRow;
import dev.rta.domain.pack.ScoreDef;
import dev.rta.domain.pack.Stage;
import dev.rta.domain.pack.WarningDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one baseline, compiled from a knowledge pack: the seed layer as the document has it,
 * with the corrections layer applied for {@link Baseline#CURRENT}.
 */
final class RuleBook {
  final KnowledgePack pack;
  final Baseline baseline;
  final List<String> candidates;
  final List<Stage> stages;
  final List<Rule.Exclude> constraints = new ArrayList<>();
  final Map<StageId, List<Rule.Vote>> votesByStage = new LinkedHashMap<>();
  final Map<String, Rule.Vote> flowLeaves = new LinkedHashMap<>();
  final List<Rule.Continue> continues = new ArrayList<>();
  final List<Rule.Caution> cautions = new ArrayList<>();
  final List<Rule.Score> scores = new ArrayList<>();
  final List<MatrixRow> features;
  final List<MatrixRow> ecosystem;
  final Map<String, Change.Status> statuses = new LinkedHashMap<>();
  /** Corrections whose changes alter the decision, in pack order. */
  final List<String> decisive = new ArrayList<>();

  // Indexes, built once when the book is compiled.
  private final Map<String, dev.rta.domain.Question> questions = new java.util.HashMap<>();
  private final Map<StageId, Stage> stagesById = new java.util.HashMap<>();
  private final Map<String, dev.rta.domain.pack.FlowNode> nodes = new java.util.HashMap<>();
  private List<Rule> all = List.of();
  private final Map<String, List<Rule>> byId = new LinkedHashMap<>();
  private final Map<String, List<Rule>> byKey = new java.util.HashMap<>();

  private RuleBook(KnowledgePack pack, Baseline baseline) {
    this.pack = pack;
    this.baseline = baseline;
    this.candidates = pack.candidates();
    this.stages = pack.manifest().stages();
    this.features = new ArrayList<>(pack.features());
    this.ecosystem = new ArrayList<>(pack.ecosystem());
  }

  static RuleBook build(KnowledgePack pack, Baseline baseline) {
    return build(pack, baseline, Set.of());
  }

  /** The rule book with some corrections left out (to tell which ones changed an answer). */
  static RuleBook build(KnowledgePack pack, Baseline baseline, Set<String> leaveOut) {
    RuleBook book = new RuleBook(pack, baseline);
    Map<String, VoteDraft> votes = book.seedVotes();
    List<ConstraintDef> constraints = new ArrayList<>(pack.constraints());
    List<WarningDef> warnings = new ArrayList<>(pack.warnings());
    Map<String, List<String>> touched = new LinkedHashMap<>();
    Map<String, LocalizedText> notes = new LinkedHashMap<>();
    if (baseline == Baseline.CURRENT) {
      for (Correction c : pack.corrections()) {
        if (leaveOut.contains(c.id())) {
          continue;
        }
        boolean changesDecision = false;
        for (Change ch : c.changes()) {
          changesDecision |= book.apply(c.id(), ch, votes, constraints, warnings, touched, notes);
        }
        if (changesDecision) {
          book.decisive.add(c.id());
        }
      }
    }
    book.compile(votes, constraints, warnings, touched, notes);
    book.index();
    return book;
  }

  /** A vote before compilation, so that corrections can change it. */
  private static final class VoteDraft {
    final String id;
    final StageId stage;
    final String source;
    final Condition when;
    final Preference seed;
    Preference preference;
    final LocalizedText label;
    LocalizedText rationale;
    final List<String> overrides;
    final @Nullable String decision;
    /** A performance row's first choice and fallback: each runtime's own words (a correction may change one). */
    final @Nullable PerformanceRow performance;
    final Map<String, LocalizedText> parts = new LinkedHashMap<>();

    VoteDraft(String id, StageId stage, String source, Condition when, Preference preference, LocalizedText label,
        LocalizedText rationale, List<String> overrides, @Nullable String decision) {
      this(id, stage, source, when, preference, label, rationale, overrides, decision, null);
    }

    VoteDraft(String id, StageId stage, String source, Condition when, Preference preference, LocalizedText label,
        LocalizedText rationale, List<String> overrides, @Nullable String decision,
        @Nullable PerformanceRow performance) {
      this.performance = performance;
      this.id = id;
      this.stage = stage;
      this.source = source;
      this.when = when;
      this.seed = preference;
      this.preference = preference;
      this.label = label;
      this.rationale = rationale;
      this.overrides = overrides;
      this.decision = decision;
    }
  }

  private Map<String, VoteDraft> seedVotes() {
    Map<String, VoteDraft> v = new LinkedHashMap<>();
    for (FinalRow r : pack.finalMatrix()) {
      v.put(r.id(), new VoteDraft(r.id(), StageId.FINAL_MATRIX, "final-matrix", r.when(), r.recommend(),
          r.condition(), r.reason(), List.of(), r.decision()));
    }
    for (ChecklistSection s : pack.checklist()) {
      for (ChecklistItem item : s.items()) {
        for (ChecklistBranch b : item.branches()) {
          if (b.recommend() != null) {
            LocalizedText label = Messages.text("rule.checklist.label", item.text(), b.answer());
            v.put(b.id(), new VoteDraft(b.id(), b.stage() == null ? StageId.CHECKLIST : b.stage(), s.section(), b.when(),
                b.recommend(), label,
                b.note(), List.of(), b.decision()));
          }
        }
      }
    }
    for (FlowLeaf l : pack.flowchart().leaves()) {
      v.put(l.id(), new VoteDraft(l.id(), StageId.FLOWCHART, "flowchart", new Condition.Always(), l.recommend(),
          Messages.text("rule.flowchart.label"), l.label(), List.of(), l.decision()));
    }
    for (PerformanceRow r : pack.performance()) {
      VoteDraft d = new VoteDraft(r.id(), StageId.PERFORMANCE, "dim.performance", r.when(), r.preference(), r.title(),
          LocalizedText.same(""), r.overrides(), r.decision(), r);
      d.parts.put(r.first().runtime(), r.first().note());
      if (r.fallback() != null) {
        d.parts.put(r.fallback().runtime(), r.fallback().note());
      }
      d.rationale = performanceRationale(d);
      v.put(r.id(), d);
    }
    for (ScenarioRow r : pack.scenario()) {
      v.put(r.id(), new VoteDraft(r.id(), StageId.SCENARIO, "dim.scenario", r.when(), r.recommend(), r.scenario(),
          r.reason(), List.of(), r.decision()));
    }
    for (DefaultDef d : pack.defaults()) {
      v.put(d.id(), new VoteDraft(d.id(), StageId.DEFAULT, d.source(), new Condition.Always(), d.recommend(),
          Messages.text("rule.default.label"), d.reason(), List.of(), d.decision()));
    }
    return v;
  }

  private LocalizedText performanceRationale(VoteDraft d) {
    PerformanceRow r = java.util.Objects.requireNonNull(d.performance);
    String first = r.first().runtime();
    if (r.fallback() == null) {
      return Messages.text("rule.performance.first", pack.runtimeName(first), d.parts.get(first));
    }
    String fallback = r.fallback().runtime();
    return Messages.text("rule.performance.firstFallback", pack.runtimeName(first), d.parts.get(first),
        pack.runtimeName(fallback), d.parts.get(fallback));
  }

  /** What a performance row says of one runtime ("first choice Tokio (…)", "fallback smol (…)"). */
  private Map<String, LocalizedText> runtimeNotes(VoteDraft d) {
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    if (d.performance != null) {
      d.parts.forEach((runtime, note) -> out.put(runtime, Messages.text(
          runtime.equals(d.performance.first().runtime()) ? "rule.performance.first" : "rule.performance.fallback",
          pack.runtimeName(runtime), note)));
    }
    return out;
  }

  /** Applies one change; true when it can alter a decision (not only a text). */
  private boolean apply(String correction, Change ch, Map<String, VoteDraft> votes, List<ConstraintDef> constraints,
      List<WarningDef> warnings, Map<String, List<String>> touched, Map<String, LocalizedText> notes) {
    if (ch instanceof Change.Status st) {
      statuses.put(st.runtime(), st);
      touched.computeIfAbsent(RuleIds.status(st.runtime()), k -> new ArrayList<>()).add(correction);
      return st.status() == RuntimeStatus.DISCONTINUED;
    }
    if (ch instanceof Change.Substitute sub) {
      for (String id : sub.rules()) {
        VoteDraft d = votes.get(id);
        d.preference = d.preference.substitute(sub.from(), sub.to());
        d.rationale = corrected(d.rationale, d.preference, correction);
        touched.computeIfAbsent(id, k -> new ArrayList<>()).add(correction);
      }
      return true;
    }
    if (ch instanceof Change.Recommend rec) {
      VoteDraft d = votes.get(rec.rule());
      d.preference = rec.recommend();
      d.rationale = corrected(d.rationale, d.preference, correction);
      touched.computeIfAbsent(rec.rule(), k -> new ArrayList<>()).add(correction);
      return true;
    }
    if (ch instanceof Change.SetCell cell) {
      List<MatrixRow> rows = cell.matrix() == Matrix.FEATURES ? features : ecosystem;
      for (int i = 0; i < rows.size(); i++) {
        MatrixRow row = rows.get(i);
        if (row.id().equals(cell.row())) {
          Cell before = row.cells().get(cell.runtime());
          rows.set(i, row.withCell(cell.runtime(), new Cell(cell.level(), cell.note())));
          touched.computeIfAbsent(RuleIds.constraint(cell.matrix(), row.id()), k -> new ArrayList<>()).add(correction);
          touched.computeIfAbsent(RuleIds.caution(cell.matrix(), row.id()), k -> new ArrayList<>()).add(correction);
          return before == null || before.level() != cell.level();
        }
      }
      return false;
    }
    if (ch instanceof Change.AddRow add) {
      (add.matrix() == Matrix.FEATURES ? features : ecosystem).add(add.row());
      touched.computeIfAbsent(RuleIds.constraint(add.matrix(), add.row().id()), k -> new ArrayList<>()).add(correction);
      touched.computeIfAbsent(RuleIds.caution(add.matrix(), add.row().id()), k -> new ArrayList<>()).add(correction);
      return true;
    }
    if (ch instanceof Change.AddRule add) {
      if (add.constraint() != null) {
        constraints.add(add.constraint());
        touched.computeIfAbsent(add.constraint().id(), k -> new ArrayList<>()).add(correction);
        return true;
      }
      if (add.warning() != null) {
        warnings.add(add.warning());
        touched.computeIfAbsent(add.warning().id(), k -> new ArrayList<>()).add(correction);
      }
      return false;
    }
    if (ch instanceof Change.Note note) {
      VoteDraft d = votes.get(note.rule());
      if (d != null && note.runtime() != null && d.parts.containsKey(note.runtime())) {
        // Only that runtime's words change: the fallback keeps its own (a correction changes only what it corrects).
        d.parts.put(note.runtime(), note.text());
        d.rationale = performanceRationale(d);
      } else if (d != null) {
        d.rationale = note.text();
      } else {
        notes.put(note.rule(), note.text());
      }
      touched.computeIfAbsent(note.rule(), k -> new ArrayList<>()).add(correction);
      return false;
    }
    if (ch instanceof Change.Profile) {
      return false; // a profile's words (CorrectedProfile); no rule reads them
    }
    throw new IllegalStateException("unknown change " + ch);
  }

  private LocalizedText corrected(LocalizedText rationale, Preference now, String correction) {
    List<String> groups = now.groups().stream()
        .map(g -> String.join(" / ", g.stream().map(pack::runtimeName).toList())).toList();
    LocalizedText a = Messages.text("rule.corrected", rationale, String.join(", then ", groups), correction);
    LocalizedText b = Messages.text("rule.corrected", rationale, String.join("，其次 ", groups), correction);
    return new LocalizedText(a.en(), b.zh());
  }

  private void compile(Map<String, VoteDraft> drafts, List<ConstraintDef> constraintDefs, List<WarningDef> warningDefs,
      Map<String, List<String>> touched, Map<String, LocalizedText> notes) {
    for (ConstraintDef c : constraintDefs) {
      constraints.add(new Rule.Exclude(c.id(), c.source(), c.when(), new LinkedHashSet<>(c.exclude()), c.reason(),
          c.decision(), touched(touched, c.id()), c.hint(), Map.of()));
    }
    for (Change.Status st : statuses.values()) {
      if (st.status() == RuntimeStatus.DISCONTINUED) {
        String id = RuleIds.status(st.runtime());
        LocalizedText reason = Messages.text("rule.status.discontinued", pack.runtimeName(st.runtime()),
            st.since().toString(), st.advisory() == null ? "-" : st.advisory(),
            st.replacement() == null ? "-" : pack.runtimeName(st.replacement()));
        constraints.add(new Rule.Exclude(id, "overview", new Condition.Always(), Set.of(st.runtime()), reason, null,
            touched(touched, id), null, Map.of()));
      }
    }
    matrixRules(Matrix.FEATURES, features, "dim.features", touched);
    matrixRules(Matrix.ECOSYSTEM, ecosystem, "dim.ecosystem", touched);

    for (Stage s : stages) {
      votesByStage.put(s.id(), new ArrayList<>());
    }
    for (VoteDraft d : drafts.values()) {
      Rule.Vote v = new Rule.Vote(d.id, d.stage, d.source, d.when, d.preference, d.seed, d.label, d.rationale,
          d.overrides, d.decision, touched(touched, d.id), runtimeNotes(d));
      if (d.stage.equals(StageId.FLOWCHART)) {
        flowLeaves.put(d.id, v);
      } else {
        votesByStage.computeIfAbsent(d.stage, k -> new ArrayList<>()).add(v);
      }
    }
    for (ChecklistSection s : pack.checklist()) {
      for (ChecklistItem item : s.items()) {
        for (ChecklistBranch b : item.branches()) {
          if (b.recommend() == null) {
            continues.add(new Rule.Continue(b.id(), s.section(), b.when(),
                notes.getOrDefault(b.id(), Messages.text("rule.checklist.label", item.text(), b.answer())),
                b.check(), b.decision(), touched(touched, b.id())));
          }
        }
      }
    }
    for (WarningDef w : warningDefs) {
      cautions.add(new Rule.Caution(w.id(), w.source(), w.when(), new LinkedHashSet<>(w.primary()), w.primaryNotIn(),
          notes.getOrDefault(w.id(), w.message()), w.decision(), touched(touched, w.id())));
    }
    for (ScoreDef s : pack.scores()) {
      scores.add(new Rule.Score(s.id(), s.source(), s.when(), s.add(), touched(touched, s.id())));
    }
  }

  /** A ❌ cell of a required row rules the runtime out; a ⚠️ cell cautions (decision D9). */
  private void matrixRules(Matrix matrix, List<MatrixRow> rows, String source, Map<String, List<String>> touched) {
    LocalizedText matrixName = Messages.text("matrix." + matrix.id());
    for (MatrixRow row : rows) {
      Set<String> no = new LinkedHashSet<>();
      List<LocalizedText> noNotes = new ArrayList<>();
      Map<String, LocalizedText> perRuntime = new LinkedHashMap<>();
      for (String r : candidates) {
        Cell c = row.cells().get(r);
        if (c == null) {
          continue;
        }
        if (c.level() == Level.NO) {
          no.add(r);
          noNotes.add(cellText(r, c));
          perRuntime.put(r, Messages.text("rule.matrix.no", row.label(), cellText(r, c), matrixName));
        } else if (c.level() == Level.PARTIAL) {
          String id = RuleIds.caution(matrix, row.id());
          cautions.add(new Rule.Caution(id, source, row.requiredWhen(), Set.of(r), null,
              Messages.text("rule.matrix.partial", row.label(), cellText(r, c), matrixName), "D9",
              touched(touched, id)));
        }
      }
      if (!no.isEmpty()) {
        String id = RuleIds.constraint(matrix, row.id());
        constraints.add(new Rule.Exclude(id, source, row.requiredWhen(), no,
            Messages.text("rule.matrix.no", row.label(), join(noNotes), matrixName),
            row.decision() == null ? "D9" : row.decision(), touched(touched, id), null, perRuntime));
      }
    }
  }

  private LocalizedText cellText(String runtime, Cell c) {
    String name = pack.runtimeName(runtime);
    return c.note() == null
        ? LocalizedText.same(name + " " + c.level().symbol())
        : new LocalizedText(name + " " + c.level().symbol() + " " + c.note().en(),
            name + " " + c.level().symbol() + " " + c.note().zh());
  }

  private static LocalizedText join(Collection<LocalizedText> parts) {
    return new LocalizedText(
        String.join("; ", parts.stream().map(LocalizedText::en).toList()),
        String.join("；", parts.stream().map(LocalizedText::zh).toList()));
  }

  private static List<String> touched(Map<String, List<String>> touched, String id) {
    return List.copyOf(new LinkedHashSet<>(touched.getOrDefault(id, List.of())));
  }

  private void index() {
    pack.questions().forEach(q -> questions.put(q.key(), q));
    stages.forEach(s -> stagesById.put(s.id(), s));
    pack.flowchart().nodes().forEach(n -> nodes.put(n.id(), n));
    List<Rule> rules = new ArrayList<>(constraints);
    votesByStage.values().forEach(rules::addAll);
    rules.addAll(flowLeaves.values());
    rules.addAll(continues);
    rules.addAll(cautions);
    rules.addAll(scores);
    all = List.copyOf(rules);
    for (Rule r : all) {
      byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
      Set<String> keys = new java.util.TreeSet<>();
      r.when().collectKeys(keys);
      if (r instanceof Rule.Caution c && c.primaryNotIn() != null) {
        keys.add(c.primaryNotIn());
      }
      keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r));
    }
    // A flowchart leaf is reached through the questions on its way: it reads those keys, and only those.
    Map<String, Set<String>> leafKeys = new LinkedHashMap<>();
    walkKeys(pack.flowchart().start(), new java.util.ArrayDeque<>(), leafKeys);
    leafKeys.forEach((leaf, keys) -> keys.forEach(k -> {
      List<Rule> reading = byKey.computeIfAbsent(k, x -> new ArrayList<>());
      Rule.Vote v = flowLeaves.get(leaf);
      if (v != null && !reading.contains(v)) {
        reading.add(v);
      }
    }));
  }

  /** Collects, for each leaf, the answer keys of the questions on every path from the start to it. */
  private void walkKeys(String id, java.util.Deque<String> onPath, Map<String, Set<String>> leafKeys) {
    if (flowLeaves.containsKey(id)) {
      leafKeys.computeIfAbsent(id, k -> new java.util.TreeSet<>()).addAll(onPath);
      return;
    }
    dev.rta.domain.pack.FlowNode n = nodes.get(id);
    if (n == null || onPath.contains(n.key())) {
      return;
    }
    onPath.addLast(n.key());
    n.branches().forEach(b -> walkKeys(b.next(), onPath, leafKeys));
    onPath.removeLast();
  }

  @Nullable Stage stage(StageId id) {
    return stagesById.get(id);
  }

  dev.rta.domain.@Nullable Question question(String key) {
    return questions.get(key);
  }

  dev.rta.domain.pack.@Nullable FlowNode node(String id) {
    return nodes.get(id);
  }

  /** Every rule, for lookups by id ({@code rta explain}, the trace). */
  List<Rule> allRules() {
    return all;
  }

  /** The rules compiled under one id (a caution per runtime gives several). */
  List<Rule> rules(String id) {
    return byId.getOrDefault(id, List.of());
  }

  /** The distinct rule ids, in book order. */
  Set<String> ruleIds() {
    return java.util.Collections.unmodifiableSet(byId.keySet());
  }

  /** The rules that read an answer key. */
  List<Rule> reading(String key) {
    return byKey.getOrDefault(key, List.of());
  }
}
