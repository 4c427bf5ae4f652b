package dev.rta.cli;

import dev.rta.app.Advisor;
import dev.rta.domain.pack.PackCheck;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.RuleIds;
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
      description = "Validate a knowledge pack and prove its decision complete: every combination of answers ends in a primary runtime or an explicit conflict, and no two rules that can fire together disagree without a declared precedence. Exit code 1 on a gap, 2 on an invalid pack.",
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
      Lang lang = ctx.lang();
      String where = ctx.knowledge == null ? Messages.get(lang, "kb.bundled") : ctx.knowledge.toString();
      var out = ctx.out;
      out.println(Messages.get(lang, "kb.title", where, pack.manifest().id(), pack.version()));
      int branches = pack.checklist().stream().mapToInt(s -> s.items().stream().mapToInt(i -> i.branches().size()).sum()).sum();
      out.println("  " + Messages.get(lang, "kb.valid", Advisor.packFiles().size(), pack.candidates().size(),
          pack.questions().size(), pack.flowchart().nodes().size(), pack.flowchart().leaves().size(), branches,
          pack.finalMatrix().size(), RuleIds.all(pack).size(), pack.corrections().size(), pack.decisions().size()));
      long start = System.nanoTime();
      PackCheck report = ctx.advisor().checkPack();
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.println("  " + Messages.get(lang, "kb.space", report.keys(), group(report.combinations())));
      report.baselines().forEach((b, r) -> out.println("  " + Messages.get(lang, "kb.baseline", b, r.flowRegions(),
          r.supportRegions(), r.pairs())));
      for (PackCheck.Gap g : report.gaps()) {
        out.println("  " + Messages.get(lang, "kb.gap", g.baseline(), g.problem().in(lang), g.answers()));
      }
      for (var d : report.disagreements()) {
        out.println("  " + Messages.get(lang, "kb.disagreement", d.in(lang)));
      }
      if (report.ok()) {
        out.println("  " + Messages.get(lang, "kb.ok", group(report.combinations()), ms));
        return ExitCode.OK.code;
      }
      out.println("  " + Messages.get(lang, "kb.failed", report.gaps().size(), report.disagreements().size()));
      return ExitCode.FINDINGS.code;
    }

    private static String group(BigInteger n) {
      return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
  }
}
