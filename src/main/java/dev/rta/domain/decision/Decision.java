package dev.rta.domain.decision;

import dev.rta.domain.Answers;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@code rta recommend}: deterministic for the same answers, pack and baseline.
 *
 * @param baseline the layers that decided
 * @param packVersion the knowledge pack's version
 * @param answers the answers the decision used
 * @param chosen the recommended runtime with its support, or null on a conflict
 * @param alternatives the other eligible runtimes, best first
 * @param conflict why nothing fits, or null
 * @param rejected runtimes ruled out, with reasons
 * @param warnings cautions for the recommendation
 * @param advisories advisories that bear on it
 * @param flowchart the path through the flowchart
 * @param trace every rule that fired
 * @param unknown unknown answers that could change the result
 * @param changedBy under {@code current}: corrections that changed the document's answer
 * @param seedPrimary what the document alone recommends (null on conflict)
 * @param decisiveRules the votes that chose the primary
 * @param scores each eligible runtime's raw score
 * @param assessments pros and cons of every candidate runtime
 */
public record Decision(
    Baseline baseline,
    String packVersion,
    Answers answers,
    @Nullable RankedRuntime chosen,
    List<RankedRuntime> alternatives,
    @Nullable Conflict conflict,
    List<Rejection> rejected,
    List<Notice> warnings,
    List<AdvisoryNotice> advisories,
    FlowPath flowchart,
    List<TraceEntry> trace,
    List<UnknownAnswer> unknown,
    List<CorrectionEffect> changedBy,
    @Nullable String seedPrimary,
    List<String> decisiveRules,
    Map<String, Double> scores,
    List<Assessment> assessments) {
  public Decision {
    alternatives = List.copyOf(alternatives);
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    advisories = List.copyOf(advisories);
    trace = List.copyOf(trace);
    unknown = List.copyOf(unknown);
    changedBy = List.copyOf(changedBy);
    decisiveRules = List.copyOf(decisiveRules);
    scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    assessments = List.copyOf(assessments);
  }

  /** Whether it is the document's answer alone (baseline seed): the corrections layer, advisories included, is left out. */
  public boolean documentOnly() {
    return baseline == Baseline.SEED;
  }

  /** The recommended runtime's id, or null on a conflict. */
  public @Nullable String primary() {
    return chosen == null ? null : chosen.runtime();
  }
}
