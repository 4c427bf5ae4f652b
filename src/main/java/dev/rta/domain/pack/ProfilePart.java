package dev.rta.domain.pack;

/** The parts of a runtime's profile a correction can rewrite ({@link Change.Profile}). */
public enum ProfilePart {
  /** A component of a layer of the architecture diagram (架构特点). */
  LAYER,
  /** A bullet of the ecosystem list (生态成熟度). */
  ECOSYSTEM,
  /** A suitable, caution or unsuitable scenario (适用场景). */
  SCENARIO,
  /** The note of a performance metric (性能特征). */
  PERFORMANCE
}
