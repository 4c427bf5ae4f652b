package dev.rta.cli;

import dev.rta.analyzer.Analyzer;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.decision.Decision;
import dev.rta.report.AnalysisJsonRenderer;
import dev.rta.report.AnalysisMarkdownRenderer;
import dev.rta.report.AnalysisTextRenderer;
import dev.rta.report.SarifRenderer;
import dev.rta.report.Style;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
  @Nullable Path output;

  @Option(names = "--fail-on", paramLabel = "error|warning|note|never", defaultValue = "error",
      description = "Exit with 1 when a finding is at or above this level (default: error).")
  FailOn failOn;

  @Option(names = "--no-cargo",
      description = "Do not run cargo metadata; read Cargo.lock and the manifests (lower confidence).")
  boolean noCargo;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for reading sources (default: the CPUs).")
  @Nullable Integer threads;

  @Option(names = "--full-parse",
      description = "Parse every source file whole instead of only the items that can matter (slower; same findings).")
  boolean fullParse;

  enum Format { TEXT, JSON, SARIF, MARKDOWN }

  enum FailOn { ERROR, WARNING, NOTE, NEVER }

  @Override
  public Integer call() {
    Context ctx = root.context;
    Answers stated = decision.given(ctx);
    Analyzer.Options options = Analyzer.Options.defaults();
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
    Progress progress = new Progress(ctx);
    Analysis a = new Analyzer(ctx.pack(), options).analyze(path, stated, progress);
    progress.done();
    Map<String, AnswerValue> inferred = new LinkedHashMap<>();
    for (Inferred i : a.inferred().values()) {
      inferred.put(i.key(), i.value());
    }
    Answers answers = Answers.of(inferred).overriddenBy(stated);
    Decision d = ctx.engine().decide(answers, decision.baseline());
    decision.save(ctx, answers);
    String text = switch (format) {
      case TEXT -> new AnalysisTextRenderer(ctx.pack(), ctx.lang(), output == null ? ctx.style() : Style.plain())
          .render(a, d);
      case JSON -> new AnalysisJsonRenderer(ctx.lang(), ctx.tool()).render(a, d);
      case SARIF -> new SarifRenderer(ctx.pack().analysis(), ctx.lang(), ctx.tool()).render(a);
      case MARKDOWN -> new AnalysisMarkdownRenderer(ctx.pack(), ctx.lang()).render(a, d);
    };
    ctx.emit(output, text);
    if (!a.problems().isEmpty()) {
      for (Problem p : a.problems()) {
        ctx.err.println("rta: " + p.format(ctx.lang()));
      }
      return ExitCode.USAGE.code;
    }
    int threshold = switch (failOn) {
      case ERROR -> 0;
      case WARNING -> 1;
      case NOTE -> 2;
      case NEVER -> -1;
    };
    for (Finding f : a.findings()) {
      int severity = switch (f.level()) {
        case "error" -> 0;
        case "warning" -> 1;
        default -> 2;
      };
      if (severity <= threshold) {
        return ExitCode.FINDINGS.code;
      }
    }
    return ExitCode.OK.code;
  }

  /** A progress line on stderr for large trees: redrawn on a terminal, every few seconds otherwise. */
  static final class Progress implements Analyzer.Progress {
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
