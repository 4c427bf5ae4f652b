package dev.rta.cli;

import dev.rta.app.ProjectAnalysis;
import dev.rta.app.RunFiles;
import dev.rta.domain.Answers;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.AnalysisOptions;
import dev.rta.domain.analysis.AnalysisProgress;
import dev.rta.domain.analysis.Severity;
import dev.rta.report.AnalysisJsonRenderer;
import dev.rta.report.AnalysisMarkdownRenderer;
import dev.rta.report.AnalysisTextRenderer;
import dev.rta.report.SarifRenderer;
import dev.rta.report.Style;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta analyze [PATH]}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Read a Rust crate or workspace: which async runtimes it really uses and how (inverse dependency paths;"
        + " always-on, behind a feature, dev-only, build-only, target-specific), answers inferred with evidence,"
        + " findings, and the recommendation for the project. Reads only: nothing of the project is built or run.",
    footer = {"", "Examples:", "  rta analyze", "  rta analyze path/to/workspace --format sarif -o rta.sarif",
        "  rta analyze --set long-term=true --fail-on warning", "  rta analyze --no-cargo --format json"})
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", descriptionKey = "path", defaultValue = ".",
      description = "A directory inside the workspace, or a Cargo.toml (default: the current directory).")
  Path path;

  @Mixin DecisionOptions decision;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json|sarif|markdown", defaultValue = "text",
      description = "Output format (default: text).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE instead of stdout (- is stdout; see \"Where rta writes\" in the README).")
  @Nullable Path output;

  @Option(names = "--fail-on", paramLabel = "error|warning|note|never", defaultValue = "error",
      description = "Exit with 1 when a finding is at or above this level (default: error).")
  FailOn failOn;

  @Option(names = "--no-cargo",
      description = "Do not run cargo metadata; read Cargo.lock and the manifests (lower confidence).")
  boolean noCargo;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for reading sources (default: the CPUs).")
  @Nullable Integer threads;

  @Option(names = "--member", paramLabel = "NAME",
      description = "Show only this workspace member (its runtimes, answers, findings and recommendation); with"
          + " --save-answers, whose answers to save (needed when the workspace has several members).")
  @Nullable String member;

  @Option(names = "--full-parse",
      description = "Parse every source file whole instead of only the items that can matter (slower; same findings).")
  boolean fullParse;

  enum Format { TEXT, JSON, SARIF, MARKDOWN }

  enum FailOn { ERROR, WARNING, NOTE, NEVER }

  @Override
  public Integer call() {
    Context ctx = root.context;
    decision.files().readsProject(path).writes("-o", output == null ? RunFiles.STDOUT : output).check();
    Answers stated = decision.given(ctx);
    AnalysisOptions options = AnalysisOptions.defaults();
    String cargo = ctx.env.get("CARGO"); // set by cargo when run as `cargo rta`: the same toolchain
    if (cargo != null && !cargo.isBlank()) {
      options = options.withCargo(cargo);
    }
    options = options.withFullParse(fullParse).withPortableParser("portable".equals(ctx.env.get("RTA_PARSER")));
    if (noCargo) {
      options = options.withoutCargo();
    }
    if (threads != null) {
      options = options.withThreads(threads);
    }
    String home = ctx.env.get("CARGO_HOME");
    Path cargoHome = home != null && !home.isBlank() ? Path.of(home)
        : ctx.env.get("HOME") == null ? null : Path.of(ctx.env.get("HOME"), ".cargo");
    options = options.withCargoHome(cargoHome);
    Progress progress = new Progress(ctx);
    ProjectAnalysis.Report report = ctx.advisor().analyze(options, path, stated, decision.baseline(), progress);
    progress.done();
    Analysis a = report.analysis();
    if (member != null && !a.memberNames().contains(member)) {
      throw UserError.of("an.err.noMember", "an.hint.members.list", member, String.join(", ", a.memberNames()));
    }
    if (decision.savesAnswers()) {
      String which = member != null ? member : a.members().size() == 1 ? a.members().get(0).name() : null;
      if (which == null) {
        throw UserError.of("an.err.whichMember", "an.hint.members.list", "", String.join(", ", a.memberNames()));
      }
      decision.save(ctx, report.decision(which).answers());
    }
    String text = switch (format) {
      case TEXT -> new AnalysisTextRenderer(ctx.pack(), ctx.lang(), Context.toStdout(output) ? ctx.style() : Style.plain())
          .render(a, report.decisions(), member);
      case JSON -> new AnalysisJsonRenderer(ctx.lang(), ctx.tool()).render(a, report.decisions(), member);
      case SARIF -> new SarifRenderer(ctx.pack().analysis(), ctx.lang(), ctx.tool()).render(a, member);
      case MARKDOWN -> new AnalysisMarkdownRenderer(ctx.pack(), ctx.lang()).render(a, report.decisions(), member);
    };
    ctx.emit(output, text);
    if (!a.problems().isEmpty()) {
      for (Problem p : a.problems()) {
        ctx.err.println("rta: " + p.format(ctx.lang()));
      }
      return ExitCode.USAGE.code;
    }
    Severity threshold = switch (failOn) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case NOTE -> Severity.NOTE;
      case NEVER -> null;
    };
    return report.fails(threshold, member) ? ExitCode.FINDINGS.code : ExitCode.OK.code;
  }

  /** A progress line on stderr for large trees: redrawn on a terminal, every few seconds otherwise. */
  static final class Progress implements AnalysisProgress {
    static final int LARGE = 500;
    private final Context ctx;
    private long last;
    private boolean shown;

    Progress(Context ctx) {
      this.ctx = ctx;
    }

    @Override
    public synchronized void files(int done, int total) {
      if (total < LARGE) {
        return;
      }
      long now = System.nanoTime();
      boolean finished = done == total;
      if (!finished && now - last < (ctx.terminal ? 200_000_000L : 5_000_000_000L)) {
        return;
      }
      last = now;
      String line = Messages.get(ctx.lang(), "an.progress", done, total);
      if (ctx.terminal) {
        ctx.err.print("\r" + line);
      } else {
        ctx.err.println(line);
      }
      ctx.err.flush();
      shown = true;
    }

    void done() {
      if (shown && ctx.terminal) {
        ctx.err.println();
      }
    }
  }
}
