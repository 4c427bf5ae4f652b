package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One branch of a checklist item.
 *
 * @param id rule id
 * @param answer the branch's answer (是/否/…)
 * @param when when the branch is taken
 * @param recommend what it recommends, or null for a branch that continues
 * @param continues whether the branch only says "继续评估"
 * @param check what the branch asks to check, or null
 * @param note the document's words for the branch
 * @param decision the rta decision it rests on, or null
 * @param stage the stage its recommendation votes in when not the checklist's own (an option such as "可选 async-std 或
 *     smol" votes in a stage of lower precedence), or null
 */
public record ChecklistBranch(
    String id,
    LocalizedText answer,
    Condition when,
    @Nullable Preference recommend,
    boolean continues,
    @Nullable LocalizedText check,
    LocalizedText note,
    @Nullable String decision,
    @Nullable StageId stage) {}
