package dev.rta.domain.pack;

import org.jspecify.annotations.Nullable;

/** A link; {@code correction} names a correction that says the link aged. */
public record Link(String title, String url, @Nullable String correction) {}
