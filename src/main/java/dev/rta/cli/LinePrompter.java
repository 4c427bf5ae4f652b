package dev.rta.cli;

import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswerType;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Choice;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Numbered prompts for input that is not a terminal (piped): one answer per line. */
final class LinePrompter implements Prompter {
  private final BufferedReader in;
  private final PrintWriter out;
  private final Lang lang;
  private final QuestionSet questions;

  LinePrompter(BufferedReader in, PrintWriter out, Lang lang, QuestionSet questions) {
    this.in = in;
    this.out = out;
    this.lang = lang;
    this.questions = questions;
  }

  private String m(String key, Object... args) {
    return Messages.get(lang, key, args);
  }

  private String readLine() {
    out.print("> ");
    out.flush();
    try {
      String line = in.readLine();
      if (line == null) {
        out.println();
        throw new EndOfInput();
      }
      return line.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Reply ask(Question q, int number, @Nullable AnswerValue current, boolean canGoBack) {
    out.println();
    out.println("[" + number + "] " + q.text().in(lang) + (current == null ? "" : "  (" + m("q.current", current.display()) + ")"));
    List<String> ids = options(q);
    for (int i = 0; i < ids.size(); i++) {
      out.println("  " + (i + 1) + ") " + label(q, ids.get(i)));
    }
    out.println("  " + m(q.type() == AnswerType.LIST ? "q.line.hint.list" : ids.isEmpty() ? "q.line.hint.number" : "q.line.hint"));
    while (true) {
      String line = readLine();
      switch (line) {
        case "" -> {
          return new Reply.Skip();
        }
        case "?" -> {
          out.println("  " + q.help().in(lang));
          continue;
        }
        case "<", "b" -> {
          if (canGoBack) {
            return new Reply.Back();
          }
          out.println("  " + m("q.noBack"));
          continue;
        }
        case "q" -> throw new Interrupted();
        default -> { }
      }
      try {
        return new Reply.Value(parse(q, ids, line));
      } catch (AnswerError e) {
        out.println("  " + e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
      }
    }
  }

  /** Numbers pick options; ids and true/false/yes/no work too. */
  private AnswerValue parse(Question q, List<String> ids, String line) throws AnswerError {
    if (q.type() == AnswerType.LIST) {
      if (line.equals("0") || line.equalsIgnoreCase("none")) {
        return new AnswerValue.Items(List.of());
      }
      List<String> picked = new ArrayList<>();
      for (String part : line.split("[,\\s]+")) {
        picked.add(pick(ids, part));
      }
      return questions.parseText(q.key(), String.join(",", picked));
    }
    return questions.parseText(q.key(), ids.isEmpty() ? line : pick(ids, line));
  }

  private static String pick(List<String> ids, String part) {
    if (part.matches("\\d+")) {
      int i = Integer.parseInt(part);
      if (i >= 1 && i <= ids.size()) {
        return ids.get(i - 1);
      }
    }
    return part.toLowerCase(Locale.ROOT);
  }

  static List<String> options(Question q) {
    if (q.type() == AnswerType.BOOL) {
      return List.of("true", "false");
    }
    return q.valueIds();
  }

  String label(Question q, String id) {
    if (q.type() == AnswerType.BOOL) {
      return m(id.equals("true") ? "q.yes" : "q.no");
    }
    Choice c = q.choice(id);
    return (c == null ? id : c.label().in(lang)) + "  [" + id + "]";
  }

  @Override
  public Confirm summary(Answers answers, Set<String> given) {
    out.println();
    out.println(m("q.summary"));
    for (Map.Entry<String, AnswerValue> e : answers.values().entrySet()) {
      out.println("  " + e.getKey() + " = " + e.getValue().display() + (given.contains(e.getKey()) ? "  (" + m("q.given") + ")" : ""));
    }
    if (answers.size() == 0) {
      out.println("  " + m("q.none"));
    }
    out.println("  " + m("q.summary.hint"));
    while (true) {
      String line = readLine();
      switch (line) {
        case "" -> {
          return Confirm.RECOMMEND;
        }
        case "<", "b" -> {
          return Confirm.BACK;
        }
        case "q" -> throw new Interrupted();
        default -> out.println("  " + m("q.summary.hint"));
      }
    }
  }
}
