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
      ctx.out.print(id == null ? r.examples() : r.example(find(id, code.example(id), "explain.code.unknownExample",
          "explain.code.hint.examples", code.examples().stream().map(CodeExample::id).toList())));
    } else {
      ctx.out.print(id == null ? r.migrations() : r.migration(find(id, code.migration(id), "explain.code.unknownMigration",
          "explain.code.hint.migrations", code.migrations().stream().map(MigrationGuide::id).toList())));
    }
    return ExitCode.OK.code;
  }

  private static <T> T find(String id, @Nullable T found, String key, String hintKey, List<String> ids) {
    if (found == null) {
      throw unknown(key, hintKey, id, ids);
    }
    return found;
  }

  private static UserError unknown(String key, String hintKey, String id, List<String> ids) {
    return new UserError(Messages.text(key, id, Suggestions.didYouMean(id, ids)),
        Messages.text(hintKey, String.join(", ", ids)));
  }
}
