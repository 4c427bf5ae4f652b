package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.time.LocalDate;

/** The specification document the seed layer reproduces. */
public record DocumentInfo(
    LocalizedText title, String version, LocalDate date, LocalizedText scope, LocalizedText notice) {}
