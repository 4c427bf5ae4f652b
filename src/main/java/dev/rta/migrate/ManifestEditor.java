package dev.rta.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Edits a Cargo.toml without re-serialising it: only the lines of the entries it changes are rewritten, so comments,
 * blank lines, key order, quoting and line endings stay as they were. tomlj reads the values of an entry; the
 * layout is the text's own.
 */
public final class ManifestEditor {
  private static final Pattern HEADER = Pattern.compile("^\\s*\\[(\\[)?\\s*([^\\[\\]]+?)\\s*](])?\\s*(#.*)?$");
  private static final Pattern ENTRY = Pattern.compile("^(\\s*)(\"[^\"]+\"|'[^']+'|[A-Za-z0-9_-]+)\\s*=\\s*(.*)$");
  private static final Set<String> DEP_TABLES = Set.of("dependencies", "dev-dependencies", "build-dependencies");

  private ManifestEditor() {}

  /** One change to make. */
  public sealed interface Op permits ReplaceDependency, RenameFeature {}

  /**
   * Replaces dependency {@code from} by {@code to} wherever it is declared (every dependency table, per target,
   * {@code [workspace.dependencies]}, inline or as a {@code [dependencies.from]} table); the new entry takes the old
   * one's place, keeps {@code optional} and {@code workspace = true}, and gets the version (unless inherited from
   * the workspace) and the features (sorted). In [features], {@code "from"} and {@code "dep:from"} follow the rename;
   * {@code "from/feat"} is dropped (the old crate's features mean nothing to the new one).
   */
  public record ReplaceDependency(String from, String to, String version, List<String> features) implements Op {
    public ReplaceDependency {
      features = List.copyOf(new TreeSet<>(features));
    }
  }

  /**
   * Renames the features of dependency {@code crate} named {@code prefix} or starting with {@code prefix-}: the prefix
   * becomes {@code replacement} ({@code runtime-async-std-rustls} → {@code runtime-tokio-rustls}), in the
   * dependency's {@code features} and in [features] values {@code "crate/…"} and {@code "crate?/…"}.
   */
  public record RenameFeature(String crate, String prefix, String replacement) implements Op {}

  /** A change made, or one that could not be made: the 1-based line of the original text and what. */
  public record Change(int line, String description) {}

  /** The edited text, what changed, and what could not be changed (for a person). */
  public record Result(String text, List<Change> changes, List<Change> unsupported) {}

  /** A line with its terminator kept apart, and its number in the original text. */
  private static final class Line {
    String text;
    final String end;
    final int number;
    boolean deleted;

    Line(String text, String end, int number) {
      this.text = text;
      this.end = end;
      this.number = number;
    }
  }

