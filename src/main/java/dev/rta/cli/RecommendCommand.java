package dev.rta.cli;

import dev.rta.app.RunFiles;
import dev.rta.domain.decision.Decision;
import dev.rta.report.AdrRenderer;
import dev.rta.report.JsonRenderer;
import dev.rta.report.TextRenderer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rta recommend}: answers in, an explained recommendation out. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Recommend an async runtime from answers to the decision tree's questions. Answers come from --answers FILE and --set key=value (--set wins). On a terminal the missing answers are asked (arrow keys; piped input gets numbered prompts; --non-interactive never asks); an answer left out is unknown, and the output lists the unknown answers that could change the result.",
    footer = {
      "",
      "Examples:",
      "  rta recommend --set platform=server --set high-throughput=true",
      "  rta recommend --answers answers.yaml --format json",
      "  rta recommend --set std=false --set features=file-io --baseline seed"
    })
final class RecommendCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Mixin DecisionOptions decision;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json|markdown", defaultValue = "text",
      description = "Output format (default: text). markdown is an ADR in MADR 4 layout.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE instead of stdout (- is stdout; see \"Where rta writes\" in the README).")
  @Nullable Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print only the recommended runtime id (or 'conflict').")
  boolean quiet;

  enum Format { TEXT, JSON, MARKDOWN }

  @Override
  public Integer call() {
    Context ctx = root.context;
    decision.files().writes("-o", output == null ? RunFiles.STDOUT : output).check();
    Decision d = decision.decide(ctx, true);
    String text;
    if (quiet) {
      text = TextRenderer.bare(d) + "\n";
    } else {
      text = switch (format) {
        case TEXT -> new TextRenderer(ctx.pack(), ctx.lang(), Context.toStdout(output) ? ctx.style() : dev.rta.report.Style.plain())
            .render(d);
        case JSON -> new JsonRenderer(ctx.lang(), ctx.tool()).render(d);
        case MARKDOWN -> new AdrRenderer(ctx.pack(), ctx.lang(), ctx.tool(), ctx.today()).render(d);
      };
    }
    ctx.emit(output, text);
    return d.primary() == null ? ExitCode.FINDINGS.code : ExitCode.OK.code;
  }
}
