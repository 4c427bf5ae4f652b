package dev.rta.cli;

import dev.rta.domain.Messages;
import dev.rta.domain.Suggestions;
import dev.rta.domain.pack.CodeExample;
import dev.rta.domain.pack.CodeKnowledge;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.report.ExampleRenderer;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code rta explain example [ID]} and {@code rta explain migration [FROM-TO]}: the document's code. */
final class CodeTopics {
  private static final Set<String> EXAMPLE = Set.of("example", "examples");
  private static final Set<String> MIGRATION = Set.of("migration", "migrations");

  private CodeTopics() {}

  /** Whether the topic names the examples or the migration guides rather than one piece of knowledge. */
  static boolean handles(String topic) {
    return EXAMPLE.contains(topic) || MIGRATION.contains(topic);
  }

  /** Prints the list (no id) or the one named; an unknown id is a user error with a did-you-mean. */
  static int explain(Context ctx, String topic, @Nullable String id, boolean seed) {
    CodeKnowledge code = ctx.pack().code();
    ExampleRenderer r = new ExampleRenderer(ctx.pack(), ctx.lang(), ctx.style(), seed);
    if (EXAMPLE.contains(topic)) {
      if (id == null) {
        ctx.out.print(r.examples());
        return ExitCode.OK.code;
      }
      CodeExample e = code.example(id);
      if (e == null) {
        throw unknown("explain.code.unknownExample", "explain.code.hint.examples", id,
            code.examples().stream().map(CodeExample::id).toList());
      }
      ctx.out.print(r.example(e));
      return ExitCode.OK.code;
    }
    if (id == null) {
      ctx.out.print(r.migrations());
      return ExitCode.OK.code;
    }
    MigrationGuide g = code.migration(id);
    if (g == null) {
      throw unknown("explain.code.unknownMigration", "explain.code.hint.migrations", id,
          code.migrations().stream().map(MigrationGuide::id).toList());
    }
    ctx.out.print(r.migration(g));
    return ExitCode.OK.code;
  }

  private static UserError unknown(String key, String hintKey, String id, List<String> ids) {
    return new UserError(Messages.text(key, id, Suggestions.didYouMean(id, ids)),
        Messages.text(hintKey, String.join(", ", ids)));
  }
}
