package dev.rta.domain.analysis;

import dev.rta.domain.Answers;
import dev.rta.domain.decision.Decision;

/** A workspace member's answers (inferred, overridden by the stated ones) and the decision they give. */
public record ProjectDecision(String member, Answers answers, Decision decision) {}
