package dev.rta.domain.analysis;

import java.util.List;

/** A runtime across the workspace: which members run it, which only pull it in, which declare it unused. */
public record RuntimeSummary(
    String id, boolean candidate, List<String> inUse, List<String> pulledIn, List<String> declaredUnused) {
  public RuntimeSummary {
    inUse = List.copyOf(inUse);
    pulledIn = List.copyOf(pulledIn);
    declaredUnused = List.copyOf(declaredUnused);
  }
}
