package dev.rta.knowledge.internal;

import dev.rta.domain.AnswerType;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.Question;
import dev.rta.domain.Suggestions;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.Change;
import dev.rta.domain.pack.ChecklistBranch;
import dev.rta.domain.pack.ChecklistItem;
import dev.rta.domain.pack.ChecklistSection;
import dev.rta.domain.pack.ConstraintDef;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.DefaultDef;
import dev.rta.domain.pack.FinalRow;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowLeaf;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Link;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.PerformanceRow;
import dev.rta.domain.pack.ProfilePart;
import dev.rta.domain.pack.ReferenceGroup;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.RuntimeProfile;
import dev.rta.domain.pack.ScenarioNote;
import dev.rta.domain.pack.ScenarioRow;
import dev.rta.domain.pack.ScoreDef;
import dev.rta.domain.pack.Section;
import dev.rta.domain.pack.Stage;
import dev.rta.domain.pack.StageId;
import dev.rta.domain.pack.Suitability;
import dev.rta.domain.pack.WarningDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks what binding cannot: that every reference points at something that exists (sections,
 * runtimes, answer keys, rules, nodes, rows, decisions, advisories), that ids are unique and that
 * the flowchart is a well-formed tree.
 */
public final class PackValidator {
  private final KnowledgePack pack;
  private final Locations locations;
  private final List<Problem> problems;
  private final Function<String, String> display;
  private final Set<String> candidates;
  private final Set<String> sections = new HashSet<>();
  private final Set<String> decisions = new HashSet<>();
  private final Set<String> ruleIds;

  public PackValidator(KnowledgePack pack, Locations locations, List<Problem> problems, Function<String, String> display) {
    this.pack = pack;
    this.locations = locations;
    this.problems = problems;
    this.display = display;
    this.candidates = new LinkedHashSet<>(pack.candidates());
    pack.manifest().sections().forEach(s -> sections.add(s.id()));
    pack.decisions().forEach(d -> decisions.add(d.id()));
    this.ruleIds = RuleIds.all(pack);
  }

  public void validate() {
    manifest();
    runtimes();
    questions();
    flowchart();
    matrices();
    checklist();
    rules();
    corrections();
    advisories();
    references();
    analysis();
  }

