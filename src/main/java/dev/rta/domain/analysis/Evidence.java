package dev.rta.domain.analysis;

import dev.rta.domain.Location;

/** Where something was seen, and what (a dependency, a line of code). */
public record Evidence(Location location, String text) {}