  /** Applies the operations in order. */
  public static Result edit(String text, List<Op> ops) {
    TomlParseResult parsed = Toml.parse(text);
    if (parsed.hasErrors()) {
      var e = parsed.errors().get(0);
      throw new IllegalArgumentException(e.position().line() + ":" + e.position().column() + ": " + e.getMessage());
    }
    List<Line> lines = split(text);
    List<Change> changes = new ArrayList<>();
    List<Change> unsupported = new ArrayList<>();
    for (Op op : ops) {
      if (op instanceof ReplaceDependency r) {
        replace(lines, r, changes, unsupported);
      } else if (op instanceof RenameFeature r) {
        rename(lines, r, changes);
      }
    }
    StringBuilder out = new StringBuilder();
    for (Line l : lines) {
      if (!l.deleted) {
        out.append(l.text).append(l.end);
      }
    }
    return new Result(out.toString(), changes, unsupported);
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    int at = 0;
    int n = 1;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      String raw = nl < 0 ? text.substring(at) : text.substring(at, nl);
      String end = nl < 0 ? "" : "\n";
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
        end = "\r" + end;
      }
      out.add(new Line(raw, end, n++));
      at = nl < 0 ? text.length() : nl + 1;
    }
    return out;
  }

  /** The table a header names, as its keys ({@code target.'cfg(unix)'.dependencies} has three). */
  private static @Nullable List<String> header(String line) {
    Matcher m = HEADER.matcher(line);
    if (!m.matches() || m.group(1) != null) {
      return m.matches() ? List.of("[[array]]") : null;
    }
    List<String> keys = new ArrayList<>();
    Matcher k = Pattern.compile("\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)\\s*(\\.|$)").matcher(m.group(2));
    int at = 0;
    while (at < m.group(2).length() && k.find(at) && k.start() == at) {
      keys.add(unquote(k.group(1)));
      at = k.end();
    }
    return keys;
  }

  private static String unquote(String key) {
    return key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'")) ? key.substring(1, key.length() - 1)
        : key;
  }

  /** Whether the keys name a dependency table. */
  private static boolean depTable(List<String> keys) {
    int n = keys.size();
    if (n == 1) {
      return DEP_TABLES.contains(keys.get(0));
    }
    if (n == 2) {
      return keys.get(0).equals("workspace") && keys.get(1).equals("dependencies");
    }
    return n == 3 && keys.get(0).equals("target") && DEP_TABLES.contains(keys.get(2));
  }

  /** The sections: a header line index (-1 for the top) and the keys of its table. */
  private record Section(int header, List<String> keys, int first, int end) {}

  private static List<Section> sections(List<Line> lines) {
    List<Section> out = new ArrayList<>();
    int header = -1;
    List<String> keys = List.of();
    for (int i = 0; i <= lines.size(); i++) {
      List<String> h = i < lines.size() && !lines.get(i).deleted ? header(lines.get(i).text) : null;
      if (i == lines.size() || h != null) {
        out.add(new Section(header, keys, header + 1, i));
        if (h != null) {
          header = i;
          keys = h;
        }
      }
    }
    return out;
  }

  private static void replace(List<Line> lines, ReplaceDependency r, List<Change> changes, List<Change> unsupported) {
    for (Section s : sections(lines)) {
      List<String> k = s.keys();
      if (depTable(k)) {
        int old = entry(lines, s, r.from());
        if (old >= 0) {
          replaceInline(lines, s, old, r, changes, unsupported);
        }
      } else if (k.size() >= 2 && depTable(k.subList(0, k.size() - 1)) && k.get(k.size() - 1).equals(r.from())) {
        replaceTable(lines, s, r, changes, unsupported);
      } else if (k.size() == 1 && k.get(0).equals("features")) {
        for (int i = s.first(); i < s.end(); i++) {
          Line l = lines.get(i);
          String before = l.text;
          String t = before.replace("\"dep:" + r.from() + "\"", "\"dep:" + r.to() + "\"")
              .replace("\"" + r.from() + "\"", "\"" + r.to() + "\"");
          t = dropElement(t, Pattern.quote(r.from()) + "\\??/[^\"]*");
          if (!t.equals(before)) {
            l.text = t;
            changes.add(new Change(l.number, "[features]: " + r.from() + " -> " + r.to()));
          }
        }
      }
    }
  }

  /** Removes the string elements matching the regex from an array written on the line. */
  private static String dropElement(String line, String element) {
    String q = "\"" + element + "\"";
    String t = line.replaceAll(q + "\\s*,\\s*", "");
    t = t.replaceAll(",\\s*" + q, "");
    return t.replaceAll(q, "");
  }

  /** The index of the line declaring the key in the section, or -1. */
  private static int entry(List<Line> lines, Section s, String key) {
    for (int i = s.first(); i < s.end(); i++) {
      Line l = lines.get(i);
      if (l.deleted) {
        continue;
      }
      Matcher m = ENTRY.matcher(l.text);
      if (m.matches() && unquote(m.group(2)).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of {@code x = VALUE} as tomlj reads it, or null. */
  private static @Nullable Object value(String valueText) {
    TomlParseResult t = Toml.parse("x = " + valueText);
    return t.hasErrors() ? null : t.get("x");
  }

  /** Splits {@code VALUE  # comment} at the comment (outside strings). */
  private static String[] valueAndComment(String rest) {
    boolean inString = false;
    char quote = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (inString) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          inString = false;
        }
      } else if (c == '"' || c == '\'') {
        inString = true;
        quote = c;
      } else if (c == '#') {
        int end = i;
        while (end > 0 && Character.isWhitespace(rest.charAt(end - 1))) {
          end--;
        }
        return new String[] {rest.substring(0, end), rest.substring(end)};
      }
    }
    return new String[] {rest.strip(), rest.substring(rest.stripTrailing().length())};
  }

  private static void replaceInline(List<Line> lines, Section s, int index, ReplaceDependency r,
      List<Change> changes, List<Change> unsupported) {
    Line l = lines.get(index);
    Matcher m = ENTRY.matcher(l.text);
    if (!m.matches()) {
      return;
    }
    String[] vc = valueAndComment(m.group(3));
    Object v = value(vc[0]);
    if (v == null) {
      unsupported.add(new Change(l.number, r.from() + ": the entry spans several lines; replace it by hand with "
          + r.to() + " " + featuresText(r.features())));
      return;
    }
    boolean optional = false;
    boolean workspace = false;
    if (v instanceof TomlTable t) {
      for (String odd : List.of("package", "path", "git")) {
        if (t.contains(List.of(odd))) {
          unsupported.add(new Change(l.number, r.from() + " has `" + odd + "`; replace it by hand with " + r.to()
              + " " + featuresText(r.features())));
          return;
        }
      }
      optional = Boolean.TRUE.equals(t.getBoolean(List.of("optional")));
      workspace = Boolean.TRUE.equals(t.getBoolean(List.of("workspace")));
    }
    int existing = entry(lines, s, r.to());
    if (existing >= 0) {
      mergeFeatures(lines, existing, r, changes, unsupported);
      l.deleted = true;
      changes.add(new Change(l.number, "removed " + r.from() + "; " + r.to() + " is already declared"));
      return;
    }
    l.text = m.group(1) + r.to() + " = " + inlineValue(r, optional, workspace) + vc[1];
    changes.add(new Change(l.number, r.from() + " -> " + r.to() + " " + featuresText(r.features())));
  }

  private static String inlineValue(ReplaceDependency r, boolean optional, boolean workspace) {
    List<String> parts = new ArrayList<>();
    if (workspace) {
      parts.add("workspace = true");
    } else {
      parts.add("version = \"" + r.version() + "\"");
    }
    if (!r.features().isEmpty()) {
      parts.add("features = " + array(r.features()));
    }
    if (optional) {
      parts.add("optional = true");
    }
    if (parts.size() == 1 && !workspace) {
      return "\"" + r.version() + "\"";
    }
    return "{ " + String.join(", ", parts) + " }";
  }

  private static String array(List<String> items) {
    List<String> q = new ArrayList<>();
    items.forEach(i -> q.add("\"" + i + "\""));
    return "[" + String.join(", ", q) + "]";
  }

  private static String featuresText(List<String> features) {
    return features.isEmpty() ? "(no features)" : "(features " + String.join(", ", features) + ")";
  }

  /** Adds the missing features to the entry of the new crate that is already there. */
  private static void mergeFeatures(List<Line> lines, int index, ReplaceDependency r, List<Change> changes,
      List<Change> unsupported) {
    Line l = lines.get(index);
    Matcher m = ENTRY.matcher(l.text);
    if (!m.matches()) {
      return;
    }
    String[] vc = valueAndComment(m.group(3));
    Object v = value(vc[0]);
    Set<String> have = new LinkedHashSet<>();
    if (v instanceof TomlTable t && t.getArray(List.of("features")) != null) {
      TomlArray a = t.getArray(List.of("features"));
      for (int i = 0; i < a.size(); i++) {
        have.add(String.valueOf(a.get(i)));
      }
    }
    Set<String> missing = new TreeSet<>(r.features());
    missing.removeAll(have);
    if (missing.isEmpty()) {
      return;
    }
    String value;
    if (v instanceof String version) {
      value = "{ version = \"" + version + "\", features = " + array(new ArrayList<>(missing)) + " }";
    } else if (v instanceof TomlTable && vc[0].contains("features")) {
      Matcher f = Pattern.compile("features\\s*=\\s*\\[([^]]*)]").matcher(vc[0]);
      if (!f.find()) {
        unsupported.add(new Change(l.number, r.to() + ": add the features " + missing + " by hand"));
        return;
      }
      String inner = f.group(1).strip();
      String added = String.join(", ", missing.stream().map(x -> "\"" + x + "\"").toList());
      String joined = inner.isEmpty() ? added : inner.replaceAll(",\\s*$", "") + ", " + added;
      value = vc[0].substring(0, f.start(1)) + joined + vc[0].substring(f.end(1));
    } else if (v instanceof TomlTable) {
      int close = vc[0].lastIndexOf('}');
      value = vc[0].substring(0, close).stripTrailing() + ", features = " + array(new ArrayList<>(missing)) + " }";
    } else {
      unsupported.add(new Change(l.number, r.to() + ": add the features " + missing + " by hand"));
      return;
    }
    l.text = m.group(1) + m.group(2) + " = " + value + vc[1];
    changes.add(new Change(l.number, r.to() + ": added features " + String.join(", ", missing)));
  }

  private static void replaceTable(List<Line> lines, Section s, ReplaceDependency r, List<Change> changes,
      List<Change> unsupported) {
    Line head = lines.get(s.header());
    StringBuilder body = new StringBuilder();
    for (int i = s.first(); i < s.end(); i++) {
      body.append(lines.get(i).text).append('\n');
    }
    TomlParseResult t = Toml.parse(body.toString());
    for (String odd : List.of("package", "path", "git")) {
      if (!t.hasErrors() && t.contains(List.of(odd))) {
        unsupported.add(new Change(head.number, r.from() + " has `" + odd + "`; replace it by hand with " + r.to()));
        return;
      }
    }
    boolean workspace = !t.hasErrors() && Boolean.TRUE.equals(t.getBoolean(List.of("workspace")));
    // The header: the last key becomes the new crate.
    int at = head.text.lastIndexOf(r.from());
    head.text = head.text.substring(0, at) + r.to() + head.text.substring(at + r.from().length());
    // Drop version, features (possibly over several lines) and default-features; keep the rest.
    for (int i = s.first(); i < s.end(); i++) {
      Line l = lines.get(i);
      Matcher m = ENTRY.matcher(l.text);
      if (!m.matches()) {
        continue;
      }
      String key = unquote(m.group(2));
      if (key.equals("version") || key.equals("default-features") || key.equals("features")) {
        l.deleted = true;
        if (key.equals("features") && !valueAndComment(m.group(3))[0].contains("]")) {
          for (int j = i + 1; j < s.end(); j++) {
            lines.get(j).deleted = true;
            if (valueAndComment(lines.get(j).text)[0].contains("]")) {
              break;
            }
          }
        }
      }
    }
    List<String> add = new ArrayList<>();
    if (!workspace) {
      add.add("version = \"" + r.version() + "\"");
    }
    if (!r.features().isEmpty()) {
      add.add("features = " + array(r.features()));
    }
    if (!add.isEmpty()) {
      String term = head.end.isEmpty() ? "\n" : head.end;
      head.text = head.text + term + String.join(term, add);
    }
    changes.add(new Change(head.number, r.from() + " -> " + r.to() + " " + featuresText(r.features())));
  }

  private static void rename(List<Line> lines, RenameFeature r, List<Change> changes) {
    Pattern feature = Pattern.compile("\"(" + Pattern.quote(r.prefix()) + ")((?:-[^\"]*)?)\"");
    Pattern qualified = Pattern.compile("\"(" + Pattern.quote(r.crate()) + "\\??/)" + Pattern.quote(r.prefix())
        + "((?:-[^\"]*)?)\"");
    for (Section s : sections(lines)) {
      List<String> k = s.keys();
      boolean table = k.size() >= 2 && depTable(k.subList(0, k.size() - 1)) && k.get(k.size() - 1).equals(r.crate());
      boolean deps = depTable(k);
      boolean features = k.size() == 1 && k.get(0).equals("features");
      if (!table && !deps && !features) {
        continue;
      }
      boolean inFeaturesArray = false;
      for (int i = s.first(); i < s.end(); i++) {
        Line l = lines.get(i);
        if (l.deleted) {
          continue;
        }
        String before = l.text;
        if (features) {
          l.text = qualified.matcher(l.text).replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1)
              + r.replacement() + m.group(2) + "\""));
        } else if (deps) {
          Matcher m = ENTRY.matcher(l.text);
          if (m.matches() && unquote(m.group(2)).equals(r.crate())) {
            l.text = renameInFeatures(l.text, feature, r);
          }
        } else {
          Matcher m = ENTRY.matcher(l.text);
          if (m.matches() && unquote(m.group(2)).equals("features")) {
            inFeaturesArray = !valueAndComment(m.group(3))[0].contains("]");
            l.text = renameInFeatures(l.text, feature, r);
          } else if (inFeaturesArray) {
            l.text = feature.matcher(l.text).replaceAll(x -> Matcher.quoteReplacement("\"" + r.replacement()
                + x.group(2) + "\""));
            inFeaturesArray = !valueAndComment(l.text)[0].contains("]");
          }
        }
        if (!l.text.equals(before)) {
          changes.add(new Change(l.number, r.crate() + ": feature " + r.prefix() + "* -> " + r.replacement() + "*"));
        }
      }
    }
  }

  private static String renameInFeatures(String line, Pattern feature, RenameFeature r) {
    Matcher f = Pattern.compile("features\\s*=\\s*\\[[^]]*]?").matcher(line);
    if (!f.find()) {
      return line;
    }
    String part = feature.matcher(f.group()).replaceAll(x -> Matcher.quoteReplacement("\"" + r.replacement()
        + x.group(2) + "\""));
    return line.substring(0, f.start()) + part + line.substring(f.end());
  }
}
