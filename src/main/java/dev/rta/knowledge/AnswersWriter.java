package dev.rta.knowledge;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import java.util.Locale;
import java.util.Map;

/** Writes answers as a file that {@link AnswersReader} reads back to the same answers. */
public final class AnswersWriter {
  private AnswersWriter() {}

  /** TOML for {@code *.toml}, YAML otherwise. */
  public static String write(String fileName, Answers answers, String header) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".toml") ? toml(answers, header) : yaml(answers, header);
  }

  public static String yaml(Answers answers, String header) {
    StringBuilder sb = comment(header);
    for (Map.Entry<String, AnswerValue> e : answers.values().entrySet()) {
      sb.append(e.getKey()).append(": ");
      AnswerValue v = e.getValue();
      if (v instanceof AnswerValue.Items items) {
        sb.append('[').append(String.join(", ", items.values())).append(']');
      } else if (v instanceof AnswerValue.Text t) {
        sb.append(t.value());
      } else {
        sb.append(v.display());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  public static String toml(Answers answers, String header) {
    StringBuilder sb = comment(header);
    for (Map.Entry<String, AnswerValue> e : answers.values().entrySet()) {
      sb.append(e.getKey()).append(" = ");
      AnswerValue v = e.getValue();
      if (v instanceof AnswerValue.Items items) {
        sb.append('[');
        for (int i = 0; i < items.values().size(); i++) {
          sb.append(i == 0 ? "" : ", ").append('"').append(items.values().get(i)).append('"');
        }
        sb.append(']');
      } else if (v instanceof AnswerValue.Text t) {
        sb.append('"').append(t.value()).append('"');
      } else {
        sb.append(v.display());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static StringBuilder comment(String header) {
    StringBuilder sb = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append("# ").append(line).append('\n');
      }
    }
    return sb;
  }
}
