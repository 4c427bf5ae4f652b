package dev.rta.cli;

import dev.rta.app.FileErrors;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
  /** The exit code of a process killed by SIGPIPE, as a shell reports it. */
  private static final int BROKEN_PIPE = 128 + 13;

  private final OutputStream stdout;
  private final WatchedStream watched;
  private final PrintWriter out;
  private final PrintWriter data;
  private final PrintWriter err;
  private final InputStream in;
  private final Map<String, String> env;
  private boolean terminal;
  java.util.function.@org.jspecify.annotations.Nullable Supplier<org.jline.terminal.Terminal> terminalFactory;

  /**
   * rta on these streams. A failed write to {@code out} makes the run fail: a {@link PrintStream} is asked with
   * {@code checkError()}; any other stream's exception is kept, to say why.
   */
  public Main(OutputStream out, OutputStream err, InputStream in, Map<String, String> env) {
    this.stdout = out;
    this.watched = new WatchedStream(out);
    this.out = new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8)), true);
    this.data = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    this.in = in;
    this.env = env;
  }

  /** An output stream that remembers the first exception it passed on (a PrintWriter keeps only that one came). */
  private static final class WatchedStream extends FilterOutputStream {
    private @org.jspecify.annotations.Nullable IOException failure;

    WatchedStream(OutputStream out) {
      super(out);
    }

    private interface Write {
      void run() throws IOException;
    }

    private void watch(Write write) throws IOException {
      try {
        write.run();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      watch(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      watch(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
      watch(out::flush);
    }
  }

  /** Uses this terminal for the questionnaire (tests drive a dumb terminal with scripted keys). */
  Main withTerminal(java.util.function.Supplier<org.jline.terminal.Terminal> factory) {
    this.terminalFactory = factory;
    return this;
  }

  public static void main(String[] args) {
    // The descriptors themselves, not System.out: a PrintStream would swallow why a write failed.
    Main main = new Main(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), System.in,
        System.getenv());
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

  /** Runs one command line; returns the exit code (0, 1, 2, 3, 130, or 141 when stdout's reader went away). */
  public int run(String... args) {
    Context context = new Context(out, data, err, in, env);
    context.lang = prescanLang(args);
    context.terminal = terminal;
    context.terminalFactory = terminalFactory;
    CommandLine cli = commandLine(context);
    if (context.lang() == Lang.ZH) {
      cli.setResourceBundle(HelpTexts.zh());
    }
    int code;
    try {
      code = cli.execute(args);
    } catch (VirtualMachineError e) {
      code = handle(context, e); // picocli lets errors through; out of memory is still one line and exit code 3
    }
    code = checkStdout(context, code);
    err.flush();
    return code;
  }

  /** A run whose output did not reach stdout did not succeed (PrintWriter only records that a write failed). */
  private int checkStdout(Context context, int code) {
    boolean failed = out.checkError() || data.checkError() || stdout instanceof PrintStream ps && ps.checkError();
    if (!failed || code != ExitCode.OK.code && code != ExitCode.FINDINGS.code) {
      return code;
    }
    IOException why = watched.failure;
    if (why != null && "Broken pipe".equalsIgnoreCase(why.getMessage())) {
      return BROKEN_PIPE; // the reader left (rta ... | head): quiet, as a program killed by SIGPIPE
    }
    context.err.println("rta: " + (why == null ? Messages.get(context.lang(), "err.io.stdout")
        : Messages.get(context.lang(), "err.io.stdoutWhy", FileErrors.reason(why))));
    return ExitCode.USAGE.code;
  }

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(new RootCommand(context));
    cli.setOut(context.out);
    cli.setErr(context.err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ex, args) -> {
      if (ex.getCause() instanceof UserError user) {
        return handle(context, user);
      }
      Lang lang = context.lang();
      String message = ex.getMessage().replaceAll("\\s+$", "");
      String hint = "";
      if (ex instanceof CommandLine.UnmatchedArgumentException u) {
        if (lang == Lang.ZH) {
          message = Messages.get(lang, u.isUnknownOption() ? "err.cli.unknownOption" : "err.cli.unmatched",
              String.join(", ", u.getUnmatched()));
        }
        if (!u.getSuggestions().isEmpty()) {
          hint = Messages.get(lang, "suggest.didYouMean", String.join(" / ", u.getSuggestions()));
        }
      } else if (lang == Lang.ZH && ex instanceof CommandLine.MissingParameterException missing) {
        message = Messages.get(lang, "err.cli.missing", String.join(", ",
            missing.getMissing().stream().map(a -> a.paramLabel()).toList()));
      } else if (lang == Lang.ZH) {
        message = Messages.get(lang, "err.cli.invalid", message);
      }
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      context.err.println("rta: " + message + hint + " (" + Messages.get(lang, "hint.cli.help", command) + ")");
      return ExitCode.USAGE.code;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(context, ex));
    return cli;
  }

  /** --lang before picocli parses (its help and errors need the language); invalid values are left to picocli. */
  static @org.jspecify.annotations.Nullable Lang prescanLang(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return Lang.parse(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return Lang.parse(args[i].substring("--lang=".length()));
      }
    }
    return null;
  }

  /** Turns a failure into one clear line (or one line per problem) and an exit code. */
  static int handle(Context context, Throwable ex) {
    if (ex instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        context.err.println("rta: " + p.format(context.lang()));
      }
      return ExitCode.USAGE.code;
    }
    if (ex instanceof DecisionOptions.Interrupted) {
      context.err.println("rta: " + dev.rta.domain.Messages.get(context.lang(), "q.interrupted"));
      return ExitCode.INTERRUPTED.code;
    }
    if (ex instanceof UserError user) {
      context.err.println("rta: " + user.text().in(context.lang())
          + (user.hint() == null ? "" : " (" + user.hint().in(context.lang()) + ")"));
      return ExitCode.USAGE.code;
    }
    if (context.stacktrace) {
      ex.printStackTrace(context.err);
    }
    String what = ex instanceof OutOfMemoryError ? "out of memory: " + ex
        : ex instanceof StackOverflowError ? "stack overflow: " + ex : String.valueOf(ex);
    context.err.println("rta: internal error: " + what + " (rta " + Context.version() + "; this is a bug in rta"
        + (context.stacktrace ? "; report the command and this output)" : "; run again with --stacktrace and report it)"));
    return ExitCode.INTERNAL.code;
  }
}
