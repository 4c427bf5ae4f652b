package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A step of a migration guide.
 *
 * @param id unique within its layer, e.g. {@code entry}
 * @param heading the document's headings above its code block; empty for rta's own steps
 * @param title what the step changes
 * @param prose what to watch
 * @param blocks the code: one block as the document has it, or a before and an after block
 */
public record MigrationStep(
    String id, List<String> heading, LocalizedText title, @Nullable LocalizedText prose, List<CodeBlock> blocks) {
  public MigrationStep {
    requireNonNull(id, "id");
    heading = List.copyOf(heading);
    blocks = List.copyOf(blocks);
  }
}
