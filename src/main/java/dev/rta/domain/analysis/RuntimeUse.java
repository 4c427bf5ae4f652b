package dev.rta.domain.analysis;

import java.util.List;

/**
 * A runtime found in the project.
 *
 * @param id a candidate runtime id (tokio, async-std, smol, embassy) or another runtime's name
 * @param candidate whether it is one of the four the decision considers
 * @param status in use, or only pulled in by a library
 * @param activation the strongest activation of any path (always &gt; feature &gt; target &gt; dev &gt; build)
 * @param members the members that reach it
 * @param paths every inverse path
 * @param evidence what shows it is in use (entry points, spawns, runtime features, marker crates)
 */
public record RuntimeUse(
    String id, boolean candidate, UseStatus status, Activation activation, List<String> members,
    List<DependencyPath> paths, List<Evidence> evidence) {
  public RuntimeUse {
    members = List.copyOf(members);
    paths = List.copyOf(paths);
    evidence = List.copyOf(evidence);
  }
}
