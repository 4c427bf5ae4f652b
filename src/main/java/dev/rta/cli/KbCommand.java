package dev.rta.cli;

import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.RuleIds;
import dev.rta.engine.PackChecker;
import dev.rta.knowledge.PackLoader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta kb}: the knowledge pack. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Work with knowledge packs.",
    subcommands = {KbCommand.Check.class})
final class KbCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    new picocli.CommandLine(this).usage(root.context.out);
    return ExitCode.OK.code;
  }

  /** {@code rta kb check [DIR]}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      usageHelpAutoWidth = true,
      description = {
        "Validate a knowledge pack and prove its decision complete: every combination of answers ends in a",
        "primary runtime or an explicit conflict, and no two rules that can fire together disagree without a",
        "declared precedence. Exit code 1 on a gap, 2 on an invalid pack."
      },
      footer = {"", "Examples:", "  rta kb check", "  rta kb check ./my-pack"})
  static final class Check implements Callable<Integer> {
    @ParentCommand KbCommand kb;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "dir",
        description = "A pack directory (default: --knowledge DIR, else the bundled pack).")
    @Nullable Path dir;

    @Override
    public Integer call() {
      Context ctx = kb.root.context;
      if (dir != null) {
        ctx.knowledge = dir;
      }
      KnowledgePack pack = ctx.pack();
      String where = ctx.knowledge == null ? "bundled pack" : ctx.knowledge.toString();
      var out = ctx.out;
      out.println("rta kb check: " + where + " (" + pack.manifest().id() + " " + pack.version() + ")");
      int rules = RuleIds.all(pack).size();
      out.printf(Locale.ROOT, "  valid: %d files, %d runtimes, %d answer keys, %d flowchart questions, %d leaves,"
              + " %d checklist branches, %d final-matrix rows, %d rules, %d corrections, %d decisions%n",
          PackLoader.FILES.size(), pack.candidates().size(), pack.questions().size(), pack.flowchart().nodes().size(),
          pack.flowchart().leaves().size(),
          pack.checklist().stream().mapToInt(s -> s.items().stream().mapToInt(i -> i.branches().size()).sum()).sum(),
          pack.finalMatrix().size(), rules, pack.corrections().size(), pack.decisions().size());
      long start = System.nanoTime();
      PackChecker.Report report = PackChecker.check(pack);
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.println("  answer space: " + report.keys() + " keys, " + group(report.combinations())
          + " combinations (each key unknown or any of its values; numbers by the classes their thresholds make)");
      report.baselines().forEach((b, r) -> out.printf(Locale.ROOT,
          "  %-8s every flowchart walk ends in a leaf or an unknown answer (%d regions); every combination ends in"
              + " a recommendation or a conflict (%d regions); %d pairs of same-stage rules that disagree checked%n",
          b + ":", r.flowRegions(), r.supportRegions(), r.pairs()));
      for (PackChecker.Gap g : report.gaps()) {
        out.println("  GAP (" + g.baseline() + "): " + g.problem() + "; answers: " + g.answers());
      }
      for (String d : report.disagreements()) {
        out.println("  DISAGREEMENT: " + d);
      }
      if (report.ok()) {
        out.println("  OK: " + group(report.combinations()) + " combinations per baseline proven in " + ms + " ms");
        return ExitCode.OK.code;
      }
      out.println("  FAILED: " + report.gaps().size() + " gap(s), " + report.disagreements().size() + " disagreement(s)");
      return ExitCode.FINDINGS.code;
    }

    private static String group(BigInteger n) {
      return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
  }
}
