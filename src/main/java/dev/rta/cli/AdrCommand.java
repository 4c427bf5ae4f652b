package dev.rta.cli;

import dev.rta.domain.Answers;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.Decision;
import dev.rta.knowledge.AnswersWriter;
import dev.rta.report.AdrRenderer;
import dev.rta.report.DenyRenderer;
import dev.rta.report.FlowchartRenderer;
import dev.rta.report.Style;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{4})-.*");

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
    Answers answers = decision.answers(ctx, true);
    Decision d = ctx.engine().decide(answers, decision.baseline());
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
        ctx.out.print(new FlowchartRenderer(ctx.pack().flowchart(), ctx.engine().leafLabels(decision.baseline()),
            ctx.lang(), Style.plain(), d.flowchart()).mermaid());
        return ExitCode.OK.code;
      }
      default -> {
        String slug = "async-runtime-" + (d.primary() == null ? "conflict" : d.primary());
        Path written = writeNext(slug, adr.render(d));
        String base = written.getFileName().toString().replaceFirst("\\.md$", "");
        Path answersFile = written.resolveSibling(base + ".answers.yaml");
        String header = Messages.get(ctx.lang(), "answers.header", Context.version(), ctx.pack().version(),
            answersFile.getFileName());
        Context.writeAtomically(answersFile, AnswersWriter.yaml(answers, header));
        ctx.out.println(written);
        ctx.out.println(answersFile);
        return d.primary() == null ? ExitCode.FINDINGS.code : ExitCode.OK.code;
      }
    }
  }

  /** Writes NNNN-slug.md with the next free number; an existing file is never replaced. */
  private Path writeNext(String slug, String content) {
    try {
      Files.createDirectories(dir);
      for (int attempt = 0; attempt < 100; attempt++) {
        int next = nextNumber() + attempt;
        Path target = dir.resolve(String.format("%04d-%s.md", next, slug));
        Path tmp = Files.createTempFile(dir, ".rta-adr", ".tmp");
        try {
          Files.writeString(tmp, content, StandardCharsets.UTF_8);
          try {
            Files.createLink(target, tmp);
          } catch (UnsupportedOperationException | IOException linkFailed) {
            if (linkFailed instanceof FileAlreadyExistsException) {
              continue;
            }
            Files.move(tmp, target);
          }
          return target;
        } catch (FileAlreadyExistsException e) {
          // another writer took this number: try the next one
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      throw UserError.of("err.cli.noFreeNumber", null, dir);
    } catch (IOException e) {
      throw UserError.of("err.cli.cannotWrite", "hint.cli.permissions", dir, String.valueOf(e.getMessage()));
    }
  }

  private int nextNumber() throws IOException {
    int max = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Matcher m = NUMBERED.matcher(p.getFileName().toString());
        if (m.matches()) {
          max = Math.max(max, Integer.parseInt(m.group(1)));
        }
      }
    }
    return max + 1;
  }
}
