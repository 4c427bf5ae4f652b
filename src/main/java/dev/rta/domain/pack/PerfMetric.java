package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/** A row of a runtime's performance table (性能特征): metric, stars and the document's note. */
public record PerfMetric(String metric, int stars, LocalizedText note) {}
