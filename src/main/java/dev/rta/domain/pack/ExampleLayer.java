package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A code example as one baseline has it.
 *
 * @param blocks the code
 * @param changes what changed from the document (empty in the seed layer)
 * @param note what else holds today (a runtime's status), shown with the current layer
 */
public record ExampleLayer(List<CodeBlock> blocks, List<CodeChange> changes, @Nullable LocalizedText note) {
  public ExampleLayer {
    blocks = List.copyOf(blocks);
    changes = List.copyOf(changes);
  }
}
