package dev.rta.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The formats of answers files, each written and read back by rta; a file's extension names its format. */
public enum AnswersFormat {
  YAML(List.of(".yaml", ".yml")),
  TOML(List.of(".toml")),
  JSON(List.of(".json"));

  /** A first line (after comments) like {@code key = value}: TOML, which YAML would read as one string. */
  private static final Pattern TOML_START = Pattern.compile("\\A(?:\\s*#[^\\n]*\\n)*\\s*[A-Za-z0-9_\"'-]+\\s*=");

  private final List<String> extensions;

  AnswersFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The format a file name's extension names (in any case), or null. */
  public static @Nullable AnswersFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (AnswersFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return f;
        }
      }
    }
    return null;
  }

  /** The format of text without a name (standard input): JSON for an object, TOML for {@code key = value}, else YAML. */
  public static AnswersFormat of(String text) {
    String start = text.stripLeading();
    if (start.startsWith("{")) {
      return JSON;
    }
    return TOML_START.matcher(text).lookingAt() ? TOML : YAML;
  }

  /** The extensions rta reads and writes, for hints: ".yaml, .yml, .toml, .json". */
  public static String extensions() {
    return String.join(", ", List.of(values()).stream().flatMap(f -> f.extensions.stream()).toList());
  }
}
