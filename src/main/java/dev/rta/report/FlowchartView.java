package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.Flowchart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The flowchart as every drawing of it reads it: its nodes, leaves and branches with their texts in one
 * language, and which of them the path some answers take passes.
 */
final class FlowchartView {
  /** A branch of a question, drawn as an edge from the question to its next node or leaf. */
  record Edge(FlowNode from, FlowBranch branch, boolean taken) {}

  private final Flowchart flow;
  private final Map<String, LocalizedText> leafLabels;
  private final Lang lang;
  private final @Nullable FlowPath path;
  /** Branches on the path, as "node=value". */
  private final Set<String> taken = new HashSet<>();
  private final Set<String> onPath = new HashSet<>();

  /**
   * @param leafLabels what each leaf recommends under the chosen baseline
   * @param path the path some answers take, or null
   */
  FlowchartView(Flowchart flow, Map<String, LocalizedText> leafLabels, Lang lang, @Nullable FlowPath path) {
    this.flow = flow;
    this.leafLabels = leafLabels;
    this.lang = lang;
    this.path = path;
    if (path != null) {
      for (FlowStep s : path.steps()) {
        onPath.add(s.node());
        if (s.value() != null) {
          taken.add(s.node() + "=" + s.value());
        }
      }
      if (path.leaf() != null) {
        onPath.add(path.leaf());
      }
    }
  }

  Flowchart flow() {
    return flow;
  }

  Lang lang() {
    return lang;
  }

  /** The path some answers take, or null. */
  @Nullable FlowPath path() {
    return path;
  }

  /** Whether answers were given: a path is drawn. */
  boolean hasPath() {
    return !onPath.isEmpty();
  }

  /** Whether the path passes the node or leaf. */
  boolean onPath(String id) {
    return onPath.contains(id);
  }

  /** The ids of the nodes and leaves on the path, in no particular order. */
  Set<String> pathIds() {
    return Set.copyOf(onPath);
  }

  /** Whether the path takes the branch of the node. */
  boolean taken(FlowNode node, FlowBranch branch) {
    return taken.contains(node.id() + "=" + branch.value());
  }

  /** Every branch of every question, in declaration order. */
  List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    for (FlowNode n : flow.nodes()) {
      for (FlowBranch b : n.branches()) {
        edges.add(new Edge(n, b, taken(n, b)));
      }
    }
    return edges;
  }

  String t(LocalizedText text) {
    return text.in(lang);
  }

  /** What a leaf recommends, or its id when the baseline gives no label. */
  String leaf(String id) {
    LocalizedText l = leafLabels.get(id);
    return l == null ? id : t(l);
  }

  /** " (rta decision D1)": the branch is rta's where the document draws none. */
  String decided(FlowBranch b) {
    return Messages.get(lang, "tree.decided", b.decision());
  }

  /** A branch's label with the rta decision it rests on. */
  String edgeLabel(FlowBranch b) {
    return t(b.label()) + (b.decision() == null ? "" : decided(b));
  }
}
