package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A case of the performance dimension (性能需求维度): first choice and fallback. */
public record PerformanceRow(
    String id,
    LocalizedText title,
    Condition when,
    PerfChoice first,
    @Nullable PerfChoice fallback,
    List<String> overrides,
    @Nullable String decision) {
  public PerformanceRow {
    overrides = List.copyOf(overrides);
  }

  public Preference preference() {
    return fallback == null ? Preference.of(first.runtime()) : Preference.of(first.runtime(), fallback.runtime());
  }
}
