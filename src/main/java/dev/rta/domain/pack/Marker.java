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
 * @param target the platform the crate is used on when libraries pull it in only for it (wasm-bindgen-futures:
 *     {@code cfg(target_arch = "wasm32")}), or null
 * @param partOf the runtimes this crate is an internal part of (async-executor and async-io inside async-std):
 *     reached through such a runtime it says nothing of its own
 * @param runtimeFeatures the crate's features that need its runtime running (Tokio's rt, net, time…); a member
 *     that declares the crate with one of them, and names it in its code, uses the runtime (empty: any
 *     declaration of a {@code runs} crate does)
 */
public record Marker(
    String crate, @Nullable String runtime, @Nullable String other, Strength strength, boolean runs, boolean deny,
    List<String> wrappers, LocalizedText note, @Nullable String target, List<String> partOf,
    List<String> runtimeFeatures) {
  public Marker {
    wrappers = List.copyOf(wrappers);
    partOf = List.copyOf(partOf);
    runtimeFeatures = List.copyOf(runtimeFeatures);
  }
}
