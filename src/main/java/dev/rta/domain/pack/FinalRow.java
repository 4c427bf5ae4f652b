package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A row of the final decision matrix (最终决策矩阵). */
public record FinalRow(
    String id,
    LocalizedText condition,
    Condition when,
    Preference recommend,
    LocalizedText reason,
    @Nullable String decision) {}
