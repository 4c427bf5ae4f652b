package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;

/** An advisory that bears on this decision. */
public record AdvisoryNotice(
    String id, String runtime, String kind, String date, LocalizedText title, LocalizedText text, String url,
    String alternative) {}