  /** analysis.yaml: runtimes, answer keys and values, signal names and finding ids must all exist. */
  private void analysis() {
    String file = "analysis.yaml";
    AnalysisRules a = pack.analysis();
    for (AnalysisRules.EntryPoint e : a.entryPoints()) {
      anyRuntime(e, "runtime", e.runtime(), file);
      if (!e.kind().equals("attribute") && !e.kind().equals("call") && !e.kind().equals("apply")) {
        problem(e, "kind", file, "pack.v.entryKind", e.kind(), e.path());
      }
    }
    for (AnalysisRules.SourceCall c : a.spawns()) {
      anyRuntime(c, "runtime", c.runtime(), file);
    }
    Map<String, Question> questions = new HashMap<>();
    pack.questions().forEach(q -> questions.put(q.key(), q));
    Set<String> sources = new LinkedHashSet<>(a.signals().keySet());
    sources.add("no_std");
    sources.add("std");
    for (AnalysisRules.InferRule r : a.infer()) {
      Question q = questions.get(r.key());
      if (q == null) {
        problem(r, "key", file, "err.answer.unknownKey", r.key(), Suggestions.didYouMean(r.key(), questions.keySet()));
        continue;
      }
      boolean valid = switch (q.type()) {
        case BOOL -> r.value().equals("true") || r.value().equals("false");
        case ENUM, LIST -> q.choice(r.value()) != null;
        default -> true;
      };
      if (!valid) {
        problem(r, "value", file, Messages.text("err.answer.badValue", "'" + r.value() + "'", q.key(), ""),
            Messages.text("hint.allowed", q.allowed()));
      }
      if (r.source() != null && !sources.contains(r.source())) {
        problem(r, "source", file, "pack.v.unknownSource", r.source(), Suggestions.didYouMean(r.source(), sources));
      }
      if (r.runtime() != null) {
        runtime(r, "runtime", r.runtime(), file);
      }
    }
    unique(a.findings(), o -> ((AnalysisRules.FindingDef) o).id(), "finding", file);
    for (AnalysisRules.FindingDef f : a.findings()) {
    }
    for (AnalysisRules.ChipRule c : a.chips()) {
      if (!c.crate().matches("[A-Za-z0-9_*-]+")) {
        problem(c, "crate", file, "pack.v.chipCrate", c.crate());
      }
      if ((c.feature() == null) == (c.chip() == null)) {
        problem(c, "", file, "pack.v.chipFeatureOrChip", c.crate());
      }
      if (c.feature() != null) {
        try {
          java.util.regex.Pattern.compile(c.feature());
        } catch (java.util.regex.PatternSyntaxException e) {
          problem(c, "feature", file, "pack.v.chipRegex", c.feature(), c.crate(), e.getDescription());
        }
      }
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void problem(Object owner, String field, String fallbackFile, LocalizedText message,
      @Nullable LocalizedText hint) {
    Location at = locations.of(owner, field);
    problems.add(Problem.at(at == null ? Location.file(display.apply(fallbackFile)) : at, message, hint));
  }

  /** A problem whose words come from the message catalogue. */
  private void problem(Object owner, String field, String file, String key, Object... args) {
    problem(owner, field, file, Messages.text(key, args), null);
  }

  private void fileProblem(String file, String key, Object... args) {
    problems.add(Problem.of(Location.file(display.apply(file)), key, args));
  }

  private void unique(Collection<?> owners, Function<Object, String> id, String what, String file) {
    Set<String> seen = new HashSet<>();
    for (Object o : owners) {
      String i = id.apply(o);
      if (!seen.add(i)) {
        problem(o, "id", file, "pack.v.duplicateId", Messages.text("what." + what.replace(' ', '-')), i);
      }
    }
  }

  private void section(Object owner, String id, String file) {
    if (!sections.contains(id)) {
      problem(owner, "source", file, Messages.text("pack.v.unknownSection", id, Suggestions.didYouMean(id, sections)),
          Messages.text("pack.hint.sections"));
    }
  }

  private void decision(Object owner, @Nullable String id, String file) {
    if (id != null && !decisions.contains(id)) {
      problem(owner, "decision", file, Messages.text("pack.v.unknownDecision", id, Suggestions.didYouMean(id, decisions)),
          Messages.text("pack.hint.decisions"));
    }
  }

  private void runtime(Object owner, String field, String id, String file) {
    if (!candidates.contains(id)) {
      problem(owner, field, file, Messages.text("pack.unknownRuntime", id, Suggestions.didYouMean(id, candidates)),
          Messages.text("pack.hint.runtimes", String.join(", ", candidates)));
    }
  }

  /** A candidate runtime, or another runtime a marker crate names (may, glib, futures-executor…). */
  private void anyRuntime(Object owner, String field, String id, String file) {
    boolean other = pack.markers().stream().anyMatch(m -> id.equals(m.other()));
    if (!other) {
      runtime(owner, field, id, file);
    }
  }

  private void rule(Object owner, String field, String id, String file) {
    if (!ruleIds.contains(id)) {
      problem(owner, field, file, "pack.v.unknownRule", id, Suggestions.didYouMean(id, ruleIds));
    }
  }

  // ---- parts ---------------------------------------------------------------------------------

  private void manifest() {
    unique(pack.manifest().sections(), o -> ((Section) o).id(), "section", "pack.yaml");
    unique(pack.manifest().stages(), o -> ((Stage) o).id().id(), "stage", "pack.yaml");
    Set<StageId> stages = new HashSet<>();
    for (Stage s : pack.manifest().stages()) {
      stages.add(s.id());
      if (s.weight() <= 0) {
        problem(s, "weight", "pack.yaml", "pack.v.weight", dev.rta.domain.Numbers.format(s.weight()));
      }
    }
    for (StageId required : StageId.values()) {
      if (!stages.contains(required)) {
        problem(pack.manifest(), "stages", "pack.yaml", Messages.text("pack.v.noPrecedence", required),
            Messages.text("pack.hint.precedence"));
      }
    }
  }

  private void runtimes() {
    unique(pack.runtimes(), o -> ((RuntimeProfile) o).id(), "runtime", "runtimes.yaml");
    if (candidates.isEmpty()) {
      fileProblem("runtimes.yaml", "pack.v.noCandidate");
    }
    for (RuntimeProfile r : pack.runtimes()) {
      if (r.scenarios() != null) {
        List<ScenarioNote> notes = new ArrayList<>(r.scenarios().suitable());
        notes.addAll(r.scenarios().caution());
        notes.addAll(r.scenarios().unsuitable());
        for (ScenarioNote n : notes) {
          if (n.rule() != null) {
            rule(n, "rule", n.rule(), "runtimes.yaml");
          }
        }
      }
      r.links().forEach(this::link);
    }
  }

  private void questions() {
    unique(pack.questions(), o -> ((Question) o).key(), "answer key", "questions.yaml");
    for (Question q : pack.questions()) {
      section(q, q.source(), "questions.yaml");
      boolean choices = q.type() == AnswerType.ENUM || q.type() == AnswerType.LIST;
      if (choices && q.values().isEmpty()) {
        problem(q, "type", "questions.yaml", "pack.v.noValues", q.key(), q.type().id());
      }
      if (!choices && !q.values().isEmpty()) {
        problem(q, "values", "questions.yaml", "pack.v.takesNoValues", q.key(), q.type().id());
      }
      if (q.min() != null && q.type() != AnswerType.INTEGER) {
        problem(q, "min", "questions.yaml", "pack.v.min");
      }
      if (q.above() != null && q.type() != AnswerType.NUMBER) {
        problem(q, "above", "questions.yaml", "pack.v.above");
      }
      Set<String> seen = new HashSet<>();
      q.values().forEach(c -> {
        if (!seen.add(c.id())) {
          problem(c, "id", "questions.yaml", "pack.v.duplicateValue", c.id(), q.key());
        }
      });
    }
  }

  private void flowchart() {
    var flow = pack.flowchart();
    String file = "flowchart.yaml";
    unique(flow.nodes(), o -> ((FlowNode) o).id(), "node", file);
    unique(flow.leaves(), o -> ((FlowLeaf) o).id(), "leaf", file);
    Map<String, Question> questions = new HashMap<>();
    pack.questions().forEach(q -> questions.put(q.key(), q));
    Set<String> targets = new HashSet<>();
    flow.nodes().forEach(n -> targets.add(n.id()));
    flow.leaves().forEach(l -> targets.add(l.id()));
    if (flow.node(flow.start()) == null) {
      problem(flow, "start", file, "pack.v.unknownStart", flow.start());
      return;
    }
    for (FlowNode n : flow.nodes()) {
      Question q = questions.get(n.key());
      if (q == null) {
        problem(n, "key", file, "err.answer.unknownKey", n.key(), Suggestions.didYouMean(n.key(), questions.keySet()));
        continue;
      }
      if (q.type() != AnswerType.BOOL && q.type() != AnswerType.ENUM) {
        problem(n, "key", file, "pack.v.flowKeyType", q.key(), q.type().id());
      }
      Set<String> values = new HashSet<>();
      for (FlowBranch b : n.branches()) {
        boolean valid = q.type() == AnswerType.BOOL
            ? b.value().equals("true") || b.value().equals("false")
            : q.choice(b.value()) != null;
        if (!valid) {
          problem(b, "value", file, Messages.text("err.answer.badValue", "'" + b.value() + "'", q.key(), ""),
              Messages.text("hint.allowed", q.allowed()));
        }
        if (!values.add(b.value())) {
          problem(b, "value", file, "pack.v.twoBranches", b.value(), n.id());
        }
        if (!targets.contains(b.next())) {
          problem(b, "next", file, "pack.v.unknownNext", b.next(), Suggestions.didYouMean(b.next(), targets));
        }
        decision(b, b.decision(), file);
      }
    }
    for (FlowLeaf l : flow.leaves()) {
      decision(l, l.decision(), file);
    }
    // Reachability and cycles: a depth-first walk from start.
    Set<String> reached = new HashSet<>();
    walk(flow.start(), new LinkedHashSet<>(), reached, file);
    for (FlowNode n : flow.nodes()) {
      if (!reached.contains(n.id())) {
        problem(n, "id", file, "pack.v.unreachableNode", n.id(), flow.start());
      }
    }
    for (FlowLeaf l : flow.leaves()) {
      if (!reached.contains(l.id())) {
        problem(l, "id", file, "pack.v.unreachableLeaf", l.id(), flow.start());
      }
    }
  }

  private void walk(String id, LinkedHashSet<String> path, Set<String> reached, String file) {
    FlowNode n = pack.flowchart().node(id);
    reached.add(id);
    if (n == null) {
      return;
    }
    if (!path.add(id)) {
      problem(n, "id", file, "pack.v.cycle", String.join(" → ", path) + " → " + id);
      return;
    }
    for (FlowBranch b : n.branches()) {
      if (path.contains(b.next())) {
        problem(b, "next", file, "pack.v.cycle", String.join(" → ", path) + " → " + b.next());
        continue;
      }
      walk(b.next(), path, reached, file);
    }
    path.remove(id);
  }

  private void matrices() {
    String file = "matrices.yaml";
    unique(pack.scenario(), o -> ((ScenarioRow) o).id(), "scenario row", file);
    unique(pack.performance(), o -> ((PerformanceRow) o).id(), "performance row", file);
    unique(pack.features(), o -> ((MatrixRow) o).id(), "feature row", file);
    unique(pack.ecosystem(), o -> ((MatrixRow) o).id(), "ecosystem row", file);
    pack.scenario().forEach(r -> decision(r, r.decision(), file));
    Set<String> perfIds = new HashSet<>();
    pack.performance().forEach(r -> perfIds.add(r.id()));
    for (PerformanceRow r : pack.performance()) {
      runtime(r, "first", r.first().runtime(), file);
      if (r.fallback() != null) {
        runtime(r, "fallback", r.fallback().runtime(), file);
      }
      for (String o : r.overrides()) {
        if (!perfIds.contains(o) || o.equals(r.id())) {
          problem(r, "overrides", file, "pack.v.unknownOverride", r.id(), o, Suggestions.didYouMean(o, perfIds));
        }
      }
      decision(r, r.decision(), file);
    }
    for (MatrixRow row : pack.features()) {
      cells(row, file);
    }
    for (MatrixRow row : pack.ecosystem()) {
      cells(row, file);
    }
    for (String r : pack.ecosystemMaturity().keySet()) {
      if (!candidates.contains(r)) {
        fileProblem(file, "pack.v.maturityRuntime", r);
      }
    }
  }

  private void cells(MatrixRow row, String file) {
    for (String r : row.cells().keySet()) {
      runtime(row, "cells", r, file);
    }
    for (String r : candidates) {
      if (!row.cells().containsKey(r)) {
        problem(row, "cells", file, "pack.v.noCell", row.id(), r);
      }
    }
    decision(row, row.decision(), file);
  }

  private void checklist() {
    String file = "checklist.yaml";
    unique(pack.checklist(), o -> ((ChecklistSection) o).id(), "checklist section", file);
    List<ChecklistBranch> branches = new ArrayList<>();
    for (ChecklistSection s : pack.checklist()) {
      if (!sections.contains(s.section())) {
        problem(s, "section", file, "pack.v.unknownSection", s.section(), Suggestions.didYouMean(s.section(), sections));
      }
      for (ChecklistItem i : s.items()) {
        branches.addAll(i.branches());
      }
    }
    unique(branches, o -> ((ChecklistBranch) o).id(), "checklist branch", file);
    for (ChecklistBranch b : branches) {
      if ((b.recommend() == null) == !b.continues()) {
        problem(b, "id", file, b.continues() ? "pack.v.branchBoth" : "pack.v.branchNeither", b.id());
      }
      decision(b, b.decision(), file);
      if (b.stage() != null && b.recommend() == null) {
        problem(b, "stage", file, "pack.v.stageWithoutVote", b.id());
      }
    }
  }

  private void rules() {
    String file = "rules.yaml";
    List<String> all = new ArrayList<>();
    pack.flowchart().leaves().forEach(l -> all.add(l.id()));
    pack.scenario().forEach(r -> all.add(r.id()));
    pack.performance().forEach(r -> all.add(r.id()));
    pack.checklist().forEach(s -> s.items().forEach(i -> i.branches().forEach(b -> all.add(b.id()))));
    pack.finalMatrix().forEach(r -> all.add(r.id()));
    unique(pack.finalMatrix(), o -> ((FinalRow) o).id(), "final matrix row", "final-matrix.yaml");
    pack.finalMatrix().forEach(r -> decision(r, r.decision(), "final-matrix.yaml"));
    Set<String> seen = new HashSet<>();
    for (String id : all) {
      if (!seen.add(id)) {
        fileProblem("pack.yaml", "pack.v.ruleTwice", id);
      }
    }
    for (ConstraintDef c : pack.constraints()) {
      constraint(c, file, seen);
    }
    for (WarningDef w : pack.warnings()) {
      warning(w, file, seen);
    }
    for (ScoreDef s : pack.scores()) {
      ruleId(s, s.id(), file, seen);
      section(s, s.source(), file);
      s.add().keySet().forEach(r -> runtime(s, "add", r, file));
    }
    for (DefaultDef d : pack.defaults()) {
      ruleId(d, d.id(), file, seen);
      section(d, d.source(), file);
      decision(d, d.decision(), file);
    }
    if (pack.defaults().isEmpty()) {
      problems.add(Problem.of(Location.file(display.apply(file)), "pack.v.noDefault").withHint("pack.hint.default"));
    }
  }

  private void ruleId(Object owner, String id, String file, Set<String> seen) {
    if (!seen.add(id)) {
      problem(owner, "id", file, "pack.v.ruleTwice", id);
    }
  }

  private void constraint(ConstraintDef c, String file, Set<String> seen) {
    ruleId(c, c.id(), file, seen);
    section(c, c.source(), file);
    c.exclude().forEach(r -> runtime(c, "exclude", r, file));
    if (c.exclude().isEmpty()) {
      problem(c, "exclude", file, "pack.v.excludesNothing", c.id());
    }
    decision(c, c.decision(), file);
  }

  private void warning(WarningDef w, String file, Set<String> seen) {
    ruleId(w, w.id(), file, seen);
    section(w, w.source(), file);
    w.primary().forEach(r -> runtime(w, "primary", r, file));
    if (w.primaryNotIn() != null) {
      Question q = pack.questionSet().find(w.primaryNotIn());
      if (q == null || q.type() != AnswerType.LIST) {
        problem(w, "primaryNotIn", file, "pack.v.primaryNotIn", w.primaryNotIn());
      }
    }
    decision(w, w.decision(), file);
  }

  private void corrections() {
    String file = "corrections.yaml";
    unique(pack.corrections(), o -> ((Correction) o).id(), "correction", file);
    Set<String> rows = new HashSet<>();
    Set<String> advisories = new HashSet<>();
    pack.advisories().forEach(a -> advisories.add(a.id()));
    pack.features().forEach(r -> rows.add("features/" + r.id()));
    pack.ecosystem().forEach(r -> rows.add("ecosystem/" + r.id()));
    Set<String> seen = new HashSet<>(ruleIdsDefinedOutsideCorrections());
    Set<String> edited = new HashSet<>();
    for (Correction c : pack.corrections()) {
      for (Change ch : c.changes()) {
        if (ch instanceof Change.AddRow add) {
          if (!rows.add(add.matrix().id() + "/" + add.row().id())) {
            problem(add.row(), "id", file, "pack.v.rowExists", add.row().id(), add.matrix().id());
          }
          cells(add.row(), file);
        }
      }
    }
    for (Correction c : pack.corrections()) {
      for (Change ch : c.changes()) {
        if (ch instanceof Change.Status st) {
          runtime(st, "runtime", st.runtime(), file);
          if (st.replacement() != null) {
            runtime(st, "replacement", st.replacement(), file);
          }
          if (st.advisory() != null && !advisories.contains(st.advisory())) {
            problem(st, "advisory", file, "pack.v.unknownAdvisory", st.advisory());
          }
        } else if (ch instanceof Change.Substitute sub) {
          sub.rules().forEach(r -> recommendingRule(sub, "rules", r, file));
          runtime(sub, "from", sub.from(), file);
          runtime(sub, "to", sub.to(), file);
        } else if (ch instanceof Change.Recommend rec) {
          recommendingRule(rec, "rule", rec.rule(), file);
        } else if (ch instanceof Change.SetCell cell) {
          if (!rows.contains(cell.matrix().id() + "/" + cell.row())) {
            problem(cell, "row", file, "pack.v.unknownRow", cell.matrix().id(), cell.row());
          }
          runtime(cell, "runtime", cell.runtime(), file);
        } else if (ch instanceof Change.AddRule add) {
          if ((add.constraint() == null) == (add.warning() == null)) {
            problem(add, "constraint", file, "pack.v.addRule");
          }
          if (add.constraint() != null) {
            constraint(add.constraint(), file, seen);
          }
          if (add.warning() != null) {
            warning(add.warning(), file, seen);
          }
        } else if (ch instanceof Change.Note note) {
          rule(note, "rule", note.rule(), file);
          if (note.runtime() != null) {
            runtime(note, "runtime", note.runtime(), file);
          }
        } else if (ch instanceof Change.Profile edit) {
          profileEdit(edit, file, edited);
        }
      }
      for (String a : c.affects()) {
        if (!candidates.contains(a) && pack.runtime(a) == null && !ruleIds.contains(a)) {
          problem(c, "affects", file, "pack.v.affects", a);
        }
      }
    }
  }

  /**
   * A profile change must find what it rewrites: the runtime, the layer, scenario list or metric ({@code at}),
   * and the item by the document's words ({@code seed}); it must say what to do, and no item is rewritten twice.
   */
  private void profileEdit(Change.Profile edit, String file, Set<String> edited) {
    RuntimeProfile r = pack.runtime(edit.runtime());
    if (r == null) {
      runtime(edit, "runtime", edit.runtime(), file);
      return;
    }
    if (edit.text() == null && (edit.seed() == null || edit.part() == ProfilePart.PERFORMANCE)) {
      problem(edit, "text", file, "pack.v.profileNothing");
    }
    if (edit.to() != null && edit.part() != ProfilePart.SCENARIO) {
      problem(edit, "to", file, "pack.v.profileMove");
    }
    List<String> places = switch (edit.part()) {
      case LAYER -> r.architecture() == null ? List.of()
          : r.architecture().layers().stream().map(l -> l.name().zh()).toList();
      case SCENARIO -> r.scenarios() == null ? List.of()
          : java.util.Arrays.stream(Suitability.values()).map(Suitability::id).toList();
      case PERFORMANCE -> r.performance().stream().map(m -> m.metric()).toList();
      case ECOSYSTEM -> List.of();
    };
    boolean added = edit.seed() == null && edit.at() == null;
    boolean placed = switch (edit.part()) {
      case ECOSYSTEM -> edit.at() == null;
      case SCENARIO -> added && edit.to() != null && r.scenarios() != null || edit.at() != null && places.contains(edit.at());
      default -> edit.at() != null && places.contains(edit.at());
    };
    if (!placed) {
      problem(edit, "at", file, "pack.v.profilePlace", String.valueOf(edit.at()), edit.runtime(),
          places.isEmpty() ? "-" : String.join(", ", places));
      return;
    }
    if (edit.seed() != null) {
      if (edit.seedItem(r) == null) {
        problem(edit, "seed", file, "pack.v.profileItem", edit.seed(), edit.runtime(),
            Suggestions.didYouMean(edit.seed(), edit.items(r).stream().map(LocalizedText::zh).toList()));
      } else if (!edited.add(edit.runtime() + "/" + edit.part() + "/" + edit.at() + "/" + edit.seed())) {
        problem(edit, "seed", file, "pack.v.profileTwice", edit.seed(), edit.runtime());
      }
    }
  }

  private Set<String> ruleIdsDefinedOutsideCorrections() {
    Set<String> ids = new HashSet<>();
    pack.constraints().forEach(c -> ids.add(c.id()));
    pack.warnings().forEach(w -> ids.add(w.id()));
    pack.scores().forEach(s -> ids.add(s.id()));
    pack.defaults().forEach(d -> ids.add(d.id()));
    return ids;
  }

  private void recommendingRule(Object owner, String field, String id, String file) {
    boolean recommends = pack.flowchart().leaf(id) != null
        || pack.scenario().stream().anyMatch(r -> r.id().equals(id))
        || pack.performance().stream().anyMatch(r -> r.id().equals(id))
        || pack.finalMatrix().stream().anyMatch(r -> r.id().equals(id))
        || pack.defaults().stream().anyMatch(r -> r.id().equals(id))
        || pack.checklist().stream().flatMap(s -> s.items().stream()).flatMap(i -> i.branches().stream())
            .anyMatch(b -> b.id().equals(id) && b.recommend() != null);
    if (!recommends) {
      problem(owner, field, file, "pack.v.notRecommending", id, Suggestions.didYouMean(id, ruleIds));
    }
  }

  private void advisories() {
    String file = "advisories.yaml";
    unique(pack.advisories(), o -> ((Advisory) o).id(), "advisory", file);
    for (Advisory a : pack.advisories()) {
      runtime(a, "runtime", a.runtime(), file);
      if (a.alternative() != null) {
        runtime(a, "alternative", a.alternative(), file);
      }
    }
    unique(pack.decisions(), o -> ((dev.rta.domain.pack.DecisionNote) o).id(), "decision", "decisions.yaml");
    unique(pack.markers(), o -> ((dev.rta.domain.pack.Marker) o).crate(), "marker crate", "markers.yaml");
    for (dev.rta.domain.pack.Marker m : pack.markers()) {
      if (m.runtime() == null && m.other() == null) {
        problem(m, "runtime", "markers.yaml", "pack.v.markerRuntime", m.crate());
      }
      if (m.runtime() != null) {
        runtime(m, "runtime", m.runtime(), "markers.yaml");
      }
    }
    unique(pack.libraryFeatures(), o -> ((dev.rta.domain.pack.LibraryFeatures) o).crate(), "library", "markers.yaml");
    for (dev.rta.domain.pack.LibraryFeatures lf : pack.libraryFeatures()) {
      lf.features().values().forEach(r -> anyRuntime(lf, "features", r, "markers.yaml"));
    }
  }

  private void references() {
    for (ReferenceGroup g : pack.references()) {
      g.links().forEach(this::link);
    }
  }

  private void link(Link l) {
    if (l.correction() != null && pack.correction(l.correction()) == null) {
      problem(l, "correction", "references.yaml", "pack.v.unknownCorrection", l.correction());
    }
  }
}
