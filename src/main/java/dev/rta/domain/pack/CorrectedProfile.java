package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A runtime's profile as a baseline shows it: the document's, or with the corrections' profile changes
 * applied in place.
 *
 * @param profile the profile to show
 * @param corrections the corrections that concern the runtime, in the pack's order (none for the document)
 * @param changedBy which correction wrote each item it changed or added, by the item's words
 */
public record CorrectedProfile(RuntimeProfile profile, List<Correction> corrections,
    Map<LocalizedText, String> changedBy) {
  public CorrectedProfile {
    corrections = List.copyOf(corrections);
    changedBy = Collections.unmodifiableMap(new LinkedHashMap<>(changedBy));
  }

  /** The profile as the document has it. */
  public static CorrectedProfile seed(RuntimeProfile profile) {
    return new CorrectedProfile(profile, List.of(), Map.of());
  }

  /** The profile with every correction's {@link Change.Profile} applied, in the pack's order. */
  public static CorrectedProfile current(RuntimeProfile profile, List<Correction> all) {
    RuntimeProfile p = profile;
    Map<LocalizedText, String> changedBy = new LinkedHashMap<>();
    List<Correction> concerning = new ArrayList<>();
    for (Correction c : all) {
      boolean concerns = c.affects().contains(profile.id());
      for (Change ch : c.changes()) {
        concerns |= mentions(ch, profile.id());
        if (ch instanceof Change.Profile edit && edit.runtime().equals(profile.id())) {
          p = apply(p, edit);
          if (edit.text() != null) {
            changedBy.put(edit.text(), c.id());
          }
        }
      }
      if (concerns) {
        concerning.add(c);
      }
    }
    return new CorrectedProfile(p, concerning, changedBy);
  }

  /** The correction that wrote these words of the profile, or null for the document's own. */
  public @Nullable String correction(LocalizedText item) {
    return changedBy.get(item);
  }

  private static boolean mentions(Change ch, String runtime) {
    if (ch instanceof Change.Status s) {
      return s.runtime().equals(runtime);
    }
    if (ch instanceof Change.SetCell c) {
      return c.runtime().equals(runtime);
    }
    if (ch instanceof Change.Substitute s) {
      return s.from().equals(runtime) || s.to().equals(runtime);
    }
    if (ch instanceof Change.Profile p) {
      return p.runtime().equals(runtime);
    }
    return false;
  }

  private static RuntimeProfile apply(RuntimeProfile p, Change.Profile edit) {
    return switch (edit.part()) {
      case LAYER -> {
        Architecture a = p.architecture();
        List<Layer> layers = new ArrayList<>();
        for (Layer l : a == null ? List.<Layer>of() : a.layers()) {
          layers.add(l.name().zh().equals(edit.at())
              ? new Layer(l.name(), edit(l.components(), edit.seed(), edit.text()), l.note()) : l);
        }
        yield p.withArchitecture(a == null ? null : new Architecture(a.title(), layers));
      }
      case ECOSYSTEM -> p.withEcosystem(edit(p.ecosystem(), edit.seed(), edit.text()));
      case PERFORMANCE -> {
        List<PerfMetric> metrics = new ArrayList<>();
        for (PerfMetric m : p.performance()) {
          metrics.add(m.metric().equals(edit.at()) && edit.text() != null
              ? new PerfMetric(m.metric(), m.stars(), edit.text()) : m);
        }
        yield p.withPerformance(metrics);
      }
      case SCENARIO -> p.withScenarios(p.scenarios() == null ? null : scenario(p.scenarios(), edit));
    };
  }

  /** Replaces, removes or (without a seed) appends one item of a list of texts. */
  private static List<LocalizedText> edit(List<LocalizedText> items, @Nullable String seed, @Nullable LocalizedText text) {
    List<LocalizedText> out = new ArrayList<>();
    for (LocalizedText i : items) {
      if (seed != null && i.zh().equals(seed)) {
        if (text != null) {
          out.add(text);
        }
      } else {
        out.add(i);
      }
    }
    if (seed == null && text != null) {
      out.add(text);
    }
    return out;
  }

  private static Scenarios scenario(Scenarios s, Change.Profile edit) {
    Suitability from = Suitability.parse(edit.at());
    Suitability to = edit.to() != null ? edit.to() : from;
    Map<Suitability, List<ScenarioNote>> lists = new LinkedHashMap<>();
    for (Suitability x : Suitability.values()) {
      lists.put(x, new ArrayList<>(x.of(s)));
    }
    ScenarioNote moved = null;
    if (from != null && edit.seed() != null) {
      List<ScenarioNote> list = lists.get(from);
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).text().zh().equals(edit.seed())) {
          moved = list.remove(i);
          break;
        }
      }
    }
    UnaryOperator<ScenarioNote> rewrite = n -> new ScenarioNote(edit.text() != null ? edit.text() : n.text(), n.rule());
    if (moved != null && (edit.text() != null || edit.to() != null)) {
      List<ScenarioNote> target = lists.get(to);
      if (to == from) {
        target.add(Math.min(from.of(s).indexOf(moved), target.size()), rewrite.apply(moved));
      } else {
        target.add(rewrite.apply(moved));
      }
    } else if (edit.seed() == null && edit.text() != null && to != null) {
      lists.get(to).add(new ScenarioNote(edit.text(), null));
    }
    return new Scenarios(lists.get(Suitability.SUITABLE), lists.get(Suitability.CAUTION),
        lists.get(Suitability.UNSUITABLE));
  }
}
