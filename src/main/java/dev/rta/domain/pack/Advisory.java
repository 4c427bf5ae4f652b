package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A security or maintenance advisory (RustSec) about a runtime's crate. */
public record Advisory(
    String id,
    String runtime,
    String crate,
    String kind,
    LocalDate date,
    LocalizedText title,
    @Nullable String alternative,
    String url,
    String source,
    LocalDate asOf,
    LocalizedText text) {}
