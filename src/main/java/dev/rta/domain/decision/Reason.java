package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;

/**
 * A reason, with the rule that gives it.
 *
 * @param rule rule id
 * @param text the reason in both languages
 */
public record Reason(String rule, LocalizedText text) {}
