package dev.rta.engine;

import dev.rta.domain.pack.StageId;

import dev.rta.domain.AnswerSource;
import dev.rta.domain.AnswerType;
import dev.rta.domain.Question;
import dev.rta.domain.decision.Outcome;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.HitPolicy;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.Stage;
import dev.rta.engine.Verdict.Step;
import dev.rta.engine.Verdict.VoteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a rule book against answers (decision D2): constraints rule runtimes out, then each stage, by
 * precedence, narrows the candidates that are left; scores and the deciding parts' own order break ties. The same
 * code runs for a user's answers and, in the knowledge-pack checker, for whole regions of the answer space. The
 * state here lives for one evaluation; what it found is the immutable {@link Verdict}.
 */
final class Evaluation {
  private final RuleBook book;
  private final AnswerSource answers;

  private final Map<String, List<Rule.Exclude>> excludedBy = new LinkedHashMap<>();
  private final List<Rule.Exclude> firedConstraints = new ArrayList<>();
  private final List<String> eligible = new ArrayList<>();
  private final List<VoteResult> votes = new ArrayList<>();
  private final List<Rule.Score> firedScores = new ArrayList<>();
  private final Map<String, Double> scores = new LinkedHashMap<>();
  private final List<Step> path = new ArrayList<>();
  private final List<String> disagreements = new ArrayList<>();
  private Set<String> candidates = new LinkedHashSet<>();
  private final List<String> order = new ArrayList<>();
  /** Points the runtime overview gave when another part had decided: shown, but not used to break ties. */
  private final Map<String, Double> overviewOnly = new HashMap<>();
  private @Nullable String leaf;
  private @Nullable String stoppedAt;
  private @Nullable String flowGap;
  private @Nullable String primary;

  private Evaluation(RuleBook book, AnswerSource answers) {
    this.book = book;
    this.answers = answers;
  }

  static Verdict run(RuleBook book, AnswerSource answers) {
    Evaluation e = new Evaluation(book, answers);
    e.evaluate();
    return e.verdict();
  }

  /** Only the walk through the flowchart (for the pack checker). */
  static Verdict walk(RuleBook book, AnswerSource answers) {
    Evaluation e = new Evaluation(book, answers);
    e.walkFlowchart();
    return e.verdict();
  }

  private Verdict verdict() {
    return new Verdict(book, answers, excludedBy, firedConstraints, eligible, votes, firedScores, scores, candidates,
        order, path, leaf, stoppedAt, flowGap, disagreements, primary);
  }

  private void evaluate() {
    for (Rule.Exclude c : book.constraints) {
      if (c.when().eval(answers).isTrue()) {
        firedConstraints.add(c);
        for (String r : c.runtimes()) {
          excludedBy.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
        }
      }
    }
    for (String r : book.candidates) {
      if (!excludedBy.containsKey(r)) {
        eligible.add(r);
      }
    }
    walkFlowchart();
    if (eligible.isEmpty()) {
      return;
    }
    candidates = new LinkedHashSet<>(eligible);
    for (Stage stage : book.stages) {
      stage(stage);
    }
    for (Rule.Score s : book.scores) {
      if (s.when().eval(answers).isTrue()) {
        firedScores.add(s);
        s.add().forEach((r, points) -> scores.merge(r, points, Double::sum));
      }
    }
    for (VoteResult v : votes) {
      if (v.outcome() == Outcome.DECIDED || v.outcome() == Outcome.NARROWED || v.outcome() == Outcome.AGREED) {
        for (List<String> group : v.vote().preference().groups()) {
          group.stream().filter(eligible::contains).filter(r -> !order.contains(r)).forEach(order::add);
        }
      }
    }
    eligible.stream().filter(r -> !order.contains(r)).forEach(order::add);
    double best = Double.NEGATIVE_INFINITY;
    List<String> byOrder = new ArrayList<>(candidates);
    byOrder.sort(java.util.Comparator.comparingInt(order::indexOf));
    for (String r : byOrder) {
      double s = scores.getOrDefault(r, 0.0) - overviewOnly.getOrDefault(r, 0.0);
      if (s > best) {
        best = s;
        primary = r;
      }
    }
  }

  private void walkFlowchart() {
    FlowNode node = book.node(book.pack.flowchart().start());
    while (node != null) {
      String key = node.key();
      if (!answers.known(key)) {
        stoppedAt = key;
        path.add(new Step(node, null, null));
        leaf = convergedLeaf(node);
        return;
      }
      Question q = book.question(key);
      String value = q != null && q.type() == AnswerType.BOOL ? Boolean.toString(answers.bool(key)) : answers.text(key);
      FlowBranch branch = node.branch(value);
      path.add(new Step(node, value, branch));
      if (branch == null) {
        flowGap = node.id();
        return;
      }
      if (book.flowLeaves.containsKey(branch.next())) {
        leaf = branch.next();
        return;
      }
      node = book.node(branch.next());
    }
  }

  /**
   * The leaf every answer from here leads to, when all the leaves below an unknown answer recommend the same
   * (under the current baseline both answers to "needs std compatibility?" lead to smol): an answer that cannot
   * change the result is not missing. Null when the leaves differ.
   */
  private @Nullable String convergedLeaf(FlowNode from) {
    Set<String> leaves = new LinkedHashSet<>();
    collectLeaves(from, leaves, new HashSet<>());
    dev.rta.domain.pack.Preference common = null;
    for (String id : leaves) {
      Rule.Vote v = book.flowLeaves.get(id);
      if (common != null && !common.equals(v.preference())) {
        return null;
      }
      common = v.preference();
    }
    if (common == null) {
      return null;
    }
    // Name the leaf that says so in the document's own words, if there is one.
    for (String id : leaves) {
      if (book.flowLeaves.get(id).seedPreference().equals(common)) {
        return id;
      }
    }
    return leaves.iterator().next();
  }

