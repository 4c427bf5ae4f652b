package dev.rta.domain;

import static java.util.Objects.requireNonNull;

/**
 * One allowed value of an enum or list answer.
 *
 * @param id the value as written in answers files and on the command line
 * @param label what the user reads
 */
public record Choice(String id, LocalizedText label) {
  public Choice {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
  }
}
