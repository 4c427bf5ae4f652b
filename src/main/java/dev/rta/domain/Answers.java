package dev.rta.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/** The user's answers, by key; a key that is absent is unknown. Immutable. */
public final class Answers implements AnswerSource {
  private static final Answers EMPTY = new Answers(Map.of());
  private final Map<String, AnswerValue> values;

  private Answers(Map<String, AnswerValue> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Answers of(Map<String, AnswerValue> values) {
    return new Answers(values);
  }

  public static Answers empty() {
    return EMPTY;
  }

  public Map<String, AnswerValue> values() {
    return values;
  }

  public AnswerValue get(String key) {
    AnswerValue v = values.get(key);
    if (v == null) {
      throw new IllegalStateException("answer " + key + " is unknown; check known() first");
    }
    return v;
  }

  public Answers with(String key, AnswerValue value) {
    Map<String, AnswerValue> copy = new LinkedHashMap<>(values);
    copy.put(key, value);
    return new Answers(copy);
  }

  public Answers without(String key) {
    Map<String, AnswerValue> copy = new LinkedHashMap<>(values);
    copy.remove(key);
    return new Answers(copy);
  }

  /** Keeps only the answers the filter accepts. */
  public Answers filter(BiPredicate<String, AnswerValue> keep) {
    Map<String, AnswerValue> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (keep.test(k, v)) {
        copy.put(k, v);
      }
    });
    return new Answers(copy);
  }

  /** These answers, overridden by {@code other} where it has a value. */
  public Answers overriddenBy(Answers other) {
    Map<String, AnswerValue> copy = new LinkedHashMap<>(values);
    copy.putAll(other.values);
    return new Answers(copy);
  }

  public int size() {
    return values.size();
  }

  @Override
  public boolean known(String key) {
    return values.containsKey(key);
  }

  @Override
  public boolean bool(String key) {
    return get(key) instanceof AnswerValue.Bool b && b.value();
  }

  @Override
  public String text(String key) {
    return get(key) instanceof AnswerValue.Text t ? t.value() : "";
  }

  @Override
  public double number(String key) {
    return get(key) instanceof AnswerValue.Num n ? n.value() : Double.NaN;
  }

  @Override
  public boolean contains(String key, String element) {
    return get(key) instanceof AnswerValue.Items i && i.values().contains(element);
  }

  @Override
  public boolean isEmpty(String key) {
    return get(key) instanceof AnswerValue.Items i && i.values().isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answers a && a.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v.display()));
    return sb.toString();
  }
}
