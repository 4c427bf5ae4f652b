package dev.rta.migrate;

import static java.util.Objects.requireNonNull;

/**
 * One file of a starter project.
 *
 * @param path the path inside the project, with {@code /} separators (e.g. {@code src/main.rs})
 * @param content the expanded text
 */
public record StarterFile(String path, String content) {
  public StarterFile {
    requireNonNull(path, "path");
    requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("a starter file needs a relative path inside the project but was '" + path + "'");
    }
  }
}
