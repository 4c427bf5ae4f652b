package dev.rta.domain.analysis;

import org.jspecify.annotations.Nullable;

/**
 * How the dependency graph was known.
 *
 * @param graph where the package graph came from: cargo-metadata, lockfile or manifests
 * @param cargo cargo metadata: ok, failed, not-run (no lockfile, or --no-cargo)
 * @param cargoReason why cargo failed or was not run, or null
 * @param declarations where the dependency declarations of non-member packages came from: cargo-metadata
 *     (completed from the local cache for what only non-default features bring), local-cache, or none
 * @param resolved packages whose declarations were known, so their features could be resolved per member
 * @param packages packages in the graph
 */
public record Resolution(
    String graph, String cargo, @Nullable String cargoReason, String declarations, int resolved, int packages) {}
