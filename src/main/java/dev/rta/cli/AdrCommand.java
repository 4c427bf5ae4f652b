package dev.rta.cli;

import dev.rta.app.Advisor;
import dev.rta.app.DecisionRecords;
import dev.rta.app.RunFiles;
import dev.rta.domain.Answers;
import dev.rta.domain.AnswersFormat;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.Decision;
import dev.rta.report.AdrRenderer;
import dev.rta.report.DenyRenderer;
import dev.rta.report.FlowchartRenderer;
import dev.rta.report.Style;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rta adr}: the decision as a record a team commits. */
@Command(
    name = "adr",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Write the recommendation as an architecture decision record (MADR 4) into the next free NNNN-async-runtime-<runtime>.md of --dir, never overwriting a file, with the answers file beside it.",
      "--format deny prints a cargo-deny [bans] section that bans the other runtimes' crates;",
      "--format mermaid prints the flowchart with the path the answers take."
    },
    footer = {"", "Examples:", "  rta adr --set platform=server --set project-type=web-api --set long-term=true",
        "  rta adr --dir doc/adr --answers answers.yaml --lang zh",
        "  rta adr --format deny --answers docs/decisions/0001-async-runtime-tokio.answers.yaml >> deny.toml"})
final class AdrCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Mixin DecisionOptions decision;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "docs/decisions",
      description = "Where decision records live (default: docs/decisions).")
  Path dir;

  @Option(names = {"-f", "--format"}, paramLabel = "markdown|deny|mermaid", defaultValue = "markdown",
      description = "markdown (default): write the ADR; deny: print a deny.toml [bans] section; mermaid: print the flowchart.")
  Format format;

  enum Format { MARKDOWN, DENY, MERMAID }

  @Override
  public Integer call() {
    Context ctx = root.context;
    decision.files().writes("stdout", RunFiles.STDOUT).check();
    Answers answers = decision.answers(ctx, true);
    Decision d = ctx.advisor().recommend(answers, decision.baseline());
    AdrRenderer adr = new AdrRenderer(ctx.pack(), ctx.lang(), ctx.tool(), ctx.today());
    switch (format) {
      case DENY -> {
        if (d.primary() == null) {
          ctx.err.println("rta: " + Messages.get(ctx.lang(), "adr.deny.conflict"));
          return ExitCode.FINDINGS.code;
        }
        ctx.out.print(new DenyRenderer(ctx.pack(), ctx.lang(), ctx.tool()).render(d, adr.title(d)));
        return ExitCode.OK.code;
      }
      case MERMAID -> {
        ctx.out.print(new FlowchartRenderer(ctx.pack().flowchart(), ctx.advisor().knowledge(decision.baseline()).leafLabels(),
            ctx.lang(), Style.plain(), d.flowchart()).mermaid());
        return ExitCode.OK.code;
      }
      default -> {
        String slug = "async-runtime-" + (d.primary() == null ? "conflict" : d.primary());
        Path written = write(slug, adr.render(d));
        String base = written.getFileName().toString().replaceFirst("\\.md$", "");
        Path answersFile = written.resolveSibling(base + ".answers.yaml");
        String header = Messages.get(ctx.lang(), "answers.header", Context.version(), ctx.pack().version(),
            answersFile.getFileName());
        Context.write(answersFile, Advisor.answersText(AnswersFormat.YAML, answers, header));
        ctx.out.println(written);
        ctx.out.println(answersFile);
        return d.primary() == null ? ExitCode.FINDINGS.code : ExitCode.OK.code;
      }
    }
  }

  private Path write(String slug, String content) {
    try {
      return new DecisionRecords(dir).write(slug, content);
    } catch (DecisionRecords.NoFreeNumber e) {
      throw UserError.of("err.cli.noFreeNumber", null, dir);
    } catch (IOException e) {
      throw UserError.cannotWrite(dir, e);
    }
  }
}
