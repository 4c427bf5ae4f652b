package dev.rta.cli;

import dev.rta.app.Advisor;
import dev.rta.domain.Messages;
import dev.rta.domain.Suggestions;
import dev.rta.domain.pack.CorrectedProfile;
import dev.rta.domain.decision.Baseline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta compare A B [...]}. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = "Compare runtimes side by side: positioning, maintenance, features, ecosystem, performance stars, scenarios.",
    footer = {"", "Examples:", "  rta compare tokio smol", "  rta compare tokio async-std smol embassy --baseline seed"})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(arity = "2..*", paramLabel = "RUNTIME", descriptionKey = "runtimes", description = "Two or more of: tokio, async-std, smol, embassy.")
  List<String> runtimes = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "seed|current", defaultValue = "current",
      description = "The matrices as the document has them (seed) or corrected (current, default).")
  String baseline;

  @Option(names = "--width", paramLabel = "COLUMNS", description = "Table width (default: the terminal's, else $COLUMNS, else 100).")
  Integer width;

  @Override
  public Integer call() {
    Context ctx = root.context;
    Baseline b = DecisionOptions.baseline(baseline);
    Advisor.Comparison c = ctx.advisor().compare(runtimes, b);
    if (!c.unknown().isEmpty()) {
      String id = c.unknown().get(0);
      throw new UserError(Messages.text("pack.unknownRuntime", id, Suggestions.didYouMean(id, c.candidates())),
          Messages.text("pack.hint.runtimes", String.join(", ", c.candidates())));
    }
    List<CorrectedProfile> profiles = c.profiles();
    ctx.out.print(ctx.knowledgeRenderer(b).compare(profiles, width != null ? width : ctx.width()));
    return ExitCode.OK.code;
  }
}
