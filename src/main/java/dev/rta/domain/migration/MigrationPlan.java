package dev.rta.domain.migration;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code rta migrate} would do to a workspace.
 *
 * @param migration the migration guide's id ({@code async-std-tokio})
 * @param from the runtime it moves from
 * @param to the runtime it moves to
 * @param root the workspace root
 * @param files the files that change, manifests included, in path order
 * @param manual what a person must review, numbered
 * @param summary the counts
 */
public record MigrationPlan(String migration, String from, String to, Path root, List<FileChange> files,
    List<ManualItem> manual, Summary summary) {
  public MigrationPlan {
    requireNonNull(migration, "migration");
    files = List.copyOf(files);
    manual = List.copyOf(manual);
  }

  /** Whether the migration would change anything or leaves anything to review. */
  public boolean needed() {
    return !files.isEmpty() || !manual.isEmpty();
  }

  /**
   * The counts of a plan.
   *
   * @param sources the Rust files read
   * @param uses the uses of the old runtime's API found in them (paths, attributes, methods, macro bodies)
   * @param automatic the uses rewritten
   * @param manual the uses left for review
   * @param edits the edits, manifests included
   */
  public record Summary(int sources, int uses, int automatic, int manual, int edits) {}
}
