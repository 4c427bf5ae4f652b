package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One change a correction makes to the seed layer. */
public sealed interface Change {
  /** A runtime's status; a discontinued runtime is never recommended. */
  record Status(
      String runtime, RuntimeStatus status, LocalDate since, @Nullable String replacement, @Nullable String advisory)
      implements Change {}

  /** Replaces one runtime by another in the recommendations of the named rules. */
  record Substitute(List<String> rules, String from, String to) implements Change {
    public Substitute {
      rules = List.copyOf(rules);
    }
  }

  /** Replaces a rule's recommendation. */
  record Recommend(String rule, Preference recommend) implements Change {}

  /** Sets one cell of a matrix. */
  record SetCell(Matrix matrix, String row, String runtime, Level level, @Nullable LocalizedText note)
      implements Change {}

  /** Adds a row to a matrix. */
  record AddRow(Matrix matrix, MatrixRow row) implements Change {}

  /** Adds a constraint or a warning. */
  record AddRule(@Nullable ConstraintDef constraint, @Nullable WarningDef warning) implements Change {}

  /** Replaces a rule's rationale, or only the part about one runtime (a performance row's first choice, say). */
  record Note(String rule, @Nullable String runtime, LocalizedText text) implements Change {}

  /**
   * Rewrites one item of a runtime's profile where the document's words no longer hold; it changes what
   * {@code rta explain} and {@code rta compare} show, never a decision. The item is found by the document's
   * (Chinese) words: without {@code seed} the change adds an item, without {@code text} (and {@code to}) it
   * removes one.
   *
   * @param runtime the runtime whose profile it rewrites
   * @param part the part of the profile
   * @param at where in the part: a layer's (Chinese) name, a scenario list ({@code suitable}, {@code caution},
   *     {@code unsuitable}) or a performance metric; null for the ecosystem bullets
   * @param seed the document's words of the item, or null to add one
   * @param text the item's words now, or null to remove it (or, with {@code to}, to move it unchanged)
   * @param to the scenario list the item moves to, or null to keep it where it is
   */
  record Profile(String runtime, ProfilePart part, @Nullable String at, @Nullable String seed,
      @Nullable LocalizedText text, @Nullable Suitability to) implements Change {
    /** The items of the place it names in a profile (none if the place does not exist). */
    public List<LocalizedText> items(RuntimeProfile p) {
      return switch (part) {
        case LAYER -> p.architecture() == null ? List.of() : p.architecture().layers().stream()
            .filter(l -> l.name().zh().equals(at)).flatMap(l -> l.components().stream()).toList();
        case SCENARIO -> {
          Suitability list = Suitability.parse(at);
          yield list == null || p.scenarios() == null ? List.of()
              : list.of(p.scenarios()).stream().map(ScenarioNote::text).toList();
        }
        case PERFORMANCE -> p.performance().stream().filter(m -> m.metric().equals(at)).map(PerfMetric::note).toList();
        case ECOSYSTEM -> p.ecosystem();
      };
    }

    /** The item it rewrites, found by the document's words; null when it adds one or nothing matches. */
    public @Nullable LocalizedText seedItem(RuntimeProfile p) {
      return seed == null ? null : items(p).stream().filter(i -> i.zh().equals(seed)).findFirst().orElse(null);
    }
  }
}
