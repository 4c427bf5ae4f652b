package dev.rta.domain;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The answer keys of a knowledge pack, and how values are read for them. */
public final class QuestionSet {
  /** A decimal number as people and answers files write it: {@code 20000}, {@code 20_000}, {@code -1.5}, {@code 1e3}. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:_\\d+)*(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final Map<String, Question> byKey = new LinkedHashMap<>();

  public QuestionSet(List<Question> questions) {
    for (Question q : questions) {
      byKey.put(q.key(), q);
    }
  }

  public List<Question> all() {
    return List.copyOf(byKey.values());
  }

  public Set<String> keys() {
    return byKey.keySet();
  }

  public @Nullable Question find(String key) {
    return byKey.get(key);
  }

  /** The question for a key, or an error naming the closest key. */
  public Question require(String key) throws AnswerError {
    Question q = byKey.get(key);
    if (q == null) {
      throw new AnswerError(
          Messages.text("err.answer.unknownKey", Echo.shorten(key), Suggestions.didYouMean(key, byKey.keySet())),
          Messages.text("hint.listKeys"));
    }
    return q;
  }

  /** Reads a value written as text ({@code --set key=value}; lists comma-separated). */
  public AnswerValue parseText(String key, String raw) throws AnswerError {
    Question q = require(key);
    String v = raw.trim();
    return switch (q.type()) {
      case BOOL -> new AnswerValue.Bool(parseBool(q, v));
      case ENUM -> new AnswerValue.Text(parseChoice(q, v));
      case INTEGER, NUMBER -> parseNumber(q, v);
      case LIST -> {
        List<String> items = new ArrayList<>();
        if (!v.isEmpty()) {
          for (String part : v.split(",", -1)) {
            items.add(part.trim());
          }
        }
        yield parseItems(q, items);
      }
    };
  }

  /** Reads a value from a parsed YAML or TOML document (Boolean, String, Number, List). */
  public AnswerValue parsePlain(String key, @Nullable Object value) throws AnswerError {
    Question q = require(key);
    if (value == null) {
      throw bad(q, Messages.text("err.answer.noValue"), null);
    }
    return switch (q.type()) {
      case BOOL -> {
        if (value instanceof Boolean b) {
          yield new AnswerValue.Bool(b);
        }
        if (value instanceof String s) {
          yield new AnswerValue.Bool(parseBool(q, s.trim()));
        }
        throw bad(q, describe(value), null);
      }
      case ENUM -> {
        if (value instanceof String s) {
          yield new AnswerValue.Text(parseChoice(q, s.trim()));
        }
        throw bad(q, describe(value), null);
      }
      case INTEGER, NUMBER -> {
        if (value instanceof Number || value instanceof String) {
          yield parseNumber(q, value.toString().trim());
        }
        throw bad(q, describe(value), null);
      }
      case LIST -> {
        if (value instanceof Collection<?> c) {
          List<String> items = new ArrayList<>();
          for (Object o : c) {
            if (!(o instanceof String s)) {
              throw bad(q, describe(o), Messages.text("hint.listItemsAreStrings"));
            }
            items.add(s.trim());
          }
          yield parseItems(q, items);
        }
        if (value instanceof String s) {
          yield parseText(key, s);
        }
        throw bad(q, describe(value), null);
      }
    };
  }

  /** A value of the wrong kind in words: quoted when it is a plain value, never as a Java object. */
  private static LocalizedText describe(Object value) {
    if (value instanceof Collection<?>) {
      return Messages.text("value.aList");
    }
    if (value instanceof Map<?, ?>) {
      return Messages.text("value.aTable");
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof TemporalAccessor) {
      return quoted(value.toString());
    }
    return Messages.text("value.other");
  }

  private static LocalizedText quoted(String s) {
    return LocalizedText.same(Echo.quoted(s));
  }

  private static boolean parseBool(Question q, String v) throws AnswerError {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "on", "1":
        return true;
      case "false", "no", "n", "off", "0":
        return false;
      default:
        throw bad(q, quoted(v), null);
    }
  }

  private static String parseChoice(Question q, String v) throws AnswerError {
    if (q.choice(v) != null) {
      return v;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (q.choice(lower) != null) {
      return lower;
    }
    throw new AnswerError(Messages.text("err.answer.badValue", Echo.quoted(v), q.key(), Suggestions.didYouMean(v, q.valueIds())),
        Messages.text("hint.allowed", q.allowed()));
  }

  private static AnswerValue parseNumber(Question q, String v) throws AnswerError {
    if (!NUMBER.matcher(v).matches()) {
      throw bad(q, quoted(v), null); // not 0x1p3, 1f, Infinity or NaN, which Double.parseDouble would take
    }
    double d = Double.parseDouble(v.replace("_", ""));
    String shown = Echo.shorten(v);
    if (Math.abs(d) > Numbers.MAX) {
      throw bad(q, Messages.text("value.tooLarge", shown, Numbers.format(Numbers.MAX)), null);
    }
    boolean integer = q.type() == AnswerType.INTEGER;
    if (integer && d != Math.rint(d)) {
      throw bad(q, Messages.text("value.notInteger", shown), null);
    }
    if (q.min() != null && d < q.min()) {
      throw bad(q, Messages.text("value.below", shown, Numbers.format(q.min())), null);
    }
    if (q.above() != null && d <= q.above()) {
      throw bad(q, Messages.text("value.notAbove", shown, Numbers.format(q.above())), null);
    }
    return new AnswerValue.Num(d, integer);
  }

  private static AnswerValue parseItems(Question q, List<String> items) throws AnswerError {
    Set<String> seen = new LinkedHashSet<>();
    for (String item : items) {
      if (item.isEmpty()) {
        throw bad(q, Messages.text("value.emptyItem"), Messages.text("hint.commas"));
      }
      String id = q.choice(item) != null ? item : item.toLowerCase(Locale.ROOT);
      if (q.choice(id) == null) {
        throw new AnswerError(
            Messages.text("err.answer.badValue", Echo.quoted(item), q.key(), Suggestions.didYouMean(item, q.valueIds())),
            Messages.text("hint.allowed", q.allowed()));
      }
      seen.add(id);
    }
    // Keep the pack's order so that equal answers compare equal.
    List<String> ordered = q.valueIds().stream().filter(seen::contains).toList();
    return new AnswerValue.Items(ordered);
  }

  private static AnswerError bad(Question q, LocalizedText what, @Nullable LocalizedText extra) {
    LocalizedText hint = extra == null ? Messages.text("hint.allowed", q.allowed())
        : Messages.text("hint.allowedAnd", q.allowed(), extra);
    return new AnswerError(Messages.text("err.answer.badValue", what, q.key(), LocalizedText.same("")), hint);
  }
}
