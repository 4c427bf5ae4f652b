package dev.rta.domain.migration;

import static java.util.Objects.requireNonNull;

/**
 * One rewrite in a file.
 *
 * @param rule the rule that made it: a mapping row of the migration ({@code async-std-tokio:async_std::task::spawn}),
 *     a recipe ({@code …#join-handle-result}) or an import or Cargo edit
 * @param line the 1-based line in the original file
 * @param column the 1-based column (in characters) in the original file
 * @param endLine the 1-based line where the replaced text ends
 * @param endColumn the column where it ends (exclusive)
 * @param before the text replaced (empty for an insertion)
 * @param after the new text (empty for a deletion)
 */
public record Edit(String rule, int line, int column, int endLine, int endColumn, String before, String after) {
  public Edit {
    requireNonNull(rule, "rule");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }
}
