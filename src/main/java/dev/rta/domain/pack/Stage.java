package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/**
 * A part of the document that recommends runtimes; stages are listed by precedence.
 *
 * @param id stage id, e.g. {@code checklist}
 * @param hitPolicy how its rules combine
 * @param weight how much its votes count in the ranking score
 * @param title the part's name
 */
public record Stage(StageId id, HitPolicy hitPolicy, double weight, LocalizedText title) {}
