package dev.rta.cli;

import dev.rta.app.Explanation;
import dev.rta.domain.Messages;
import dev.rta.domain.Suggestions;
import dev.rta.domain.decision.Baseline;
import dev.rta.report.KnowledgeRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta explain TOPIC}. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = "Explain a runtime (its profile), a rule (its source, condition, effect and corrections), an answer key, a correction (the document's words, what holds now, the source), an rta decision, an advisory, or the document's code examples and migration guides (example [ID], migration [FROM-TO]).",
    footer = {"", "Examples:", "  rta explain tokio", "  rta explain final.std-api", "  rta explain platform",
        "  rta explain async-std-discontinued", "  rta explain D1", "  rta explain RUSTSEC-2025-0052",
        "  rta explain example timers.smol", "  rta explain migration async-std-tokio --baseline seed"})
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(index = "0", paramLabel = "TOPIC", descriptionKey = "topic", description = "What to explain.")
  String topic;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ID", descriptionKey = "id",
      description = "With example or migration: which one (without it, the list).")
  @Nullable String id;

  @Option(names = "--baseline", paramLabel = "seed|current", defaultValue = "current",
      description = "Show the knowledge as the document has it (seed) or corrected (current, default).")
  String baseline;

  @Override
  public Integer call() {
    Context ctx = root.context;
    Baseline b = DecisionOptions.baseline(baseline);
    if (CodeTopics.handles(topic)) {
      return CodeTopics.explain(ctx, topic, id, b == Baseline.SEED);
    }
    if (id != null) {
      throw UserError.of("explain.code.extra", "explain.code.hint.extra", id);
    }
    KnowledgeRenderer r = ctx.knowledgeRenderer(b);
    Explanation e = ctx.advisor().explain(topic, b);
    String text;
    if (e instanceof Explanation.Runtime x) {
      text = r.runtime(x.profile(), x.advisories());
    } else if (e instanceof Explanation.Rule x) {
      text = r.rule(x.compiled());
    } else if (e instanceof Explanation.Key x) {
      text = r.key(x.question(), x.readers());
    } else if (e instanceof Explanation.CorrectionTopic x) {
      text = r.correction(x.correction());
    } else if (e instanceof Explanation.Decision x) {
      text = r.decision(x.note(), x.rules());
    } else if (e instanceof Explanation.AdvisoryTopic x) {
      text = r.advisory(x.advisory());
    } else if (e instanceof Explanation.Finding x) {
      text = r.finding(x.finding());
    } else {
      List<String> topics = ((Explanation.Unknown) e).topics();
      throw new UserError(Messages.text("explain.unknown", topic, Suggestions.didYouMean(topic, topics)),
          Messages.text("explain.unknown.hint"));
    }
    ctx.out.print(text);
    return ExitCode.OK.code;
  }
}
