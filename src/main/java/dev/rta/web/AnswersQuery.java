package dev.rta.web;

import dev.rta.app.Advisor;
import dev.rta.domain.AnswerType;
import dev.rta.domain.Answers;
import dev.rta.domain.Question;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers in a URL's query, so that a link reproduces a result: {@code ?platform=server&features=tls&features=timers}.
 * A key is an answer key of the pack; a list key may repeat or hold comma-separated values; an empty value is
 * unknown. Other parameters ({@code lang}, {@code baseline}) are not answers.
 */
final class AnswersQuery {
  private AnswersQuery() {}

  /** The answer values of a query, per key in the questionnaire's order, as typed. */
  static Map<String, List<String>> raw(List<Question> questions, Map<String, List<String>> params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Question q : questions) {
      List<String> values = new ArrayList<>();
      for (String v : params.getOrDefault(q.key(), List.of())) {
        for (String part : q.type() == AnswerType.LIST ? v.split(",") : new String[] {v}) {
          if (!part.isBlank()) {
            values.add(part.strip());
          }
        }
      }
      if (!values.isEmpty()) {
        out.put(q.key(), values);
      }
    }
    return out;
  }

  /** The answers of a query, checked as {@code --set} checks them (an error names the key and the value). */
  static Answers parse(Advisor advisor, Map<String, List<String>> raw) {
    List<String> sets = new ArrayList<>();
    raw.forEach((key, values) -> sets.add(key + "=" + String.join(",", values)));
    return advisor.parseAnswers(sets);
  }

  /** The query of these answers, in the questionnaire's order: the permalink's. */
  static String query(Map<String, List<String>> raw) {
    StringBuilder out = new StringBuilder();
    raw.forEach((key, values) -> {
      for (String v : values) {
        out.append(out.length() == 0 ? "" : "&").append(encode(key)).append('=').append(encode(v));
      }
    });
    return out.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
