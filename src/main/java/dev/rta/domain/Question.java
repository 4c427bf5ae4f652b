package dev.rta.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer key: its type, allowed values and the question the questionnaire asks.
 *
 * @param key the public key, e.g. {@code platform}
 * @param type the value type
 * @param source the id of the document section the question comes from
 * @param text the question
 * @param help one line of help
 * @param values allowed values (enum and list keys only)
 * @param min inclusive minimum (integer keys), or null
 * @param above exclusive minimum (number keys), or null
 * @param askIf when the questionnaire asks it (null: always)
 */
public record Question(
    String key,
    AnswerType type,
    String source,
    LocalizedText text,
    LocalizedText help,
    List<Choice> values,
    @Nullable Double min,
    @Nullable Double above,
    @Nullable Condition askIf) {
  public Question {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    requireNonNull(help, "help");
    values = List.copyOf(values);
  }

  public List<String> valueIds() {
    return values.stream().map(Choice::id).toList();
  }

  public @Nullable Choice choice(String id) {
    return values.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  /** The allowed values as the user would type them, for error messages and list-keys. */
  public LocalizedText allowed() {
    return switch (type) {
      case BOOL -> LocalizedText.same("true, false");
      case INTEGER -> min == null ? Messages.text("allowed.integer") : Messages.text("allowed.integerMin", Math.round(min));
      case NUMBER -> above == null ? Messages.text("allowed.number") : Messages.text("allowed.numberAbove", Numbers.format(above));
      case ENUM -> LocalizedText.same(String.join(", ", valueIds()));
      case LIST -> Messages.text("allowed.list", String.join(", ", valueIds()));
    };
  }

  public String allowedDescription() {
    return allowed().en();
  }
}
