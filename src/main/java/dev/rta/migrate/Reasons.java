package dev.rta.migrate;

import dev.rta.domain.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The checklist's reasons ({@code dev/rta/migrate/reasons.yaml}), in both languages. */
final class Reasons {
  private static final Map<String, Map<String, String>> TEXTS = load();

  private Reasons() {}

  /** The reason with its arguments filled in; localized arguments are filled in per language. */
  static LocalizedText of(String id, Object... args) {
    Map<String, String> t = Objects.requireNonNull(TEXTS.get(id), id);
    return LocalizedText.of(format(t.get("en"), args, true), format(t.get("zh"), args, false));
  }

  /** The note of a mapping row, or a plain statement that there is no automatic rewrite. */
  static LocalizedText note(@Nullable LocalizedText note, String what) {
    return note != null ? note : LocalizedText.of(what, what);
  }

  private static String format(String pattern, Object[] args, boolean en) {
    Object[] filled = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      filled[i] = args[i] instanceof LocalizedText l ? (en ? l.en() : l.zh()) : String.valueOf(args[i]);
    }
    return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(filled);
  }

  private static Map<String, Map<String, String>> load() {
    String name = "/dev/rta/migrate/reasons.yaml";
    try (InputStream in = Objects.requireNonNull(Reasons.class.getResourceAsStream(name), name)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
