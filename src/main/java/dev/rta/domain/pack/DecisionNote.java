package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/** A decision rta made where the document is silent or contradicts itself. */
public record DecisionNote(String id, LocalizedText title, LocalizedText note) {}
