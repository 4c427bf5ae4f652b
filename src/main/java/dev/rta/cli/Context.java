package dev.rta.cli;

import dev.rta.app.Advisor;
import dev.rta.app.OutputFiles;
import dev.rta.app.RunFiles;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.decision.Baseline;
import dev.rta.report.KnowledgeRenderer;
import dev.rta.report.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** What one invocation shares: streams, environment, global options and the loaded knowledge pack. */
final class Context {
  final PrintWriter out;
  final PrintWriter err;
  /**
   * Standard output without the neutralising of control characters, for data that must reach a file or a pipe
   * byte for byte (a diff of sources that contain a form feed); on a terminal, use {@link #out}.
   */
  final PrintWriter data;
  final InputStream in;
  final Map<String, String> env;

  @Nullable Lang lang;
  @Nullable Path knowledge;
  boolean stacktrace;
  ColorMode color = ColorMode.AUTO;

  /** Opens the user's terminal for the questionnaire; null when standard input is not a terminal. */
  java.util.function.@Nullable Supplier<org.jline.terminal.Terminal> terminalFactory;

  private @Nullable Advisor advisor;

  enum ColorMode { AUTO, ALWAYS, NEVER }

  Context(PrintWriter out, PrintWriter data, PrintWriter err, InputStream in, Map<String, String> env) {
    this.out = out;
    this.data = data;
    this.err = err;
    this.in = in;
    this.env = env;
  }

  /** --lang, then RTA_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG), else English. */
  Lang lang() {
    if (lang != null) {
      return lang;
    }
    for (String var : new String[] {"RTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
      Lang l = Lang.parse(env.get(var));
      if (l != null) {
        return l;
      }
    }
    Lang l = Lang.parse(Locale.getDefault().toLanguageTag());
    return l == null ? Lang.EN : l;
  }

  /** The use cases on the pack of this run (--knowledge DIR, else the bundled one), loaded on first use. */
  Advisor advisor() {
    if (advisor == null) {
      advisor = knowledge == null ? Advisor.bundled() : Advisor.fromDirectory(knowledge);
      LocalDate reviewed = advisor.pack().manifest().reviewed();
      if (reviewed.plusYears(1).isBefore(today())) {
        err.println(Messages.get(lang(), "pack.stale", reviewed));
      }
    }
    return advisor;
  }

  KnowledgePack pack() {
    return advisor().pack();
  }

  /** The knowledge in words as the baseline has it, for explain and compare. */
  KnowledgeRenderer knowledgeRenderer(Baseline b) {
    var view = advisor().knowledge(b);
    return new KnowledgeRenderer(pack(), lang(), style(), view.features(), view.ecosystem(), view.statuses(),
        b == Baseline.CURRENT);
  }


  ToolInfo tool() {
    KnowledgePack p = pack();
    return new ToolInfo(version(), p.version(), p.manifest().reviewed().toString());
  }

  static String version() {
    Properties props = new Properties();
    try (InputStream in = Context.class.getResourceAsStream("/dev/rta/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = props.getProperty("version", "dev");
    return v.startsWith("${") ? "dev" : v;
  }

  /**
   * Today, or the day of SOURCE_DATE_EPOCH for reproducible output; a value that is not a whole number of seconds up
   * to the end of 9999 is the user's error (reproducible-builds.org: a malformed value must fail, not be ignored).
   */
  LocalDate today() {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isEmpty()) {
      return LocalDate.now();
    }
    long last = 253_402_300_799L; // 9999-12-31T23:59:59Z
    boolean digits = epoch.length() <= 12 && epoch.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits || Long.parseLong(epoch) > last) {
      String shown = epoch.codePointCount(0, epoch.length()) <= 40 ? epoch
          : epoch.substring(0, epoch.offsetByCodePoints(0, 39)) + "…";
      throw UserError.of("err.env.sourceDateEpoch", "hint.env.sourceDateEpoch", shown, String.valueOf(last));
    }
    return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Colours only on a terminal, never with NO_COLOR or TERM=dumb, unless --color always. */
  Style style() {
    return Style.of(switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    });
  }

  /** The width for tables: the terminal's, else $COLUMNS, else 100. */
  int width() {
    String cols = env.get("COLUMNS");
    if (cols != null && cols.matches("\\d{2,4}")) {
      return Integer.parseInt(cols);
    }
    if (terminal) {
      try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
        if (t.getWidth() > 20) {
          return t.getWidth();
        }
      } catch (IOException e) {
        return 100;
      }
    }
    return 100;
  }

  /** Whether standard output is a terminal (false in tests, which pass their own streams). */
  boolean terminal;

  /**
   * The output of a command: on stdout when no file is given (or {@code -}, {@code /dev/stdout}), else into the
   * file as {@link OutputFiles} writes, saying so on stderr.
   */
  void emit(@Nullable Path output, String text) {
    if (toStdout(output)) {
      out.print(text);
    } else {
      write(output, TerminalSafeWriter.neutralise(text)); // the file is read with cat and less, too
      err.println(Messages.get(lang(), "cli.wrote", output));
    }
  }

  /** Whether an output option sends the output to stdout (not given, {@code -}, {@code /dev/stdout}). */
  static boolean toStdout(@Nullable Path output) {
    return output == null || RunFiles.isStdout(output);
  }

  /** Writes a file as {@link OutputFiles} does; a failure is a user error that says why. */
  static void write(Path file, String text) {
    try {
      OutputFiles.write(file, text);
    } catch (IOException e) {
      throw UserError.cannotWrite(file, e);
    }
  }
}
