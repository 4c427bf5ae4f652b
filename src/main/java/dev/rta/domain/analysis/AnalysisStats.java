package dev.rta.domain.analysis;

/**
 * What was read and what was skipped.
 *
 * @param skippedUnreadable source files a target or module names that could not be read (named in the problems)
 * @param skippedTooDeep source files skipped because their brackets nest too deeply to read safely
 * @param graph where the dependency graph came from: cargo-metadata, lockfile or manifests
 */
public record AnalysisStats(
    int members, int manifests, int rustFiles, long lines, long bytes, int skippedBinary, int skippedNonUtf8,
    int skippedLarge, int skippedLoops, int skippedUnreadable, int skippedTooDeep, int unparsable, String graph,
    long millis) {}
