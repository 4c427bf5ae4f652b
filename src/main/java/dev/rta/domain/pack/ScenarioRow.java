package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A row of the scenario matrix (应用场景决策矩阵). */
public record ScenarioRow(
    String id,
    LocalizedText scenario,
    Condition when,
    Preference recommend,
    LocalizedText reason,
    @Nullable String decision) {}
