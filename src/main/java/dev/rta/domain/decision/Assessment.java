package dev.rta.domain.decision;

import java.util.List;

/**
 * Pros and cons of one option for these answers, in MADR's words: good, neutral and bad, each because
 * of a rule or a matrix cell.
 */
public record Assessment(String runtime, List<Reason> good, List<Reason> neutral, List<Reason> bad) {
  public Assessment {
    good = List.copyOf(good);
    neutral = List.copyOf(neutral);
    bad = List.copyOf(bad);
  }
}
