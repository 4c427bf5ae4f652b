package dev.rta.analyzer;

import dev.rta.domain.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlParseResult;

/**
 * The TOML files one analysis has parsed, by absolute path, so that a file several parts read (a member's
 * Cargo.toml: the workspace, its targets, its embedded facts; a cargo config above many members) is parsed once.
 * Only files that parsed are kept: parsing reports problems only when it fails, so a kept file has none to repeat,
 * and a file that failed is parsed (and reported) again by whoever asks.
 */
final class TomlFiles {
  private final Map<Path, TomlParseResult> parsed = new ConcurrentHashMap<>();

  /** {@link ManifestParser#parseToml(Path, String, List)}, once per file. */
  @Nullable TomlParseResult parse(Path file, String display, List<Problem> problems) {
    Path key = file.toAbsolutePath().normalize();
    TomlParseResult r = parsed.get(key);
    if (r == null) {
      r = ManifestParser.parseToml(file, display, problems);
      if (r != null) {
        parsed.put(key, r);
      }
    }
    return r;
  }
}
