package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Cargo dependency that a code block needs.
 *
 * @param crate the crate's name on crates.io
 * @param version the requirement to write; null where the document names none (seed layer only)
 * @param latest the newest release the research found (facts.md §6), for information
 * @param features the Cargo features the code uses
 */
public record Dependency(String crate, @Nullable String version, @Nullable String latest, List<String> features) {
  public Dependency {
    requireNonNull(crate, "crate");
    features = List.copyOf(features);
  }
}
