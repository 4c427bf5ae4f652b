package dev.rta.domain.pack;

/** What a code block of a migration step shows: the code before the migration or after it. */
public enum BlockRole {
  BEFORE,
  AFTER
}
