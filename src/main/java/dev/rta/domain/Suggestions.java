package dev.rta.domain;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "Did you mean …?" for near misses, by edit distance. */
public final class Suggestions {
  private static final int MAX_INPUT = 100;

  private Suggestions() {}

  /** The closest candidate within a small edit distance, or null. */
  public static @Nullable String closest(String input, Collection<String> candidates) {
    if (input.length() > MAX_INPUT) {
      return null; // no near miss is that long, and the distance table would be as large as the input
    }
    String in = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(in, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, in.length() / 3));
    if (best != null && (bestDistance <= allowed || best.toLowerCase(Locale.ROOT).startsWith(in) && in.length() >= 3)) {
      return best;
    }
    return null;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** "; did you mean 'x'?" (in both languages) or nothing. */
  public static LocalizedText didYouMean(String input, Collection<String> candidates) {
    String c = closest(input, candidates);
    return c == null ? LocalizedText.same("") : Messages.text("suggest.didYouMean", c);
  }
}
