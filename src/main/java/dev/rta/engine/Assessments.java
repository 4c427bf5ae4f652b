package dev.rta.engine;

import dev.rta.domain.AnswerSource;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.Assessment;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.pack.Cell;
import dev.rta.domain.pack.Change;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Level;
import dev.rta.domain.pack.Matrix;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.RuleIds;
import dev.rta.engine.Verdict.VoteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The pros and cons of every candidate runtime under a verdict (for ADRs and comparisons). */
final class Assessments {
  private Assessments() {}

  static List<Assessment> of(Verdict e, AnswerSource answers, List<Rejection> rejected) {
    List<Assessment> out = new ArrayList<>();
    for (String r : e.book().candidates) {
      List<Reason> good = new ArrayList<>();
      List<Reason> neutral = new ArrayList<>();
      List<Reason> bad = new ArrayList<>();
      if (!e.conflict() && !e.excludedBy().containsKey(r)) {
        good.addAll(Ranking.support(e, r));
      }
      cells(answers, Matrix.FEATURES, e.book().features, r, good, neutral);
      cells(answers, Matrix.ECOSYSTEM, e.book().ecosystem, r, good, neutral);
      rejected.stream().filter(x -> x.runtime().equals(r)).findFirst().ifPresent(x -> bad.addAll(x.reasons()));
      for (VoteResult v : e.votes()) {
        if (v.narrowed() && v.candidatesBefore().contains(r) && !v.pick().contains(r)) {
          bad.add(Ranking.notChosen(e, r));
          break;
        }
      }
      out.add(new Assessment(r, status(e.book().pack, e.book().statuses.get(r)), good, neutral, bad));
    }
    return out;
  }

  /** "discontinued since …; use … instead", or null for a runtime whose status the baseline did not change. */
  static @Nullable LocalizedText status(KnowledgePack pack, Change.@Nullable Status status) {
    return status == null ? null : Messages.text("status." + status.status().name().toLowerCase(Locale.ROOT),
        status.since().toString(), status.replacement() == null ? "-" : pack.runtimeName(status.replacement()));
  }

  private static void cells(AnswerSource answers, Matrix matrix, List<MatrixRow> rows, String runtime,
      List<Reason> good, List<Reason> neutral) {
    LocalizedText matrixName = Messages.text("matrix." + matrix.id());
    for (MatrixRow row : rows) {
      if (!row.requiredWhen().eval(answers).isTrue()) {
        continue;
      }
      Cell c = row.cells().get(runtime);
      if (c == null || c.level() == Level.NO) {
        continue;
      }
      LocalizedText text = c.note() == null
          ? Messages.text("reason.cell.bare", row.label(), c.level().symbol(), matrixName)
          : Messages.text("reason.cell", row.label(), c.level().symbol(), c.note(), matrixName);
      String id = c.level() == Level.YES ? "cell." + matrix.id() + "." + row.id() : RuleIds.caution(matrix, row.id());
      (c.level() == Level.YES ? good : neutral).add(new Reason(id, text));
    }
  }
}
