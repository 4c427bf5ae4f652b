package dev.rta.domain.analysis;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with the project.
 *
 * @param id stable id, e.g. RTA001
 * @param level error, warning or note (a finding rta is not sure of, or that holds only behind a feature, is
 *     one level lower than its definition's)
 * @param message what is wrong here
 * @param location a manifest line, a lockfile entry or a source position
 * @param hint how to fix it
 * @param member the workspace member, or null
 * @param key what the finding is about (a crate, a call), for a fingerprint that survives line moves
 * @param confidence how sure rta is (low: a token scan inside a macro, a lockfile guess, a call chain by name)
 * @param scope when it holds: always, with a feature, in tests, for a target
 */
public record Finding(
    String id, Severity level, LocalizedText message, Location location, LocalizedText hint, @Nullable String member,
    String key, Confidence confidence, Scope scope) {
  public boolean lowConfidence() {
    return confidence != Confidence.HIGH;
  }
}
