package dev.rta.domain.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a rule recommends: groups of runtimes in order of preference; the runtimes of one group
 * are equals (the document's "Tokio /smol"), later groups are fallbacks.
 *
 * @param groups non-empty groups, first choice first
 */
public record Preference(List<List<String>> groups) {
  public Preference {
    groups = groups.stream().map(List::copyOf).toList();
    if (groups.isEmpty() || groups.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a preference needs non-empty groups but was " + groups);
    }
  }

  public static Preference of(String... firstChoiceThenFallbacks) {
    return new Preference(java.util.Arrays.stream(firstChoiceThenFallbacks).map(List::of).toList());
  }

  public List<String> firstGroup() {
    return groups.get(0);
  }

  public Set<String> runtimes() {
    Set<String> all = new LinkedHashSet<>();
    groups.forEach(all::addAll);
    return all;
  }

  /** Replaces {@code from} by {@code to}, dropping duplicates and empty groups. */
  public Preference substitute(String from, String to) {
    Set<String> seen = new LinkedHashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (List<String> g : groups) {
      List<String> ng = new ArrayList<>();
      for (String r : g) {
        String x = r.equals(from) ? to : r;
        if (seen.add(x)) {
          ng.add(x);
        }
      }
      if (!ng.isEmpty()) {
        out.add(ng);
      }
    }
    return new Preference(out);
  }

  /** {@code tokio, smol} for equals and {@code tokio → smol} for a fallback. */
  public String describe() {
    return groups.stream().map(g -> String.join(" / ", g)).collect(Collectors.joining(" → "));
  }
}
