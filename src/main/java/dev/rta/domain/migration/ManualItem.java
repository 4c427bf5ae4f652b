package dev.rta.domain.migration;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;

/**
 * A place the migration does not rewrite, for a person to decide.
 *
 * @param number its number in the checklist, from 1
 * @param rule the mapping row or recipe it concerns
 * @param file the file, relative to the workspace root
 * @param line the 1-based line
 * @param column the 1-based column
 * @param code the code there (one line, shortened)
 * @param reason why it is not rewritten, and what to do
 */
public record ManualItem(int number, String rule, String file, int line, int column, String code,
    LocalizedText reason) {
  public ManualItem {
    requireNonNull(rule, "rule");
    requireNonNull(file, "file");
    requireNonNull(code, "code");
    requireNonNull(reason, "reason");
  }
}
