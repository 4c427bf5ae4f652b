package dev.rta.domain.decision;

import java.util.List;

/** A runtime ruled out, with every reason. */
public record Rejection(String runtime, List<Reason> reasons) {
  public Rejection {
    reasons = List.copyOf(reasons);
  }
}
