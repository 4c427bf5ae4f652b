package dev.rta.domain.analysis;

import dev.rta.domain.Location;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The inverse path from a workspace member to a runtime crate, as {@code cargo tree -i} shows it.
 *
 * @param member the workspace member
 * @param steps the crates from the member's direct dependency to the runtime crate
 * @param activation how the first dependency is switched on
 * @param feature the member feature(s) that enable it, when activation is {@code feature}
 * @param target the cfg, when activation is {@code target}
 * @param location the member's manifest line that declares the first dependency
 */
public record DependencyPath(
    String member, List<PathStep> steps, Activation activation, @Nullable String feature, @Nullable String target,
    Location location) {
  public DependencyPath {
    steps = List.copyOf(steps);
  }

  /** {@code app → sqlx[runtime-async-std] → async-std}. */
  public String display() {
    return member + " → " + steps.stream().map(PathStep::display).collect(Collectors.joining(" → "));
  }
}
