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
}
