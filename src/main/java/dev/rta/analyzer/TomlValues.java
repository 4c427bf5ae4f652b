package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Typed reads of one parsed TOML file. A value of the wrong type is not tomlj's {@code TomlInvalidTypeException} but a
 * problem naming the key, its line and column, the type expected and the type found; the read then answers as if the
 * value were absent, so that every problem of a file is reported at once.
 */
final class TomlValues {
  private final String display;
  private final List<Problem> problems;

  /**
   * @param display the file as the user knows it
   * @param problems where the problems go
   */
  TomlValues(String display, List<Problem> problems) {
    this.display = display;
    this.problems = problems;
  }

  /** The value of {@code key} of the table when it is a string, else null; {@code name} is its full key. */
  @Nullable String string(TomlTable t, String key, String name) {
    return typed(t, key, name, String.class, "an.toml.type.string");
  }

  @Nullable Boolean bool(TomlTable t, String key, String name) {
    return typed(t, key, name, Boolean.class, "an.toml.type.boolean");
  }

  @Nullable Long integer(TomlTable t, String key, String name) {
    return typed(t, key, name, Long.class, "an.toml.type.integer");
  }

  @Nullable TomlTable table(TomlTable t, String key, String name) {
    return typed(t, key, name, TomlTable.class, "an.toml.type.table");
  }

  /** An array of strings; a value of another type, or an element that is no string, is a problem. */
  List<String> strings(TomlTable t, String key, String name) {
    return elements(t, key, name, "an.toml.type.strings", String.class, "an.toml.type.string");
  }

  /** An array of tables (also written as {@code [[name]]}); an element that is no table is a problem. */
  List<TomlTable> tables(TomlTable t, String key, String name) {
    return elements(t, key, name, "an.toml.type.tables", TomlTable.class, "an.toml.type.table");
  }

  private <E> List<E> elements(TomlTable t, String key, String name, String expected, Class<E> type,
      String expectedElement) {
    TomlArray a = typed(t, key, name, TomlArray.class, expected);
    List<E> out = new ArrayList<>();
    for (int i = 0; a != null && i < a.size(); i++) {
      if (type.isInstance(a.get(i))) {
        out.add(type.cast(a.get(i)));
      } else {
        wrongType(name + "[" + i + "]", a.inputPositionOf(i), expectedElement, a.get(i));
      }
    }
    return out;
  }

  /** Where {@code key} of the table is written. */
  Location at(TomlTable t, String key) {
    return ManifestParser.at(display, t.inputPositionOf(List.of(key)));
  }

  /**
   * Whether the glob (a member pattern or an ignore's path) compiles; when it does not, a problem at {@code where}
   * quoting it and the reason.
   */
  boolean validGlob(String glob, String name, Location where) {
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return true;
    } catch (IllegalArgumentException e) { // PatternSyntaxException, or a path the file system refuses
      String why = e instanceof PatternSyntaxException p ? p.getDescription() : String.valueOf(e.getMessage());
      problems.add(Problem.of(where, "an.toml.glob", name, shorten(glob), why));
      return false;
    }
  }

  void problem(Problem p) {
    problems.add(p);
  }

  /** How many problems there are so far (of this file and any read before it into the same list). */
  int problemCount() {
    return problems.size();
  }

  String display() {
    return display;
  }

  private <T> @Nullable T typed(TomlTable t, String key, String name, Class<T> type, String expected) {
    Object v = t.get(List.of(key));
    if (v == null) {
      return null;
    }
    if (type.isInstance(v)) {
      return type.cast(v);
    }
    wrongType(name, t.inputPositionOf(List.of(key)), expected, v);
    return null;
  }

  /** A problem: {@code name}, at {@code at}, is not what {@code expected} (a message key) names. */
  void wrongType(String name, @Nullable TomlPosition at, String expected, @Nullable Object value) {
    problems.add(Problem.of(ManifestParser.at(display, at), "an.toml.type", name, Messages.text(expected),
        Messages.text("an.toml.is." + typeOf(value))));
  }

  /** The TOML type of a value as tomlj gives it. */
  static String typeOf(@Nullable Object v) {
    if (v instanceof String) {
      return "string";
    } else if (v instanceof Long) {
      return "integer";
    } else if (v instanceof Double) {
      return "float";
    } else if (v instanceof Boolean) {
      return "boolean";
    } else if (v instanceof TomlArray) {
      return "array";
    } else if (v instanceof TomlTable) {
      return "table";
    }
    return "datetime"; // OffsetDateTime, LocalDateTime, LocalDate, LocalTime
  }

  /** A value echoed in a message: at most 60 characters. */
  static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 59)) + "…";
  }
}
