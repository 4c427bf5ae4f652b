package dev.rta.cli;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Question;
import dev.rta.app.Questionnaire;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Walks the questionnaire: asks the unknown, relevant questions in order, lets the user go back,
 * shows a summary to confirm. Answers given with --set or --answers are not asked again.
 */
final class QuestionnaireRunner {
  private QuestionnaireRunner() {}

  static Answers run(Questionnaire questionnaire, Answers given, Prompter prompter) {
    List<Question> order = questionnaire.order();
    Set<String> fixed = given.values().keySet();
    Answers answers = given;
    Deque<Integer> history = new ArrayDeque<>();
    int pos = 0;
    int asked = 0;
    try {
      while (true) {
        while (pos < order.size()) {
          Question q = order.get(pos);
          if (fixed.contains(q.key()) || !questionnaire.relevant(q, answers)) {
            pos++;
            continue;
          }
          AnswerValue current = answers.known(q.key()) ? answers.get(q.key()) : null;
          Prompter.Reply reply = prompter.ask(q, history.size() + 1, current, !history.isEmpty());
          asked++;
          if (reply instanceof Prompter.Reply.Value v) {
            answers = answers.with(q.key(), v.value());
            history.push(pos);
            pos++;
          } else if (reply instanceof Prompter.Reply.Skip) {
            answers = answers.without(q.key());
            history.push(pos);
            pos++;
          } else if (!history.isEmpty()) {
            pos = history.pop();
          }
        }
        answers = ordered(questionnaire, questionnaire.withoutIrrelevant(answers, fixed));
        if (asked == 0 || prompter.summary(answers, fixed) == Prompter.Confirm.RECOMMEND) {
          return answers;
        }
        pos = history.isEmpty() ? 0 : history.pop();
      }
    } catch (Prompter.EndOfInput e) {
      return ordered(questionnaire, questionnaire.withoutIrrelevant(answers, fixed));
    }
  }

  private static Answers ordered(Questionnaire questionnaire, Answers answers) {
    java.util.Map<String, AnswerValue> m = new java.util.LinkedHashMap<>();
    for (Question q : questionnaire.pack().questions()) {
      if (answers.known(q.key())) {
        m.put(q.key(), answers.get(q.key()));
      }
    }
    return Answers.of(m);
  }
}
