package dev.rta.domain.pack;

/** How the rules of one stage combine (the DMN notion). */
public enum HitPolicy {
  /** The first rule in file order whose runtimes are still eligible decides. */
  FIRST,
  /** Like FIRST: rules are ordered by the file, earlier rows win. */
  PRIORITY,
  /** At most one rule may fire. */
  UNIQUE,
  /** Rules that fire together must agree, unless one declares {@code overrides} of the other. */
  ANY
}
