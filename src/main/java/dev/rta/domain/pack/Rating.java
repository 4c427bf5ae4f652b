package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;

/** A star rating with its words, e.g. ⭐⭐⭐⭐⭐ 非常活跃. */
public record Rating(int stars, LocalizedText text) {
  public Rating {
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("stars must be in 0..5 but was " + stars);
    }
  }
}
