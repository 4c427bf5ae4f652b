package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a migration's API mapping table.
 *
 * @param from the old path ({@code Type::method} for methods, {@code crate/feature} for features)
 * @param to the new path, or null where nothing corresponds
 * @param kind what a rewrite involves
 * @param needs the Cargo features the new path needs, as {@code crate/feature}
 * @param facts where the research notes state it
 * @param note the trap, if any
 */
public record ApiMapping(
    String from, @Nullable String to, MappingKind kind, List<String> needs, @Nullable String facts,
    @Nullable LocalizedText note) {
  public ApiMapping {
    requireNonNull(from, "from");
    requireNonNull(kind, "kind");
    needs = List.copyOf(needs);
  }
}
