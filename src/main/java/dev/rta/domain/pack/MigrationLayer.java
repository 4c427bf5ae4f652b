package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A migration guide as one baseline has it.
 *
 * @param steps the steps, in order
 * @param mappings the API mapping table
 * @param changes what changed from the document (empty in the seed layer)
 * @param note what else holds today
 */
public record MigrationLayer(
    List<MigrationStep> steps, List<ApiMapping> mappings, List<CodeChange> changes, @Nullable LocalizedText note) {
  public MigrationLayer {
    steps = List.copyOf(steps);
    mappings = List.copyOf(mappings);
    changes = List.copyOf(changes);
  }
}
