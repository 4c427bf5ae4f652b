package dev.rta.domain.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One workspace member: its runtimes, the facts and answers inferred from it alone.
 *
 * @param name the package name
 * @param manifest its Cargo.toml, relative to the workspace root
 * @param runtimes the runtimes it reaches
 * @param inferred answers and facts (target, chip) inferred from this member, by key, that hold in its default build
 * @param underFeatures list values that hold only with one of the member's features (databases: postgres with
 *     the feature psql)
 */
public record MemberAnalysis(String name, String manifest, List<RuntimeUse> runtimes, Map<String, Inferred> inferred,
    List<Inferred> underFeatures) {
  public MemberAnalysis {
    runtimes = List.copyOf(runtimes);
    underFeatures = List.copyOf(underFeatures);
    inferred = Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
  }

  /** Whether the member runs an async runtime (in use, in its product or only behind a feature). */
  public boolean runsAsync() {
    return runtimes.stream().anyMatch(r -> r.status() == UseStatus.IN_USE && r.activation() != Activation.DEV
        && r.activation() != Activation.BUILD);
  }
}
