package dev.rta.domain.analysis;

/** A finding an ignore entry suppressed, with the entry's reason and where it is written. */
public record Ignored(Finding finding, String reason, String source) {}
