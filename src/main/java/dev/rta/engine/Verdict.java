package dev.rta.engine;

import dev.rta.domain.AnswerSource;
import dev.rta.domain.decision.Outcome;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one evaluation of a rule book against answers found (decision D2), immutable. Built by {@link Evaluation};
 * read by the parts of the engine that rank, explain and trace it.
 *
 * @param excludedBy the constraints that ruled each runtime out
 * @param firedConstraints every constraint that held, in rule-book order
 * @param eligible the candidates no constraint ruled out, in the document's order
 * @param votes every vote that fired, in precedence order, with what it did
 * @param firedScores the score rules that held
 * @param scores each runtime's score (votes by stage weight, then score rules)
 * @param candidates what the stages left
 * @param order every eligible runtime in tie-break order: as the deciding parts list them, then the document's
 * @param path the walk through the flowchart
 * @param leaf the flowchart leaf reached (or every leaf below an unknown answer leads to), or null
 * @param stoppedAt the answer key the walk needed and did not have, or null
 * @param flowGap the node whose answer had no branch, or null
 * @param disagreements same-stage rules that fired together and disagree
 * @param primary the recommended runtime, or null on a conflict
 */
record Verdict(
    RuleBook book,
    AnswerSource answers,
    Map<String, List<Rule.Exclude>> excludedBy,
    List<Rule.Exclude> firedConstraints,
    List<String> eligible,
    List<VoteResult> votes,
    List<Rule.Score> firedScores,
    Map<String, Double> scores,
    Set<String> candidates,
    List<String> order,
    List<Step> path,
    @Nullable String leaf,
    @Nullable String stoppedAt,
    @Nullable String flowGap,
    List<String> disagreements,
    @Nullable String primary) {

  /** A vote that fired and what it did. */
  record VoteResult(Rule.Vote vote, Outcome outcome, List<String> pick, boolean fallback,
      Set<String> candidatesBefore) {
    VoteResult {
      pick = List.copyOf(pick);
      candidatesBefore = Set.copyOf(candidatesBefore);
    }

    /** Whether it chose among the candidates (decided or narrowed them). */
    boolean narrowed() {
      return outcome == Outcome.DECIDED || outcome == Outcome.NARROWED;
    }

    /** Whether it counted (not shadowed by an earlier rule of its stage nor overridden). */
    boolean counted() {
      return outcome != Outcome.SHADOWED && outcome != Outcome.OVERRIDDEN;
    }
  }

  /** One step of the walk through the flowchart. */
  record Step(FlowNode node, @Nullable String value, @Nullable FlowBranch branch) {}

  Verdict {
    excludedBy = Map.copyOf(excludedBy);
    firedConstraints = List.copyOf(firedConstraints);
    eligible = List.copyOf(eligible);
    votes = List.copyOf(votes);
    firedScores = List.copyOf(firedScores);
    scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    candidates = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(candidates));
    order = List.copyOf(order);
    path = List.copyOf(path);
    disagreements = List.copyOf(disagreements);
  }

  boolean conflict() {
    return eligible.isEmpty();
  }

  double score(String runtime) {
    return scores.getOrDefault(runtime, 0.0);
  }

  /** A runtime's display name. */
  String name(String runtime) {
    return book.pack.runtimeName(runtime);
  }

  /** Runtimes' display names, "Tokio / smol". */
  String names(List<String> runtimes) {
    return String.join(" / ", runtimes.stream().map(this::name).toList());
  }
}
