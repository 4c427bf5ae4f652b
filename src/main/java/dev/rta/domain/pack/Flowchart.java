package dev.rta.domain.pack;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The quick decision flowchart (快速决策流程图). */
public record Flowchart(String start, List<FlowNode> nodes, List<FlowLeaf> leaves) {
  public Flowchart {
    nodes = List.copyOf(nodes);
    leaves = List.copyOf(leaves);
  }

  public @Nullable FlowNode node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
  }

  public @Nullable FlowLeaf leaf(String id) {
    return leaves.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
  }
}
