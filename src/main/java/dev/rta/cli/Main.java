package dev.rta.cli;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Problem;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The entry point. Only {@link #main} exits; {@link #run} returns the exit code, so tests call it
 * with their own streams and environment.
 */
public final class Main {
  private final PrintWriter out;
  private final PrintWriter err;
  private final InputStream in;
  private final Map<String, String> env;
  private boolean terminal;
  java.util.function.@org.jspecify.annotations.Nullable Supplier<org.jline.terminal.Terminal> terminalFactory;

  public Main(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
    this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.in = in;
    this.env = env;
  }

  /** Uses this terminal for the questionnaire (tests drive a dumb terminal with scripted keys). */
  Main withTerminal(java.util.function.Supplier<org.jline.terminal.Terminal> factory) {
    this.terminalFactory = factory;
    return this;
  }

  public static void main(String[] args) {
    Main main = new Main(System.out, System.err, System.in, System.getenv());
    main.terminal = System.console() != null;
    if (main.terminal) {
      main.terminalFactory = () -> {
        try {
          return org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
    }
    int code = main.run(args);
    System.exit(code);
  }

  /** Runs one command line; returns the exit code (0, 1, 2 or 3). */
  public int run(String... args) {
    Context context = new Context(out, err, in, env);
    context.terminal = terminal;
    context.terminalFactory = terminalFactory;
    CommandLine cli = commandLine(context);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(new RootCommand(context));
    cli.setOut(context.out);
    cli.setErr(context.err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ex, args) -> {
      String hint = "";
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        hint = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
      }
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      context.err.println("rta: " + ex.getMessage().replaceAll("\\s+$", "") + hint + " (see '" + command + " --help')");
      return ExitCode.USAGE.code;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(context, ex));
    return cli;
  }

  /** Turns a failure into one clear line (or one line per problem) and an exit code. */
  static int handle(Context context, Exception ex) {
    if (ex instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        context.err.println("rta: " + p.format());
      }
      return ExitCode.USAGE.code;
    }
    if (ex instanceof DecisionOptions.Interrupted) {
      context.err.println("rta: " + dev.rta.domain.Messages.get(context.lang(), "q.interrupted"));
      return ExitCode.INTERRUPTED.code;
    }
    if (ex instanceof UserError user) {
      context.err.println("rta: " + user.getMessage() + (user.hint() == null ? "" : " (" + user.hint() + ")"));
      return ExitCode.USAGE.code;
    }
    if (context.stacktrace) {
      ex.printStackTrace(context.err);
    }
    context.err.println("rta: internal error: " + ex + (context.stacktrace ? ""
        : " (this is a bug in rta; run again with --stacktrace and report it)"));
    return ExitCode.INTERNAL.code;
  }
}
