package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A runtime as the document describes it.
 *
 * @param id runtime id ({@code tokio}, {@code async-std}, {@code smol}, {@code embassy}, {@code futures})
 * @param name display name
 * @param candidate whether it is a runtime one can pick ({@code futures} is a base layer)
 * @param overview the overview table row
 * @param architecture the architecture diagram, or null
 * @param performance the performance table
 * @param ecosystem the ecosystem bullets
 * @param scenarios suitable / caution / unsuitable scenarios, or null
 * @param links documentation links
 */
public record RuntimeProfile(
    String id,
    String name,
    boolean candidate,
    Overview overview,
    @Nullable Architecture architecture,
    List<PerfMetric> performance,
    List<LocalizedText> ecosystem,
    @Nullable Scenarios scenarios,
    List<Link> links) {
  public RuntimeProfile {
    performance = List.copyOf(performance);
    ecosystem = List.copyOf(ecosystem);
    links = List.copyOf(links);
  }

  public RuntimeProfile withArchitecture(@Nullable Architecture a) {
    return new RuntimeProfile(id, name, candidate, overview, a, performance, ecosystem, scenarios, links);
  }

  public RuntimeProfile withPerformance(List<PerfMetric> p) {
    return new RuntimeProfile(id, name, candidate, overview, architecture, p, ecosystem, scenarios, links);
  }

  public RuntimeProfile withEcosystem(List<LocalizedText> e) {
    return new RuntimeProfile(id, name, candidate, overview, architecture, performance, e, scenarios, links);
  }

  public RuntimeProfile withScenarios(@Nullable Scenarios s) {
    return new RuntimeProfile(id, name, candidate, overview, architecture, performance, ecosystem, s, links);
  }
}
