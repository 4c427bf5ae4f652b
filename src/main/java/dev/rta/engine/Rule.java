package dev.rta.engine;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.pack.Preference;
import dev.rta.domain.pack.StageId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A compiled rule of one baseline: what the pack says, with the corrections applied. */
sealed interface Rule {
  String id();

  String source();

  Condition when();

  @Nullable String decision();

  /** The corrections that changed or added this rule (empty under the seed baseline). */
  List<String> corrections();

  /** Rules out runtimes. */
  record Exclude(
      String id, String source, Condition when, Set<String> runtimes, LocalizedText reason,
      @Nullable String decision, List<String> corrections, @Nullable LocalizedText hint,
      Map<String, LocalizedText> reasons) implements Rule {
    /** Why it rules this runtime out, naming only that runtime where the rule rules out several for their own reasons. */
    LocalizedText reasonFor(String runtime) {
      return reasons.getOrDefault(runtime, reason);
    }
  }

  /**
   * Recommends runtimes in a stage.
   *
   * @param overrides rules of the same stage this one wins over when both fire
   * @param label what the rule is (the matrix row, the checklist question and answer)
   * @param rationale the document's words for why
   * @param seedPreference what the document itself recommends (before corrections)
   * @param runtimeNotes what the rule says of each runtime, where it says something different of each (a
   *     performance row's first choice and fallback); empty otherwise
   */
  record Vote(
      String id, StageId stage, String source, Condition when, Preference preference, Preference seedPreference,
      LocalizedText label, LocalizedText rationale, List<String> overrides, @Nullable String decision, List<String> corrections,
      Map<String, LocalizedText> runtimeNotes)
      implements Rule {
    /** Why this rule speaks for a runtime: its words about that runtime, or its whole rationale. */
    LocalizedText rationaleFor(String runtime) {
      return runtimeNotes.getOrDefault(runtime, rationale);
    }
  }

  /** Says nothing but "continue" (checklist branches); kept for the trace. */
  record Continue(
      String id, String source, Condition when, LocalizedText note, @Nullable LocalizedText check,
      @Nullable String decision, List<String> corrections) implements Rule {}

  /** A caution shown with the recommendation. */
  record Caution(
      String id, String source, Condition when, Set<String> primary, @Nullable String primaryNotIn,
      LocalizedText message, @Nullable String decision, List<String> corrections) implements Rule {}

  /** Adds to runtimes' scores. */
  record Score(String id, String source, Condition when, Map<String, Double> add, List<String> corrections)
      implements Rule {
    @Override
    public @Nullable String decision() {
      return null;
    }
  }
}
