package dev.rta.domain.analysis;

import dev.rta.domain.Location;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inverse path from a workspace member to a runtime crate, as {@code cargo tree -i} shows it.
 *
 * @param member the workspace member
 * @param steps the crates from the member's direct dependency to the runtime crate
 * @param scope how the path is switched on: the member's direct dependency (always, behind a member feature,
 *     dev, build, for a target), or a target-specific edge further down
 * @param location the member's manifest line that declares the first dependency
 * @param confidence high when every edge was resolved with the features this member enables; lower when a
 *     lockfile edge could come from another member's features
 */
public record DependencyPath(
    String member, List<PathStep> steps, Scope scope, Location location, Confidence confidence) {
  public DependencyPath {
    steps = List.copyOf(steps);
  }

  public Activation activation() {
    return scope.activation();
  }

  /** {@code app → sqlx[runtime-async-std] → async-std}. */
  public String display() {
    return member + " → " + steps.stream().map(PathStep::display).collect(Collectors.joining(" → "));
  }
}
