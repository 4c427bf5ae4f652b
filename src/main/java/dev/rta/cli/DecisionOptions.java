package dev.rta.cli;

import dev.rta.app.Advisor;
import dev.rta.app.RunFiles;
import dev.rta.domain.Answers;
import dev.rta.domain.AnswersFormat;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.Baseline;
import dev.rta.app.Questionnaire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that say what to decide: answers, the baseline and whether to ask the missing answers. */
final class DecisionOptions {
  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "An answer, e.g. platform=server; lists are comma-separated, e.g. features=tls,timers. Repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--answers", paramLabel = "FILE",
      description = "An answers file with the same keys: YAML, TOML or JSON by its extension; - reads standard input.")
  @Nullable Path answersFile;

  @Option(names = "--baseline", paramLabel = "seed|current", defaultValue = "current",
      description = "seed: the document exactly; current (default): with the corrections layer.")
  String baseline = "current";

  @Option(names = "--non-interactive",
      description = "Never ask; missing answers stay unknown (also: environment RTA_NON_INTERACTIVE=1).")
  boolean nonInteractive;

  @Option(names = "--interactive",
      description = "Ask the missing answers even when some are given with --set or --answers (without this, the"
          + " questionnaire runs only when no answer is given).")
  boolean interactive;

  @Option(names = "--save-answers", paramLabel = "FILE",
      description = "Write the answers (*.yaml, *.yml, *.toml or *.json; - for stdout) so the decision can be committed"
          + " and replayed.")
  @Nullable Path saveAnswers;

  Baseline baseline() {
    return baseline(baseline);
  }

  /** The baseline a --baseline value names, or a user error. */
  static Baseline baseline(String value) {
    Baseline b = Baseline.parse(value);
    if (b == null) {
      throw UserError.badBaseline(value);
    }
    return b;
  }

  /** The given answers (file, then --set), completed by the questionnaire when one can be asked. */
  Answers answers(Context ctx, boolean ask) {
    Answers given = given(ctx);
    Answers answers = given;
    // Given answers are used as they are (the rest stay unknown and are listed); the questionnaire runs when
    // nothing is given, or when asked for.
    boolean wanted = given.size() == 0 || this.interactive;
    boolean interactive = ask && wanted && !nonInteractive && !"1".equals(ctx.env.get("RTA_NON_INTERACTIVE"))
        && !"true".equals(ctx.env.get("RTA_NON_INTERACTIVE"));
    if (interactive) {
      answers = ask(ctx, given);
    }
    save(ctx, answers);
    return answers;
  }

  /** The answers given on the command line: the --answers file (or standard input), then --set (which wins). */
  Answers given(Context ctx) {
    Advisor advisor = ctx.advisor();
    Answers file = answersFile == null ? Answers.empty()
        : RunFiles.isStdin(answersFile) ? advisor.readAnswers(ctx.in) : advisor.readAnswers(answersFile);
    return file.overriddenBy(advisor.parseAnswers(sets));
  }

  /**
   * The files these options read and write, for the command to add its own and check before anything is read or
   * written; an unknown --save-answers extension is refused here, before any work.
   */
  RunFiles files() {
    if (saveAnswers != null && !Context.toStdout(saveAnswers)) {
      Advisor.answersFormat(saveAnswers);
    }
    return new RunFiles().reads("--answers", answersFile).writes("--save-answers", saveAnswers);
  }

  /** Whether --save-answers was given. */
  boolean savesAnswers() {
    return saveAnswers != null;
  }

  /** Writes the answers to --save-answers, when given, in the format its extension names ({@code -}: YAML on stdout). */
  void save(Context ctx, Answers answers) {
    if (saveAnswers != null) {
      AnswersFormat format = Context.toStdout(saveAnswers) ? AnswersFormat.YAML : Advisor.answersFormat(saveAnswers);
      String header = Messages.get(ctx.lang(), "answers.header", Context.version(), ctx.pack().version(), saveAnswers.getFileName());
      ctx.emit(saveAnswers, Advisor.answersText(format, answers, header));
    }
  }

  private Answers ask(Context ctx, Answers given) {
    Questionnaire questionnaire = ctx.advisor().questionnaire();
    try {
      if (ctx.terminalFactory != null) {
        Terminal terminal = ctx.terminalFactory.get();
        try (TerminalPrompter prompter = new TerminalPrompter(terminal, ctx.lang(), ctx.pack().questionSet(), ctx.style())) {
          return QuestionnaireRunner.run(questionnaire, given, prompter);
        } finally {
          closeQuietly(terminal);
        }
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in, StandardCharsets.UTF_8));
      LinePrompter prompter = new LinePrompter(in, ctx.err, ctx.lang(), ctx.pack().questionSet());
      return QuestionnaireRunner.run(questionnaire, given, prompter);
    } catch (Prompter.Interrupted e) {
      throw new Interrupted();
    }
  }

  private static void closeQuietly(Terminal terminal) {
    try {
      terminal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Decision decide(Context ctx, boolean ask) {
    Baseline b = baseline();
    return ctx.advisor().recommend(answers(ctx, ask), b);
  }

  /** The user left the questionnaire (Ctrl-C or q). */
  static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted", null, false, false);
    }
  }
}