  private void collectLeaves(FlowNode node, Set<String> leaves, Set<String> seen) {
    if (!seen.add(node.id())) {
      return;
    }
    for (FlowBranch b : node.branches()) {
      if (book.flowLeaves.containsKey(b.next())) {
        leaves.add(b.next());
      } else {
        FlowNode next = book.node(b.next());
        if (next != null) {
          collectLeaves(next, leaves, seen);
        }
      }
    }
  }

  private void stage(Stage stage) {
    List<Rule.Vote> fired = new ArrayList<>();
    if (stage.id().equals(StageId.FLOWCHART)) {
      if (leaf != null) {
        fired.add(book.flowLeaves.get(leaf));
      }
    } else {
      for (Rule.Vote v : book.votesByStage.getOrDefault(stage.id(), List.of())) {
        if (v.when().eval(answers).isTrue()) {
          fired.add(v);
        }
      }
    }
    if (fired.isEmpty()) {
      return;
    }
    HitPolicy policy = stage.hitPolicy();
    if (policy == HitPolicy.FIRST || policy == HitPolicy.PRIORITY) {
      boolean hit = false;
      for (Rule.Vote v : fired) {
        if (hit) {
          votes.add(new VoteResult(v, Outcome.SHADOWED, List.of(), false, Set.copyOf(candidates)));
          continue;
        }
        VoteResult r = apply(v);
        votes.add(r);
        hit = r.outcome() != Outcome.BLOCKED;
      }
      return;
    }
    Set<String> overridden = new HashSet<>();
    if (policy == HitPolicy.ANY) {
      for (Rule.Vote v : fired) {
        for (Rule.Vote w : fired) {
          if (v.overrides().contains(w.id())) {
            overridden.add(w.id());
          }
        }
      }
    }
    for (int i = 0; i < fired.size(); i++) {
      for (int j = i + 1; j < fired.size(); j++) {
        Rule.Vote a = fired.get(i);
        Rule.Vote b = fired.get(j);
        if (overridden.contains(a.id()) || overridden.contains(b.id())) {
          continue;
        }
        boolean disagree = policy == HitPolicy.UNIQUE
            ? !new HashSet<>(a.preference().firstGroup()).equals(new HashSet<>(b.preference().firstGroup()))
            : a.preference().firstGroup().stream().noneMatch(b.preference().firstGroup()::contains);
        if (disagree) {
          disagreements.add(stage.id() + ": " + a.id() + " (" + a.preference().describe() + ") and " + b.id() + " ("
              + b.preference().describe() + ") fire together and disagree");
        }
      }
    }
    for (Rule.Vote v : fired) {
      if (overridden.contains(v.id())) {
        votes.add(new VoteResult(v, Outcome.OVERRIDDEN, List.of(), false, Set.copyOf(candidates)));
      } else {
        votes.add(apply(v));
      }
    }
  }

  private VoteResult apply(Rule.Vote v) {
    Set<String> before = Set.copyOf(candidates);
    boolean settledAbove = votes.stream().anyMatch(r -> r.outcome() == Outcome.DECIDED
        || r.outcome() == Outcome.NARROWED || r.outcome() == Outcome.AGREED);
    if (v.stage().equals(StageId.DEFAULT) && settledAbove) {
      // The default decides only when no part of the document did (decision D11): it never narrows the
      // equals another part left, and its score ranks the alternatives but does not break their tie (the
      // deciding part's own order does, decision D3).
      addScores(v, scores);
      addScores(v, overviewOnly);
      boolean names = v.preference().runtimes().stream().anyMatch(candidates::contains);
      return new VoteResult(v, names ? Outcome.AGREED : Outcome.OVERRULED, List.copyOf(candidates), false, before);
    }
    List<List<String>> groups = v.preference().groups();
    for (int i = 0; i < groups.size(); i++) {
      List<String> inter = new ArrayList<>();
      for (String r : candidates) {
        if (groups.get(i).contains(r)) {
          inter.add(r);
        }
      }
      if (inter.isEmpty()) {
        continue;
      }
      Outcome outcome;
      if (inter.size() == candidates.size()) {
        outcome = Outcome.AGREED;
      } else {
        candidates = new LinkedHashSet<>(inter);
        outcome = candidates.size() == 1 ? Outcome.DECIDED : Outcome.NARROWED;
      }
      addScores(v);
      return new VoteResult(v, outcome, inter, i > 0, before);
    }
    addScores(v);
    boolean allExcluded = v.preference().runtimes().stream().noneMatch(eligible::contains);
    return new VoteResult(v, allExcluded ? Outcome.BLOCKED : Outcome.OVERRULED, List.of(), false, before);
  }

  private void addScores(Rule.Vote v) {
    addScores(v, scores);
  }

  private void addScores(Rule.Vote v, Map<String, Double> into) {
    Stage stage = book.stage(v.stage());
    double weight = stage == null ? 1 : stage.weight();
    List<List<String>> groups = v.preference().groups();
    for (int i = 0; i < groups.size(); i++) {
      double points = weight / (1 << i);
      for (String r : groups.get(i)) {
        into.merge(r, points, Double::sum);
      }
    }
  }
}
