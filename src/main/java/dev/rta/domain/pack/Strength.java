package dev.rta.domain.pack;

/** How surely a crate in a dependency graph means its runtime is in use. */
public enum Strength {
  /** In use. */
  STRONG,
  /** Likely, but libraries often pull it in. */
  MEDIUM,
  /** A shared utility. */
  WEAK
}
