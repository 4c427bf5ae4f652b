package dev.rta.cli;

import dev.rta.app.StarterProjects;
import dev.rta.domain.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta new DIR}: a starter project with today's APIs, from a runtime or from a decision. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Create a starter project in DIR for a runtime: Cargo.toml (versions from the knowledge pack), src/main.rs, .gitignore and a README that explains the choice.",
      "The runtime is given with --runtime, or comes from a decision: the recommendation for --from-answers FILE, or the runtime of an ADR written by rta adr (--from-adr FILE), which the README links.",
      "Templates: tokio (echo, http, timers, grpc), smol (echo, timers), embassy (timers). A non-empty DIR is refused unless --force, and no existing file is ever overwritten."
    },
    footer = {"", "Examples:", "  rta new my-server --runtime tokio --example http",
        "  rta new my-tool --runtime smol --example timers --lang zh",
        "  rta new my-app --from-adr docs/decisions/0001-async-runtime-tokio.md",
        "  rta new my-firmware --runtime embassy",
        "", "Exit codes: 0 created; 2 usage or input error (unknown runtime or example, DIR is a file, DIR not empty)."})
final class NewCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir", description = "The project directory (created when missing).")
  Path dir;

  @Option(names = {"-r", "--runtime"}, paramLabel = "tokio|smol|embassy", completionCandidates = Runtimes.class,
      description = "The runtime of the project.")
  @Nullable String runtime;

  @Option(names = "--from-answers", paramLabel = "FILE",
      description = "Use the runtime rta recommends for the answers in FILE (YAML or TOML).")
  @Nullable Path fromAnswers;

  @Option(names = "--from-adr", paramLabel = "FILE", description = "Use the runtime of an ADR written by rta adr.")
  @Nullable Path fromAdr;

  @Option(names = {"-e", "--example"}, paramLabel = "echo|http|timers|grpc", completionCandidates = Examples.class,
      description = "What the starter does (default: the runtime's first: echo, or timers for embassy).")
  @Nullable String example;

  @Option(names = "--name", paramLabel = "NAME", description = "The package name (default: the name of DIR).")
  @Nullable String name;

  @Option(names = "--force", description = "Write into a non-empty DIR; existing files are kept, never overwritten.")
  boolean force;

  /** The runtimes with templates, for shell completion. */
  static final class Runtimes implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("tokio", "smol", "embassy").iterator();
    }
  }

  /** The examples, for shell completion. */
  static final class Examples implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("echo", "http", "timers", "grpc").iterator();
    }
  }

  @Override
  public Integer call() {
    Context ctx = root.context;
    StarterProjects.Result r;
    try {
      r = new StarterProjects(ctx.advisor()).create(new StarterProjects.Request(dir, runtime, fromAnswers, fromAdr, example,
          name, ctx.lang(), force));
    } catch (StarterProjects.Refused e) {
      throw UserError.of(e.key(), e.hintKey(), e.args());
    }
    for (String f : r.written()) {
      ctx.out.println(Messages.get(ctx.lang(), "new.wrote", r.dir().resolve(f)));
    }
    for (String f : r.kept()) {
      ctx.err.println("rta: " + Messages.get(ctx.lang(), "new.kept", r.dir().resolve(f)));
    }
    ctx.out.println(Messages.get(ctx.lang(), "new.done", r.runtime(), r.name(), r.example(), r.dir(), r.written().size(),
        r.kept().size()));
    if (!r.runtime().equals("embassy")) {
      ctx.out.println(Messages.get(ctx.lang(), "new.next", r.dir()));
    }
    return ExitCode.OK.code;
  }
}
