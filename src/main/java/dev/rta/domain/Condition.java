package dev.rta.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition over the answers, evaluated in three-valued logic: a test of an unknown answer is
 * UNKNOWN, so a rule that needs an answer the user did not give does not fire (decision D12).
 */
public sealed interface Condition {
  Tri eval(AnswerSource answers);

  /** Adds the answer keys this condition reads. */
  void collectKeys(Set<String> keys);

  /** A short formula, e.g. {@code platform = server ∧ high-throughput = true}. */
  String describe();

  /** Always true (an empty {@code when}). */
  record Always() implements Condition {
    @Override
    public Tri eval(AnswerSource answers) {
      return Tri.TRUE;
    }

    @Override
    public void collectKeys(Set<String> keys) {}

    @Override
    public String describe() {
      return "always";
    }
  }

  /** One test of one answer. */
  record Test(String key, Predicate predicate) implements Condition {
    public Test {
      requireNonNull(key, "key");
      requireNonNull(predicate, "predicate");
    }

    @Override
    public Tri eval(AnswerSource answers) {
      if (!answers.known(key)) {
        return Tri.UNKNOWN;
      }
      return predicate.test(key, answers);
    }

    @Override
    public void collectKeys(Set<String> keys) {
      keys.add(key);
    }

    @Override
    public String describe() {
      return key + " " + predicate.describe();
    }
  }

  record All(List<Condition> parts) implements Condition {
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public Tri eval(AnswerSource answers) {
      Tri result = Tri.TRUE;
      for (Condition c : parts) {
        Tri t = c.eval(answers);
        if (t == Tri.FALSE) {
          return Tri.FALSE;
        }
        if (t == Tri.UNKNOWN) {
          result = Tri.UNKNOWN;
        }
      }
      return result;
    }

    @Override
    public void collectKeys(Set<String> keys) {
      parts.forEach(p -> p.collectKeys(keys));
    }

    @Override
    public String describe() {
      return parts.stream().map(p -> p instanceof Any ? "(" + p.describe() + ")" : p.describe())
          .collect(Collectors.joining(" ∧ "));
    }
  }

  record Any(List<Condition> parts) implements Condition {
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public Tri eval(AnswerSource answers) {
      Tri result = Tri.FALSE;
      for (Condition c : parts) {
        Tri t = c.eval(answers);
        if (t == Tri.TRUE) {
          return Tri.TRUE;
        }
        if (t == Tri.UNKNOWN) {
          result = Tri.UNKNOWN;
        }
      }
      return result;
    }

    @Override
    public void collectKeys(Set<String> keys) {
      parts.forEach(p -> p.collectKeys(keys));
    }

    @Override
    public String describe() {
      return parts.stream().map(p -> p instanceof All ? "(" + p.describe() + ")" : p.describe())
          .collect(Collectors.joining(" ∨ "));
    }
  }

  record Not(Condition inner) implements Condition {
    public Not {
      requireNonNull(inner, "inner");
    }

    @Override
    public Tri eval(AnswerSource answers) {
      return inner.eval(answers).not();
    }

    @Override
    public void collectKeys(Set<String> keys) {
      inner.collectKeys(keys);
    }

    @Override
    public String describe() {
      return "¬(" + inner.describe() + ")";
    }
  }

  /**
   * True unless the inner condition is known to hold: an unknown answer does not block (unlike {@link Not}).
   * For rules that step aside only when another answer is known, e.g. the std-API preference where the
   * flowchart never asks about std compatibility.
   */
  record Unless(Condition inner) implements Condition {
    public Unless {
      requireNonNull(inner, "inner");
    }

    @Override
    public Tri eval(AnswerSource answers) {
      return inner.eval(answers) == Tri.TRUE ? Tri.FALSE : Tri.TRUE;
    }

    @Override
    public void collectKeys(Set<String> keys) {
      inner.collectKeys(keys);
    }

    @Override
    public String describe() {
      return "unless (" + inner.describe() + ")";
    }
  }

  /** What a {@link Test} checks. */
  sealed interface Predicate {
    Tri test(String key, AnswerSource answers);

    String describe();
  }

  record Is(boolean value) implements Predicate {
    @Override
    public Tri test(String key, AnswerSource answers) {
      return Tri.of(answers.bool(key) == value);
    }

    @Override
    public String describe() {
      return "= " + value;
    }
  }

  record In(List<String> values) implements Predicate {
    public In {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("In needs at least one value");
      }
    }

    @Override
    public Tri test(String key, AnswerSource answers) {
      return Tri.of(values.contains(answers.text(key)));
    }

    @Override
    public String describe() {
      return values.size() == 1 ? "= " + values.get(0) : "∈ {" + String.join(", ", values) + "}";
    }
  }

  enum Op {
    GT(">"),
    GE("≥"),
    LT("<"),
    LE("≤");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean apply(double left, double right) {
      return switch (this) {
        case GT -> left > right;
        case GE -> left >= right;
        case LT -> left < right;
        case LE -> left <= right;
      };
    }
  }

  record Compare(Op op, double threshold) implements Predicate {
    @Override
    public Tri test(String key, AnswerSource answers) {
      return Tri.of(op.apply(answers.number(key), threshold));
    }

    @Override
    public String describe() {
      return op.symbol() + " " + Numbers.format(threshold);
    }
  }

  record Contains(String element) implements Predicate {
    @Override
    public Tri test(String key, AnswerSource answers) {
      return Tri.of(answers.contains(key, element));
    }

    @Override
    public String describe() {
      return "∋ " + element;
    }
  }

  record ContainsAny(List<String> elements) implements Predicate {
    public ContainsAny {
      elements = List.copyOf(elements);
    }

    @Override
    public Tri test(String key, AnswerSource answers) {
      for (String e : elements) {
        if (answers.contains(key, e)) {
          return Tri.TRUE;
        }
      }
      return Tri.FALSE;
    }

    @Override
    public String describe() {
      return "∋ any of {" + String.join(", ", elements) + "}";
    }
  }

  record ContainsAll(List<String> elements) implements Predicate {
    public ContainsAll {
      elements = List.copyOf(elements);
    }

    @Override
    public Tri test(String key, AnswerSource answers) {
      for (String e : elements) {
        if (!answers.contains(key, e)) {
          return Tri.FALSE;
        }
      }
      return Tri.TRUE;
    }

    @Override
    public String describe() {
      return "∋ all of {" + String.join(", ", elements) + "}";
    }
  }

  record Empty(boolean value) implements Predicate {
    @Override
    public Tri test(String key, AnswerSource answers) {
      return Tri.of(answers.isEmpty(key) == value);
    }

    @Override
    public String describe() {
      return value ? "= []" : "≠ []";
    }
  }
}
