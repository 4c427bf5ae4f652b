package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated, sourced correction of the document.
 *
 * @param id correction id, e.g. {@code async-std-discontinued}
 * @param facts where the research notes state it
 * @param source the primary source (repository path, advisory)
 * @param url a link to the source
 * @param asOf the date of the source
 * @param seed what the document says
 * @param current what holds now
 * @param changes what it changes in the decision (empty: text only)
 * @param affects runtimes, rules and rows it concerns, for {@code rta explain}
 */
public record Correction(
    String id,
    String facts,
    String source,
    String url,
    LocalDate asOf,
    LocalizedText seed,
    LocalizedText current,
    List<Change> changes,
    List<String> affects) {
  public Correction {
    changes = List.copyOf(changes);
    affects = List.copyOf(affects);
  }
}
