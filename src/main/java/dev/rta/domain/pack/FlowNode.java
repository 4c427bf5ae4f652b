package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question of the flowchart; it reads one answer key. */
public record FlowNode(String id, String key, LocalizedText text, List<FlowBranch> branches) {
  public FlowNode {
    branches = List.copyOf(branches);
  }

  public @Nullable FlowBranch branch(String value) {
    return branches.stream().filter(b -> b.value().equals(value)).findFirst().orElse(null);
  }
}
