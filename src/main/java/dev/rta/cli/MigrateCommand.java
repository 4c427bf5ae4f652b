package dev.rta.cli;

import dev.rta.app.Migrations;
import dev.rta.domain.migration.MigrationPlan;
import dev.rta.report.MigrationRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rta migrate [PATH] --to tokio|smol}: the codemod, as a diff by default, applied with --apply. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Move a Cargo workspace to another runtime: async-std -> tokio or smol, smol -> tokio, and blocking std code inside async functions -> tokio (--from std).",
      "Rewrites paths, imports, attributes and the API shapes that can be changed safely (accept loops, line streams, join handles, channels), and edits each Cargo.toml keeping its layout: the old runtime out, the new one in with exactly the features the code needs.",
      "What cannot be rewritten safely (macro bodies, semantic differences) is listed as a numbered checklist with file:line and the reason, never changed silently.",
      "Dry run by default: a unified diff on stdout (git apply accepts it) and the summary and checklist on stderr. --apply writes, only inside a git work tree whose files to change are committed, each file atomically with its mode and line endings kept. A second run changes nothing."
    },
    footer = {"", "Examples:", "  rta migrate --to tokio", "  rta migrate path/to/workspace --to smol > migrate.diff",
        "  rta migrate --to tokio --apply", "  rta migrate --to tokio --format json", "  rta migrate --to tokio --fail-on-changes",
        "", "Exit codes: 0 done (or nothing to do); 1 with --fail-on-changes, a migration is needed; 2 usage or input error (no Cargo.toml, a malformed Cargo.toml, a source that does not parse, not a git work tree, uncommitted changes); 3 internal error; 141 stdout closed."})
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", descriptionKey = "path", defaultValue = ".",
      description = "The workspace: a directory or a Cargo.toml (default: the current directory).")
  Path path;

  @Option(names = "--to", required = true, paramLabel = "tokio|smol", completionCandidates = Targets.class,
      description = "The runtime to move to.")
  String to;

  @Option(names = "--from", paramLabel = "async-std|smol|std", completionCandidates = Sources.class,
      description = "The runtime to move from (default: async-std, else smol, as the manifests declare).")
  @Nullable String from;

  @Option(names = "--apply", description = "Write the changes (default: print the diff only).")
  boolean apply;

  @Option(names = "--allow-dirty",
      description = "With --apply, write files that have uncommitted changes or are not tracked by git.")
  boolean allowDirty;

  @Option(names = "--latest",
      description = "Write the newest version of the new runtime the knowledge pack knows (default: the lowest that provides the APIs the code uses, e.g. tokio \"1\").")
  boolean latest;

  @Option(names = "--skip-unparsable",
      description = "Migrate the other files when a source does not parse, leaving it as it is (a checklist item if it names the old runtime); default: stop with exit code 2 and change nothing.")
  boolean skipUnparsable;

  @Option(names = "--fail-on-changes", description = "Exit 1 when the workspace needs a migration (for CI).")
  boolean failOnChanges;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "text: the diff on stdout, the summary and checklist on stderr; json: the plan (every edit and manual item) on stdout.")
  Format format;

  enum Format { TEXT, JSON }

  /** The runtimes a migration can move to, for shell completion. */
  static final class Targets implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("tokio", "smol").iterator();
    }
  }

  /** The runtimes a migration can move from, for shell completion. */
  static final class Sources implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("async-std", "smol", "std").iterator();
    }
  }

  @Override
  public Integer call() {
    Context ctx = root.context;
    Migrations migrations = new Migrations(ctx.advisor());
    MigrationPlan plan = migrations.plan(new Migrations.Request(path, to, from, latest, skipUnparsable));
    if (apply) {
      migrations.apply(plan, allowDirty);
    }
    MigrationRenderer renderer = new MigrationRenderer(ctx.lang());
    if (format == Format.JSON) {
      ctx.emit(null, renderer.json(plan, apply, ctx.tool()));
    } else {
      if (!apply) {
        // piped or redirected, the diff goes out byte for byte so that git apply takes it; on a terminal it is read
        PrintWriter sink = ctx.terminal ? ctx.out : ctx.data;
        sink.print(Migrations.diff(plan));
        sink.flush();
      }
      ctx.err.print(renderer.summary(plan, apply, path.toString()));
      ctx.err.flush();
    }
    return failOnChanges && plan.needed() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
  }
}
