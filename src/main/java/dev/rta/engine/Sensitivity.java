package dev.rta.engine;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Question;
import dev.rta.domain.decision.UnknownAnswer;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The unknown answers that could change the result: each tried with one value of each of its classes. */
final class Sensitivity {
  private final KnowledgePack pack;
  private final AnswerSpace space;

  Sensitivity(KnowledgePack pack, AnswerSpace space) {
    this.pack = pack;
    this.space = space;
  }

  List<UnknownAnswer> unknown(RuleBook book, Answers answers, @Nullable String primary) {
    List<UnknownAnswer> out = new ArrayList<>();
    for (Question q : pack.questions()) {
      if (answers.known(q.key())) {
        continue;
      }
      List<UnknownAnswer.Change> changes = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (AnswerValue v : space.representatives(q)) {
        String p = Evaluation.run(book, answers.with(q.key(), v)).primary();
        if (!Objects.equals(p, primary) && seen.add(v.display() + "→" + p)) {
          changes.add(new UnknownAnswer.Change(v.display(), p));
        }
      }
      if (!changes.isEmpty()) {
        out.add(new UnknownAnswer(q.key(), changes));
      }
    }
    return out;
  }
}
