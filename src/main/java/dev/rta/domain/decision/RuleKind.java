package dev.rta.domain.decision;

import java.util.Locale;

/** What a rule does: rules runtimes out, votes in a stage, continues (a checklist "继续评估"), cautions or scores. */
public enum RuleKind {
  CONSTRAINT,
  VOTE,
  CONTINUE,
  CAUTION,
  SCORE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The id, as the JSON output and the message keys ({@code kind.vote}) write it. */
  @Override
  public String toString() {
    return id();
  }
}
