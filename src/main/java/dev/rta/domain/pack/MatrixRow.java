package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A row of the feature matrix or the ecosystem-compatibility matrix.
 *
 * @param id row id, e.g. {@code file-io} or {@code tonic}
 * @param label the feature or library
 * @param requiredWhen when the answers require it
 * @param cells one cell per candidate runtime
 * @param decision the rta decision the row's requirement rests on, or null
 */
public record MatrixRow(
    String id, LocalizedText label, Condition requiredWhen, Map<String, Cell> cells, @Nullable String decision) {
  public MatrixRow {
    cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  public MatrixRow withCell(String runtime, Cell cell) {
    Map<String, Cell> copy = new LinkedHashMap<>(cells);
    copy.put(runtime, cell);
    return new MatrixRow(id, label, requiredWhen, copy, decision);
  }
}
