package dev.rta.cli;

import dev.rta.domain.Lang;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.app.Advisor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code rta}: the global options and the list of commands. */
@Command(
    name = "rta",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "rta, the Rust async runtime advisor: choose, check and change the async runtime of a Rust project (Tokio, async-std, smol, embassy), following the decision tree of the specification document and the corrections recorded since.",
    subcommands = {RecommendCommand.class, AnalyzeCommand.class, AdrCommand.class, ExplainCommand.class, CompareCommand.class,
        TreeCommand.class, NewCommand.class, MigrateCommand.class, ServeCommand.class, ListKeysCommand.class, KbCommand.class,
        CompletionCommand.class},
    footer = {"", "Exit codes: 0 done; 1 findings or gaps; 2 usage, configuration or input error; 3 a bug in rta; 130 interrupted (Ctrl-C); 141 stdout closed (e.g. `| head`)."})
final class RootCommand implements Callable<Integer> {
  final Context context;
  @Spec CommandSpec spec;

  RootCommand(Context context) {
    this.context = context;
  }

  /** The languages, for shell completion. */
  static final class Langs implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("en", "zh").iterator();
    }
  }

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "en|zh", completionCandidates = Langs.class,
      description = "Language of the output (default: $RTA_LANG, else the system locale).")
  void lang(String value) {
    Lang l = Lang.parse(value);
    if (l == null) {
      throw UserError.of("err.cli.lang", "hint.cli.lang", value);
    }
    context.lang = l;
  }

  @Option(names = "--knowledge", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Use the knowledge pack in DIR instead of the bundled one.")
  void knowledge(Path dir) {
    context.knowledge = dir;
  }

  @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "auto|always|never",
      description = "Colour the text output (default: auto, only on a terminal and without NO_COLOR).")
  void color(Context.ColorMode mode) {
    context.color = mode;
  }

  @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Same as --color never.")
  void noColor(boolean on) {
    if (on) {
      context.color = Context.ColorMode.NEVER;
    }
  }

  @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  void stacktrace(boolean on) {
    context.stacktrace = on;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.out);
    return ExitCode.OK.code;
  }

  /** {@code rta --version}: the tool and the knowledge pack. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      KnowledgePack pack = Advisor.bundled().pack();
      var doc = pack.manifest().document();
      return new String[] {
        "rta " + Context.version(),
        "knowledge pack " + pack.manifest().id() + " " + pack.version() + " (reviewed " + pack.manifest().reviewed() + ")",
        "document: " + doc.title().zh() + " / " + doc.title().en() + " v" + doc.version() + " (" + doc.date() + ")",
        "rust parser: " + Advisor.rustParser()
      };
    }
  }
}
