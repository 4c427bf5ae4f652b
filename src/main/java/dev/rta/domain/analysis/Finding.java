package dev.rta.domain.analysis;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with the project.
 *
 * @param id stable id, e.g. RTA001
 * @param level error, warning or note
 * @param message what is wrong here
 * @param location a manifest line, a lockfile entry or a source position
 * @param hint how to fix it
 * @param member the workspace member, or null
 * @param key what the finding is about (a crate, a call), for a fingerprint that survives line moves
 * @param lowConfidence whether it was seen only by a token scan (inside a macro)
 */
public record Finding(
    String id, String level, LocalizedText message, Location location, LocalizedText hint, @Nullable String member,
    String key, boolean lowConfidence) {}
