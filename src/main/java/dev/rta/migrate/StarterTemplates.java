package dev.rta.migrate;

import dev.rta.domain.Lang;
import dev.rta.domain.pack.Dependency;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The starter templates of {@code rta new}: files with placeholders under {@code dev/rta/templates/} (data, see
 * {@code catalog.properties} there), expanded into the files of a new project.
 *
 * <p>Placeholders are {@code {{key}}} for a value the caller gives and {@code {{version:CRATE}}} for the version
 * requirement of a crate, which the caller looks up in the knowledge pack. A template file stored as
 * {@code dot.NAME} is written as {@code .NAME}, so that the resources hold no live {@code .gitignore} or
 * {@code .cargo}.
 */
public final class StarterTemplates {
  private static final String ROOT = "/dev/rta/templates/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)(?::([A-Za-z0-9_-]+))?}}");

  private final Map<String, List<String>> catalog;

  private StarterTemplates(Map<String, List<String>> catalog) {
    this.catalog = catalog;
  }

  /** The templates bundled with rta. */
  public static StarterTemplates bundled() {
    Properties p = properties(ROOT + "catalog.properties");
    Map<String, List<String>> catalog = new LinkedHashMap<>();
    // Properties forget the order: keep the file's order of runtimes (tokio, smol, embassy).
    for (String runtime : List.of("tokio", "smol", "embassy")) {
      String examples = p.getProperty(runtime);
      if (examples != null) {
        catalog.put(runtime, List.of(examples.split(",")));
      }
    }
    for (String runtime : p.stringPropertyNames()) {
      catalog.putIfAbsent(runtime, List.of(p.getProperty(runtime).split(",")));
    }
    return new StarterTemplates(java.util.Collections.unmodifiableMap(catalog));
  }

  /** Each runtime with its examples, the default example first. */
  public Map<String, List<String>> catalog() {
    return catalog;
  }

  /** Whether a template exists for the runtime and example. */
  public boolean has(String runtime, String example) {
    return catalog.getOrDefault(runtime, List.of()).contains(example);
  }

  /**
   * The files of a project from the {@code runtime/example} template, in the order they should be written.
   *
   * @param values the caller's placeholders: {@code name}, {@code crate}, {@code runtime_name}, {@code positioning},
   *     {@code why}
   * @param versions the knowledge pack's requirement for a crate, or null when it has none (a bug in the pack)
   */
  public List<StarterFile> expand(String runtime, String example, Lang lang, Map<String, String> values,
      Function<String, @Nullable Dependency> versions) {
    if (!has(runtime, example)) {
      throw new IllegalArgumentException("no starter template " + runtime + "/" + example);
    }
    String dir = ROOT + runtime + "/" + example + "/";
    Properties template = properties(dir + "template.properties");
    Map<String, String> all = new LinkedHashMap<>(values);
    all.put("runtime", runtime);
    all.put("example", example);
    all.put("description", required(template, "description." + lang.code(), dir));
    all.put("run", required(template, "run." + lang.code(), dir));
    all.put("notes", required(template, "notes." + lang.code(), dir));
    Set<String> crates = new LinkedHashSet<>();
    List<StarterFile> out = new ArrayList<>();
    for (String file : required(template, "files", dir).split(",")) {
      out.add(new StarterFile(outputName(file), expand(read(dir + file), all, versions, crates, dir + file)));
    }
    all.put("dependencies", dependencyRows(crates, versions));
    out.add(new StarterFile("README.md", expand(read(ROOT + "common/README." + lang.code() + ".md"), all, versions, crates,
        "common/README." + lang.code() + ".md")));
    out.add(new StarterFile(".gitignore", read(ROOT + "common/dot.gitignore")));
    return List.copyOf(out);
  }

  private static String outputName(String file) {
    return Arrays.stream(file.split("/")).map(part -> part.startsWith("dot.") ? part.substring(3) : part)
        .reduce((a, b) -> a + "/" + b).orElseThrow();
  }

  private static String expand(String text, Map<String, String> values, Function<String, @Nullable Dependency> versions,
      Set<String> crates, String where) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value;
      if (m.group(2) != null) {
        if (!m.group(1).equals("version")) {
          throw new IllegalStateException(where + ": unknown placeholder " + m.group() + "; this is a bug in rta");
        }
        Dependency d = versions.apply(m.group(2));
        if (d == null || d.version() == null) {
          throw new IllegalStateException(where + ": the knowledge pack has no version for crate '" + m.group(2)
              + "' (examples.yaml, crates); this is a bug in rta");
        }
        crates.add(m.group(2));
        value = d.version();
      } else {
        value = values.get(m.group(1));
        if (value == null) {
          throw new IllegalStateException(where + ": no value for placeholder " + m.group() + "; this is a bug in rta");
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String dependencyRows(Set<String> crates, Function<String, @Nullable Dependency> versions) {
    List<String> rows = new ArrayList<>();
    for (String c : crates) {
      Dependency d = versions.apply(c);
      rows.add("| `" + c + "` | `" + (d == null ? "" : d.version()) + "` | " + (d == null || d.latest() == null ? "—"
          : d.latest()) + " |");
    }
    return String.join("\n", rows);
  }

  private static String required(Properties p, String key, String where) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(where + "template.properties has no '" + key + "'; this is a bug in rta");
    }
    return v;
  }

  private static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = open(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String read(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = StarterTemplates.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the template file " + resource + " is missing; this is a bug in rta");
    }
    return in;
  }
}
