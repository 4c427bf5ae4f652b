package dev.rta.cli;

import dev.rta.domain.Answers;
import dev.rta.domain.decision.Decision;
import dev.rta.engine.Baseline;
import dev.rta.knowledge.AnswersReader;
import dev.rta.report.AdrRenderer;
import dev.rta.report.JsonRenderer;
import dev.rta.report.TextRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rta recommend}: answers in, an explained recommendation out. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Recommend an async runtime from answers to the decision tree's questions.",
      "Answers come from --answers FILE and --set key=value (--set wins); an answer left out is unknown,",
      "and the output lists the unknown answers that could change the result. `rta list-keys` lists the keys."
    },
    footer = {
      "",
      "Examples:",
      "  rta recommend --set platform=server --set high-throughput=true",
      "  rta recommend --answers answers.yaml --format json",
      "  rta recommend --set std=false --set features=file-io --baseline seed"
    })
final class RecommendCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "An answer, e.g. platform=server; lists are comma-separated, e.g. features=tls,timers. Repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--answers", paramLabel = "FILE", description = "An answers file (YAML or TOML) with the same keys.")
  @Nullable Path answersFile;

  @Option(names = "--baseline", paramLabel = "seed|current", defaultValue = "current",
      description = "seed: the document exactly; current (default): with the corrections layer.")
  String baseline;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json|markdown", defaultValue = "text",
      description = "Output format (default: text). markdown is an ADR in MADR 4 layout.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
  @Nullable Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print only the recommended runtime id (or 'conflict').")
  boolean quiet;

  enum Format { TEXT, JSON, MARKDOWN }

  @Override
  public Integer call() {
    Context ctx = root.context;
    Baseline b = Baseline.parse(baseline);
    if (b == null) {
      throw new UserError("bad value '" + baseline + "' for --baseline", "allowed: seed, current");
    }
    Answers answers = answers(ctx);
    Decision d = ctx.engine().decide(answers, b);
    String text;
    if (quiet) {
      text = TextRenderer.bare(d) + "\n";
    } else {
      text = switch (format) {
        case TEXT -> new TextRenderer(ctx.pack(), ctx.lang(), output == null ? ctx.style() : dev.rta.report.Style.plain())
            .render(d);
        case JSON -> new JsonRenderer(ctx.lang(), ctx.tool()).render(d);
        case MARKDOWN -> new AdrRenderer(ctx.pack(), ctx.lang(), ctx.tool(), ctx.today()).render(d);
      };
    }
    if (output != null) {
      Context.writeAtomically(output, text);
      ctx.err.println("rta: wrote " + output);
    } else {
      ctx.out.print(text);
    }
    return d.primary() == null ? ExitCode.FINDINGS.code : ExitCode.OK.code;
  }

  private Answers answers(Context ctx) {
    AnswersReader reader = new AnswersReader(ctx.pack().questionSet());
    Answers fromFile = answersFile == null ? Answers.empty() : reader.fromFile(answersFile);
    return fromFile.overriddenBy(reader.fromSets(sets));
  }
}
