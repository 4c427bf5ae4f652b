package dev.rta.domain;

import static java.util.Objects.requireNonNull;

/**
 * A position in a file the user gave us.
 *
 * @param file the file as the user would recognise it (relative where possible)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) {
  public Location {
    requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0 but were " + line + ":" + column);
    }
  }

  public static Location of(String file, int line) {
    return new Location(file, line, 0);
  }

  public static Location file(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
