package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A migration guide from one runtime (or {@code std}) to another.
 *
 * @param id {@code from-to}, e.g. {@code async-std-tokio}
 * @param from the runtime migrated from, or {@code std}
 * @param to the runtime migrated to
 * @param source the document section, when the document has the guide
 * @param heading the document's headings of the guide
 * @param facts where the research notes state it, for guides the document does not have
 * @param title what it is
 * @param prose what it covers
 * @param seed the guide as the document has it; null when the document has none
 * @param current the guide against today's APIs
 */
public record MigrationGuide(
    String id,
    String from,
    String to,
    @Nullable String source,
    List<String> heading,
    @Nullable String facts,
    LocalizedText title,
    LocalizedText prose,
    @Nullable MigrationLayer seed,
    MigrationLayer current) {
  public MigrationGuide {
    requireNonNull(id, "id");
    heading = List.copyOf(heading);
  }

  /** The layer of a baseline; null under the seed baseline when the document has no such guide. */
  public @Nullable MigrationLayer layer(boolean seedBaseline) {
    return seedBaseline ? seed : current;
  }
}
