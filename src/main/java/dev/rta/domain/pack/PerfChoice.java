package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/** A first choice or fallback of the performance dimension, with the document's note. */
public record PerfChoice(String runtime, LocalizedText note) {}
