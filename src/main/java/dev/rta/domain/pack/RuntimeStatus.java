package dev.rta.domain.pack;

/** A runtime's maintenance status, as the corrections layer records it. */
public enum RuntimeStatus {
  ACTIVE,
  DISCONTINUED
}
