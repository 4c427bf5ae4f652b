package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the knowledge pack holds, validated. */
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
    CodeKnowledge code) {

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
  }

  public String version() {
    return manifest.version();
  }

  public QuestionSet questionSet() {
    return new QuestionSet(questions);
  }

  /** The runtimes one can pick, in the document's order. */
  public List<String> candidates() {
    return runtimes.stream().filter(RuntimeProfile::candidate).map(RuntimeProfile::id).toList();
  }

  public @Nullable RuntimeProfile runtime(String id) {
    return runtimes.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }

  public @Nullable Section section(String id) {
    return manifest.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  public @Nullable Stage stage(String id) {
    return manifest.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  public @Nullable Correction correction(String id) {
    return corrections.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  public @Nullable DecisionNote decision(String id) {
    return decisions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
  }

  public @Nullable Advisory advisory(String id) {
    return advisories.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  public String runtimeName(String id) {
    RuntimeProfile r = runtime(id);
    return r == null ? id : r.name();
  }
}
