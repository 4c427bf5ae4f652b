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
 * @param crates the version requirement rta writes for each crate it puts into a manifest ({@code rta new})
 */
public record CodeKnowledge(List<CodeExample> examples, List<MigrationGuide> migrations, List<Dependency> crates) {
  public CodeKnowledge {
    examples = List.copyOf(examples);
    migrations = List.copyOf(migrations);
    crates = List.copyOf(crates);
  }

  /** The requirement to write for a crate, from the {@code crates} table; null when the table lacks it. */
  public @Nullable Dependency crate(String name) {
    return byId(crates, Dependency::crate).get(name);
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
