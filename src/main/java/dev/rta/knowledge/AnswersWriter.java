package dev.rta.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.AnswersFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes answers as a file that {@link AnswersReader} reads back to the same answers. */
public final class AnswersWriter {
  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private AnswersWriter() {}

  /** The answers in a format; the header becomes comments (JSON has none, so there it is left out). */
  public static String write(AnswersFormat format, Answers answers, String header) {
    return switch (format) {
      case YAML -> yaml(answers, header);
      case TOML -> toml(answers, header);
      case JSON -> json(answers);
    };
  }

  /** One JSON object of the answers, numbers as numbers and lists as arrays. */
  public static String json(Answers answers) {
    Map<String, Object> plain = new LinkedHashMap<>();
    answers.values().forEach((key, value) -> plain.put(key, value.plain()));
    try {
      return JSON.writeValueAsString(plain) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answers are plain values", e);
    }
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
