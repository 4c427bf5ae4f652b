package dev.rta.domain.migration;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A file the migration changes.
 *
 * @param file the file on disk
 * @param display its path relative to the workspace root, with {@code /}
 * @param before its content now
 * @param after its content after the migration
 * @param edits the edits that turn one into the other
 */
public record FileChange(Path file, String display, String before, String after, List<Edit> edits) {
  public FileChange {
    requireNonNull(file, "file");
    requireNonNull(display, "display");
    edits = List.copyOf(edits);
  }
}
