package dev.rta.domain.pack;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The document's code: its examples and migration guides ({@code examples.yaml}, {@code migrations.yaml}).
 *
 * @param examples the code examples, in the document's order
 * @param migrations the migration guides, the document's first
 */
public record CodeKnowledge(List<CodeExample> examples, List<MigrationGuide> migrations) {
  public CodeKnowledge {
    examples = List.copyOf(examples);
    migrations = List.copyOf(migrations);
  }

  public @Nullable CodeExample example(String id) {
    return byId(examples, CodeExample::id).get(id);
  }

  public @Nullable MigrationGuide migration(String id) {
    return byId(migrations, MigrationGuide::id).get(id);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }
}
