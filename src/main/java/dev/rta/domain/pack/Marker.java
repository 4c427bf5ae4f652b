package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A crate that marks a runtime in a dependency graph.
 *
 * @param crate the crate name
 * @param runtime the candidate runtime it marks, or null
 * @param other the runtime outside the candidates it marks (tokio-uring, rtic, mixed…), when runtime is null
 * @param strength how surely it means the runtime is in use
 * @param runs whether depending on it means the runtime runs (its executor or entry-point macros), not just
 *     that a library was built for it
 * @param deny whether a decision against its runtime bans it with cargo-deny
 * @param wrappers libraries allowed to keep pulling it in when it is banned
 * @param note what it means
 */
public record Marker(
    String crate, @Nullable String runtime, @Nullable String other, Strength strength, boolean runs, boolean deny,
    List<String> wrappers, LocalizedText note) {
  public Marker {
    wrappers = List.copyOf(wrappers);
  }
}
