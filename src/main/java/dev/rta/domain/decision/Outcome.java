package dev.rta.domain.decision;

import java.util.Locale;

/** What a rule that fired did to the decision. */
public enum Outcome {
  /** A constraint ruled runtimes out. */
  EXCLUDED,
  /** A vote left a single candidate: it decided. */
  DECIDED,
  /** A vote narrowed the candidates. */
  NARROWED,
  /** A vote agreed with the candidates left by higher-precedence parts. */
  AGREED,
  /** A vote's runtimes are eligible, but a higher-precedence part chose otherwise. */
  OVERRULED,
  /** Every runtime the vote names was ruled out by a constraint. */
  BLOCKED,
  /** An earlier rule of the same stage (hit policy first / priority) already decided the stage. */
  SHADOWED,
  /** Another rule of the stage declares that it overrides this one. */
  OVERRIDDEN,
  /** A checklist branch that says "continue". */
  CONTINUED,
  /** A scoring rule added points. */
  SCORED,
  /** A caution applies to the recommendation. */
  WARNED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
