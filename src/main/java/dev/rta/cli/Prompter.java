package dev.rta.cli;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Question;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Asks one question at a time; a terminal UI with arrow keys, or numbered prompts for piped input. */
interface Prompter {
  /** The user's reply to a question. */
  sealed interface Reply {
    record Value(AnswerValue value) implements Reply {}

    /** Leave it unknown. */
    record Skip() implements Reply {}

    /** Go back to the previous question. */
    record Back() implements Reply {}
  }

  /** What the user does with the summary. */
  enum Confirm { RECOMMEND, BACK }

  Reply ask(Question q, int number, @Nullable AnswerValue current, boolean canGoBack);

  Confirm summary(Answers answers, Set<String> given);

  /** Ctrl-C or "quit": leave without a recommendation. */
  final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted", null, false, false);
    }
  }

  /** The input ended: the remaining questions stay unknown. */
  final class EndOfInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EndOfInput() {
      super("end of input", null, false, false);
    }
  }
}
