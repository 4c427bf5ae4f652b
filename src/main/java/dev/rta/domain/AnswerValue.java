package dev.rta.domain;

import java.util.List;

/** The value of one answer. */
public sealed interface AnswerValue {
  /** The value as it is written in answers files and with {@code --set}. */
  String display();

  /** The value as a plain Java object for JSON/YAML/TOML output (Boolean, String, Number, List). */
  Object plain();

  record Bool(boolean value) implements AnswerValue {
    @Override
    public String display() {
      return Boolean.toString(value);
    }

    @Override
    public Object plain() {
      return value;
    }
  }

  record Text(String value) implements AnswerValue {
    @Override
    public String display() {
      return value;
    }

    @Override
    public Object plain() {
      return value;
    }
  }

  record Num(double value, boolean integer) implements AnswerValue {
    @Override
    public String display() {
      return Numbers.format(value);
    }

    @Override
    public Object plain() {
      return integer ? (Object) (long) value : (Object) value;
    }
  }

  record Items(List<String> values) implements AnswerValue {
    public Items {
      values = List.copyOf(values);
    }

    @Override
    public String display() {
      return String.join(",", values);
    }

    @Override
    public Object plain() {
      return values;
    }
  }
}
