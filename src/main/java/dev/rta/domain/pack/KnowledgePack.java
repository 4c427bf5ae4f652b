package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the knowledge pack holds, validated; indexed once when built (the last component, {@code lookup}, is
 * always computed from the others).
 */
public record KnowledgePack(
    PackManifest manifest,
    List<RuntimeProfile> runtimes,
    List<Question> questions,
    Flowchart flowchart,
    List<ScenarioRow> scenario,
    List<PerformanceRow> performance,
    List<MatrixRow> features,
    List<MatrixRow> ecosystem,
    Map<String, LocalizedText> ecosystemMaturity,
    List<ChecklistSection> checklist,
    List<FinalRow> finalMatrix,
    List<ConstraintDef> constraints,
    List<WarningDef> warnings,
    List<ScoreDef> scores,
    List<DefaultDef> defaults,
    List<Correction> corrections,
    List<Advisory> advisories,
    List<Marker> markers,
    List<LibraryFeatures> libraryFeatures,
    AnalysisRules analysis,
    List<DecisionNote> decisions,
    List<ReferenceGroup> references,
    List<HistoryEntry> history,
    CodeKnowledge code,
    Lookup lookup) {

  /** The pack's parts by id, built once. */
  public static final class Lookup {
    private final QuestionSet questionSet;
    private final List<String> candidates;
    private final Map<String, RuntimeProfile> runtimes = new java.util.HashMap<>();
    private final Map<String, Section> sections = new java.util.HashMap<>();
    private final Map<StageId, Stage> stages = new java.util.HashMap<>();
    private final Map<String, Correction> corrections = new java.util.HashMap<>();
    private final Map<String, DecisionNote> decisions = new java.util.HashMap<>();
    private final Map<String, Advisory> advisories = new java.util.HashMap<>();

    private Lookup(PackManifest manifest, List<RuntimeProfile> runtimes, List<Question> questions,
        List<Correction> corrections, List<DecisionNote> decisions, List<Advisory> advisories) {
      questionSet = new QuestionSet(questions);
      candidates = runtimes.stream().filter(RuntimeProfile::candidate).map(RuntimeProfile::id).toList();
      runtimes.forEach(r -> this.runtimes.putIfAbsent(r.id(), r));
      manifest.sections().forEach(s -> sections.putIfAbsent(s.id(), s));
      manifest.stages().forEach(s -> stages.putIfAbsent(s.id(), s));
      corrections.forEach(c -> this.corrections.putIfAbsent(c.id(), c));
      decisions.forEach(d -> this.decisions.putIfAbsent(d.id(), d));
      advisories.forEach(a -> this.advisories.putIfAbsent(a.id(), a));
    }
  }

  public KnowledgePack(
      PackManifest manifest, List<RuntimeProfile> runtimes, List<Question> questions, Flowchart flowchart,
      List<ScenarioRow> scenario, List<PerformanceRow> performance, List<MatrixRow> features, List<MatrixRow> ecosystem,
      Map<String, LocalizedText> ecosystemMaturity, List<ChecklistSection> checklist, List<FinalRow> finalMatrix,
      List<ConstraintDef> constraints, List<WarningDef> warnings, List<ScoreDef> scores, List<DefaultDef> defaults,
      List<Correction> corrections, List<Advisory> advisories, List<Marker> markers,
      List<LibraryFeatures> libraryFeatures, AnalysisRules analysis, List<DecisionNote> decisions,
      List<ReferenceGroup> references, List<HistoryEntry> history, CodeKnowledge code) {
    this(manifest, runtimes, questions, flowchart, scenario, performance, features, ecosystem, ecosystemMaturity,
        checklist, finalMatrix, constraints, warnings, scores, defaults, corrections, advisories, markers,
        libraryFeatures, analysis, decisions, references, history, code, null);
  }

  public KnowledgePack {
    runtimes = List.copyOf(runtimes);
    questions = List.copyOf(questions);
    scenario = List.copyOf(scenario);
    performance = List.copyOf(performance);
    features = List.copyOf(features);
    ecosystem = List.copyOf(ecosystem);
    ecosystemMaturity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ecosystemMaturity));
    checklist = List.copyOf(checklist);
    finalMatrix = List.copyOf(finalMatrix);
    constraints = List.copyOf(constraints);
    warnings = List.copyOf(warnings);
    scores = List.copyOf(scores);
    defaults = List.copyOf(defaults);
    corrections = List.copyOf(corrections);
    advisories = List.copyOf(advisories);
    markers = List.copyOf(markers);
    libraryFeatures = List.copyOf(libraryFeatures);
    decisions = List.copyOf(decisions);
    references = List.copyOf(references);
    history = List.copyOf(history);
    lookup = new Lookup(manifest, runtimes, questions, corrections, decisions, advisories);
  }

  public String version() {
    return manifest.version();
  }

  public QuestionSet questionSet() {
    return lookup.questionSet;
  }

  /** The runtimes one can pick, in the document's order. */
  public List<String> candidates() {
    return lookup.candidates;
  }

  public @Nullable RuntimeProfile runtime(String id) {
    return lookup.runtimes.get(id);
  }

  public @Nullable Section section(String id) {
    return lookup.sections.get(id);
  }

  public @Nullable Stage stage(StageId id) {
    return lookup.stages.get(id);
  }

  public @Nullable Correction correction(String id) {
    return lookup.corrections.get(id);
  }

  public @Nullable DecisionNote decision(String id) {
    return lookup.decisions.get(id);
  }

  public @Nullable Advisory advisory(String id) {
    return lookup.advisories.get(id);
  }

  public String runtimeName(String id) {
    RuntimeProfile r = runtime(id);
    return r == null ? id : r.name();
  }
}
