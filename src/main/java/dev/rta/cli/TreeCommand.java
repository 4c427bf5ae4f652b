package dev.rta.cli;

import dev.rta.domain.Answers;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.Baseline;
import dev.rta.report.FlowchartRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rta tree}: the flowchart, with the path some answers take. */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = "Draw the decision flowchart (ASCII, Mermaid or DOT); with answers, highlight the path they take.",
    footer = {"", "Examples:", "  rta tree", "  rta tree --format mermaid --set platform=server --set high-throughput=false",
        "  rta tree --format dot | dot -Tsvg > flowchart.svg"})
final class TreeCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Mixin DecisionOptions decision;

  @Option(names = {"-f", "--format"}, paramLabel = "ascii|mermaid|dot", defaultValue = "ascii",
      description = "Output format (default: ascii).")
  Format format;

  enum Format { ASCII, MERMAID, DOT }

  @Override
  public Integer call() {
    Context ctx = root.context;
    Baseline b = decision.baseline();
    Answers answers = decision.answers(ctx, false);
    FlowPath path = answers.size() == 0 ? null : ctx.advisor().recommend(answers, b).flowchart();
    FlowchartRenderer r = new FlowchartRenderer(ctx.pack().flowchart(), ctx.advisor().knowledge(b).leafLabels(), ctx.lang(),
        format == Format.ASCII ? ctx.style() : dev.rta.report.Style.plain(), path);
    ctx.out.print(switch (format) {
      case ASCII -> r.ascii();
      case MERMAID -> r.mermaid();
      case DOT -> r.dot();
    });
    return ExitCode.OK.code;
  }
}
