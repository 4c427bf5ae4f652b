package dev.rta.domain.pack;

/** What rewriting one API mapping involves (see migrations.yaml). */
public enum MappingKind {
  /** A plain path change; the code around it stays the same. */
  PATH,
  /** An attribute macro such as {@code #[..::main]}. */
  ATTRIBUTE,
  /** A trait import changes; methods keep their names. */
  TRAIT_IMPORT,
  /** The call's result type changes, so its callers change. */
  RESULT_SHAPE,
  /** The code around the call changes. */
  API_SHAPE,
  /** A Cargo.toml dependency or feature. */
  CARGO,
  /** No safe mechanical rewrite. */
  MANUAL;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
