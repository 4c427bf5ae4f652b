package dev.rta.cli;

import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.Suggestions;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.RuntimeProfile;
import dev.rta.domain.decision.Baseline;
import dev.rta.report.KnowledgeRenderer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    KnowledgePack pack = ctx.pack();
    var engine = ctx.advisor();
    KnowledgeRenderer r = ctx.knowledgeRenderer(b);
    RuntimeProfile runtime = pack.runtime(topic);
    if (runtime != null) {
      // The advisories belong to the corrections layer: the document has none.
      ctx.out.print(r.runtime(ctx.profile(runtime, b), b == Baseline.SEED ? List.of()
          : pack.advisories().stream().filter(a -> a.runtime().equals(topic)).toList()));
      return ExitCode.OK.code;
    }
    List<RuleInfo> rule = engine.rule(topic, b);
    if (!rule.isEmpty()) {
      ctx.out.print(r.rule(rule));
      return ExitCode.OK.code;
    }
    Question q = pack.questionSet().find(topic);
    if (q != null) {
      ctx.out.print(r.key(q, engine.rulesReading(topic, b)));
      return ExitCode.OK.code;
    }
    Correction c = pack.correction(topic);
    if (c != null) {
      ctx.out.print(r.correction(c));
      return ExitCode.OK.code;
    }
    var d = pack.decision(topic.toUpperCase(java.util.Locale.ROOT));
    if (d != null) {
      List<String> rules = new ArrayList<>();
      for (String id : engine.ruleIds(b)) {
        engine.rule(id, b).stream().filter(i -> d.id().equals(i.decision())).findFirst().ifPresent(i -> rules.add(i.id()));
      }
      pack.flowchart().nodes().forEach(n -> n.branches().stream().filter(br -> d.id().equals(br.decision()))
          .forEach(br -> rules.add(n.id() + "=" + br.value())));
      ctx.out.print(r.decision(d, rules));
      return ExitCode.OK.code;
    }
    var a = pack.advisory(topic.toUpperCase(java.util.Locale.ROOT));
    if (a != null) {
      ctx.out.print(r.advisory(a));
      return ExitCode.OK.code;
    }
    Set<String> topics = new LinkedHashSet<>();
    pack.runtimes().forEach(x -> topics.add(x.id()));
    topics.addAll(engine.ruleIds(b));
    topics.addAll(pack.questionSet().keys());
    pack.corrections().forEach(x -> topics.add(x.id()));
    pack.decisions().forEach(x -> topics.add(x.id()));
    pack.advisories().forEach(x -> topics.add(x.id()));
    throw new UserError(Messages.text("explain.unknown", topic, Suggestions.didYouMean(topic, topics)),
        Messages.text("explain.unknown.hint"));
  }
}
