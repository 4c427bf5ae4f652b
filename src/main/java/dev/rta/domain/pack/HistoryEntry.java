package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.time.LocalDate;

/** A row of the document's version history (版本历史). */
public record HistoryEntry(String version, LocalDate date, LocalizedText text) {}
