package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/**
 * A section of the specification document that rules and facts cite.
 *
 * @param id the id used in {@code source:} fields
 * @param title the section heading (the Chinese is the document's own)
 */
public record Section(String id, LocalizedText title) {}
