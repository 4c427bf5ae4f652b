/**
 * Reading a real Cargo workspace: manifests, the lockfile, {@code cargo metadata} when cargo works
 * offline, and the Rust sources (tree-sitter), into runtimes, inferred answers and findings. Nothing
 * from the project is ever built or run.
 */
@NullMarked
package dev.rta.analyzer;

import org.jspecify.annotations.NullMarked;
