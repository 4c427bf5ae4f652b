package dev.rta.domain.analysis;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A runtime as one workspace member has it.
 *
 * @param id a candidate runtime id (tokio, async-std, smol, embassy) or another runtime's name
 * @param candidate whether it is one of the four the decision considers
 * @param status in use, only pulled in by a library, or declared but never used by the sources
 * @param scope the strongest activation of any path or use (always &gt; feature &gt; target &gt; dev &gt; build)
 * @param confidence how sure: lower when the dependency graph could not be resolved for this member
 * @param paths inverse paths from the member, one per direct dependency
 * @param evidence what shows it is in use (entry points, spawns, runtime features)
 * @param note why the claim is weaker or scoped (another member's features, a wasm32-only crate…), or null
 */
public record RuntimeUse(
    String id, boolean candidate, UseStatus status, Scope scope, Confidence confidence, List<DependencyPath> paths,
    List<Evidence> evidence, @Nullable LocalizedText note) {
  public RuntimeUse {
    paths = List.copyOf(paths);
    evidence = List.copyOf(evidence);
  }

  public Activation activation() {
    return scope.activation();
  }
}
