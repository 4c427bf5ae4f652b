package dev.rta.domain.analysis;

import org.jspecify.annotations.Nullable;

/**
 * When a claim holds: always, only with a member feature, only in tests/benches (dev), only at build
 * time, or only for a target.
 *
 * @param activation how it is switched on
 * @param feature the member feature(s), when activation is {@code feature}
 * @param target the cfg or triple, when activation is {@code target}
 */
public record Scope(Activation activation, @Nullable String feature, @Nullable String target) {
  public static final Scope ALWAYS = new Scope(Activation.ALWAYS, null, null);
  public static final Scope DEV = new Scope(Activation.DEV, null, null);

  public static Scope feature(String feature) {
    return new Scope(Activation.FEATURE, feature, null);
  }

  public boolean always() {
    return activation == Activation.ALWAYS;
  }

  /** {@code feature psql}, {@code dev}, {@code target cfg(windows)}, or empty for always. */
  public String display() {
    return switch (activation) {
      case ALWAYS -> "";
      case FEATURE -> "feature " + feature;
      case TARGET -> "target " + target;
      default -> activation.id();
    };
  }
}
