package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/** A runtime's row of the overview table (运行时概览). */
public record Overview(
    LocalizedText positioning, Rating maintenance, Rating maturity, LocalizedText learningCurve) {}
