package dev.rta.app;

import dev.rta.domain.Answers;
import dev.rta.domain.Question;
import dev.rta.domain.Tri;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which questions to ask, in which order: the flowchart's questions first (in the order a walk meets
 * them), then the rest in the pack's order; a question whose {@code askIf} is false for the answers so
 * far is not asked (embedded hardware is not asked about gRPC).
 */
public final class Questionnaire {
  private final KnowledgePack pack;
  private final List<Question> order;

  public Questionnaire(KnowledgePack pack) {
    this.pack = pack;
    Set<String> keys = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(pack.flowchart().start()));
    Set<String> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      FlowNode n = pack.flowchart().node(queue.removeFirst());
      if (n == null || !seen.add(n.id())) {
        continue;
      }
      keys.add(n.key());
      for (FlowBranch b : n.branches()) {
        queue.addLast(b.next());
      }
    }
    pack.questions().forEach(q -> keys.add(q.key()));
    List<Question> ordered = new ArrayList<>();
    for (String k : keys) {
      ordered.add(pack.questionSet().find(k));
    }
    this.order = List.copyOf(ordered);
  }

  /** Every question, in the order the questionnaire asks them. */
  public List<Question> order() {
    return order;
  }

  /** Whether the question is worth asking given the answers so far (its askIf is not false). */
  public boolean relevant(Question q, Answers answers) {
    return q.askIf() == null || q.askIf().eval(answers) != Tri.FALSE;
  }

  /** The answers without those that became irrelevant (after going back and changing one). */
  public Answers withoutIrrelevant(Answers answers, Set<String> keep) {
    Answers out = answers;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Question q : order) {
        if (out.known(q.key()) && !keep.contains(q.key()) && !relevant(q, out)) {
          out = out.without(q.key());
          changed = true;
        }
      }
    }
    return out;
  }

  public KnowledgePack pack() {
    return pack;
  }
}
