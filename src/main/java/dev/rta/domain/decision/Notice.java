package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;

/** A warning shown with the recommendation. */
public record Notice(String rule, LocalizedText message) {}
