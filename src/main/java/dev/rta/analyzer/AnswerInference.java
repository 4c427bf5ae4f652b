package dev.rta.analyzer;

import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswerType;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Location;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import dev.rta.domain.analysis.Activation;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Infers answer keys for one member (analysis.yaml `infer`): the first rule that matches decides a single-valued
 * key; list keys collect every value that matches. Each answer carries a confidence and its evidence; a value
 * that holds only under one of the member's features says which (and never decides a single-valued key). Only
 * normal dependencies count (dev- and build-dependencies say nothing about the product). Libraries count too:
 * a crate the member reaches through another (redis under a session store, native-tls through sqlx's features)
 * shows the same, a little less surely.
 */
final class AnswerInference {
  private static final int MAX_EVIDENCE = 5;
  /** How much less sure a fact is when it comes through a library rather than the member's own dependency. */
  private static final double THROUGH_LIBRARY = 0.8;

  private final KnowledgePack pack;
  private final RuntimeClassifier classifier;

  AnswerInference(KnowledgePack pack, RuntimeClassifier classifier) {
    this.pack = pack;
    this.classifier = classifier;
  }

  /** What one rule found: evidence, and the feature it needs (null: always). */
  private record Match(List<Evidence> evidence, @Nullable String feature, double factor) {}

  /** The answers that always hold, and the list values that hold only under a member feature. */
  record Result(Map<String, Inferred> always, List<Inferred> underFeatures) {}

  Result infer(Manifest m, SourceScanner.@Nullable MemberSources src, List<RuntimeUse> runtimes) {
    AnalysisRules rules = pack.analysis();
    QuestionSet qs = pack.questionSet();
    Map<String, Inferred> single = new LinkedHashMap<>();
    Map<String, Map<String, Inferred>> lists = new LinkedHashMap<>();
    Reached reached = reached(m);
    for (AnalysisRules.InferRule rule : rules.infer()) {
      Question q = qs.find(rule.key());
      if (q == null) {
        continue;
      }
      boolean list = q.type() == AnswerType.LIST;
      if (!list && single.containsKey(rule.key())) {
        continue;
      }
      Match match = match(rule, m, src, runtimes, reached, rules, !list);
      if (match == null) {
        continue;
      }
      try {
        AnswerValue value = qs.parseText(rule.key(), rule.value());
        double confidence = Math.round(rule.confidence() * match.factor() * 100) / 100.0;
        Inferred inferred = new Inferred(rule.key(), value, confidence, match.evidence(), match.feature());
        if (list) {
          Map<String, Inferred> values = lists.computeIfAbsent(rule.key(), k -> new LinkedHashMap<>());
          Inferred old = values.get(rule.value());
          if (old == null || old.scope() != null && inferred.scope() == null
              || (old.scope() == null) == (inferred.scope() == null) && old.confidence() < confidence) {
            values.put(rule.value(), inferred);
          }
        } else {
          single.put(rule.key(), inferred);
        }
      } catch (AnswerError e) {
        throw new IllegalStateException("analysis.yaml infers a bad value: " + e.getMessage(), e);
      }
    }
    Map<String, Inferred> out = new LinkedHashMap<>();
    List<Inferred> underFeatures = new ArrayList<>();
    for (Question q : pack.questions()) {
      if (single.containsKey(q.key())) {
        out.put(q.key(), single.get(q.key()));
      } else if (lists.containsKey(q.key())) {
        Map<String, Inferred> values = lists.get(q.key());
        List<String> always = q.valueIds().stream().filter(v -> values.containsKey(v) && values.get(v).scope() == null)
            .toList();
        List<String> scoped = q.valueIds().stream().filter(v -> values.containsKey(v) && values.get(v).scope() != null)
            .toList();
        if (!always.isEmpty()) {
          double confidence = always.stream().mapToDouble(v -> values.get(v).confidence()).min().orElse(0);
          List<Evidence> ev = new ArrayList<>();
          always.forEach(v -> ev.addAll(values.get(v).evidence().subList(0, Math.min(2, values.get(v).evidence().size()))));
          out.put(q.key(), new Inferred(q.key(), new AnswerValue.Items(always), confidence, ev));
        }
        for (String v : scoped) {
          Inferred i = values.get(v);
          underFeatures.add(new Inferred(q.key(), new AnswerValue.Items(List.of(v)), i.confidence(), i.evidence(),
              i.scope()));
        }
      }
    }
    return new Result(out, underFeatures);
  }

  /** Crates the member's default build reaches through a library: crate name → (direct dependency, its line). */
  private record Reached(Map<String, String> through, Map<String, java.util.Set<String>> features,
      Map<String, Map<String, java.util.Set<String>>> featureBuilds) {}

  private Reached reached(Manifest m) {
    Map<String, String> through = new HashMap<>();
    Map<String, java.util.Set<String>> features = new HashMap<>();
    Map<String, Map<String, java.util.Set<String>>> featureBuilds = new LinkedHashMap<>();
    String key = classifier.key(m);
    List<RuntimeClassifier.Build> builds = classifier.builds.getOrDefault(m.name(), List.of());
    for (RuntimeClassifier.Build b : builds) {
      if (b.scope().activation() == Activation.ALWAYS && key != null) {
        Map<String, String> first = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        first.put(key, "");
        while (!todo.isEmpty()) {
          String k = todo.removeFirst();
          for (FeatureResolver.Edge e : b.result().edges(k)) {
            if (e.target() != null || first.containsKey(e.to())
                || e.unresolved() && classifier.sharedWithOtherMembers(k, m.name())) {
              continue; // not this member's for sure: another member's features may have put it in the lockfile
            }
            String name = classifier.pkgName(e.to());
            first.put(e.to(), k.equals(key) ? name : first.get(k));
            through.putIfAbsent(name, first.get(e.to()));
            features.computeIfAbsent(name, x -> new java.util.HashSet<>()).addAll(b.result().featuresOf(e.to()));
            todo.addLast(e.to());
          }
        }
      } else if (b.scope().activation() == Activation.FEATURE) {
        Map<String, java.util.Set<String>> fs = new HashMap<>();
        b.result().features.forEach((k, v) -> fs.computeIfAbsent(classifier.pkgName(k), x -> new java.util.HashSet<>())
            .addAll(v));
        featureBuilds.put(b.scope().feature(), fs);
      }
    }
    return new Reached(through, features, featureBuilds);
  }

  private @Nullable Match match(AnalysisRules.InferRule rule, Manifest m, SourceScanner.@Nullable MemberSources src,
      List<RuntimeUse> runtimes, Reached reached, AnalysisRules rules, boolean single) {
    List<Evidence> always = new ArrayList<>();
    List<Evidence> throughLib = new ArrayList<>();
    Map<String, List<Evidence>> scoped = new LinkedHashMap<>();
    for (Manifest.Dep d : m.deps()) {
      if (d.kind() != Manifest.Kind.NORMAL) {
        continue;
      }
      Activation a = RuntimeClassifier.activation(m, d);
      List<Evidence> sink = a == Activation.FEATURE
          ? scoped.computeIfAbsent(String.join(", ", RuntimeClassifier.enablingFeatures(m, d)), k -> new ArrayList<>())
          : always;
      if (rule.crates().contains(d.crate())) {
        add(sink, new Evidence(d.location(), d.crate()));
      }
      List<String> wanted = rule.features().get(d.crate());
      if (wanted != null) {
        List<String> enabled = new ArrayList<>(d.features());
        enabled.addAll(m.defaultFeaturesOn(d.key()));
        enabled.addAll(reached.features().getOrDefault(d.crate(), java.util.Set.of()));
        if (d.defaultFeatures()) {
          enabled.add("default");
        }
        for (String f : wanted) {
          if (enabled.contains(f)) {
            add(sink, new Evidence(d.location(), d.crate() + "[" + f + "]"));
            break;
          }
        }
        // [features] psql = ["sqlx/postgres"]: the fact holds with that member feature.
        for (Map.Entry<String, List<String>> mf : m.features().entrySet()) {
          if (mf.getKey().equals("default") || m.defaultEnables(mf.getKey())) {
            continue;
          }
          for (String v : mf.getValue()) {
            String prefix = d.key() + "/";
            String prefixWeak = d.key() + "?/";
            String f = v.startsWith(prefix) ? v.substring(prefix.length())
                : v.startsWith(prefixWeak) ? v.substring(prefixWeak.length()) : null;
            if (f != null && wanted.contains(f)) {
              add(scoped.computeIfAbsent(mf.getKey(), k -> new ArrayList<>()),
                  new Evidence(d.location(), d.crate() + "[" + f + "] (feature " + mf.getKey() + ")"));
            }
          }
        }
      }
    }
    Location manifestLine = Location.file(m.display());
    // Only the crates the rule names: look them up among the crates reached through a library.
    List<String> named = new ArrayList<>(rule.crates());
    rule.features().keySet().stream().filter(c -> !named.contains(c)).forEach(named::add);
    for (String crate : named) {
      String via = reached.through().get(crate);
      if (via == null || m.deps().stream().anyMatch(d -> d.crate().equals(crate))) {
        continue;
      }
      Location at = m.deps().stream().filter(d -> d.crate().equals(via)).map(Manifest.Dep::location)
          .findFirst().orElse(manifestLine);
      if (rule.crates().contains(crate)) {
        add(throughLib, new Evidence(at, crate + " (through " + via + ")"));
      }
      List<String> wanted = rule.features().get(crate);
      if (wanted != null) {
        for (String f : wanted) {
          if (reached.features().getOrDefault(crate, java.util.Set.of()).contains(f)) {
            add(throughLib, new Evidence(at, crate + "[" + f + "] (through " + via + ")"));
            break;
          }
        }
      }
    }
    if (src != null && rule.source() != null) {
      boolean noStd = src.noStd != null && src.noStd.inDefaultBuild(m);
      if (rule.source().equals("no_std") && noStd) {
        add(always, new Evidence(src.noStd.at(), src.noStd.unless() == null ? "#![no_std]"
            : "#![cfg_attr(not(feature = \"" + src.noStd.unless() + "\"), no_std)]"));
      }
      if (rule.source().equals("std") && !noStd && src.files > 0) {
        add(always, new Evidence(Location.file(m.display()), "no #![no_std] in " + src.files + " Rust file"
            + (src.files == 1 ? "" : "s")));
      }
      List<String> prefixes = rules.signals().get(rule.source());
      if (prefixes != null) {
        // The used paths under any of the prefixes, in path order: a range of the sorted map per prefix.
        java.util.TreeMap<String, Location> hits = new java.util.TreeMap<>();
        for (String prefix : prefixes) {
          Location exact = src.usedPaths.get(prefix);
          if (exact != null) {
            hits.put(prefix, exact);
          }
          hits.putAll(src.usedPaths.subMap(prefix + "::", true, prefix + ":;", false));
        }
        hits.forEach((path, at) -> add(always, new Evidence(at, path)));
      }
    }
    if (rule.runtime() != null) {
      for (RuntimeUse r : runtimes) {
        if (r.id().equals(rule.runtime()) && r.status() == UseStatus.IN_USE && !r.evidence().isEmpty()
            && r.activation() != Activation.DEV && r.activation() != Activation.BUILD) {
          if (r.scope().always()) {
            add(always, r.evidence().get(0));
          } else if (r.activation() == Activation.FEATURE && r.scope().feature() != null) {
            add(scoped.computeIfAbsent(r.scope().feature(), k -> new ArrayList<>()), r.evidence().get(0));
          }
        }
      }
    }
    if (!always.isEmpty()) {
      return new Match(always, null, 1.0);
    }
    if (!throughLib.isEmpty() && !single && rule.throughLibraries()) {
      // a list value (a database, a library) shows through a library; a single answer (the platform) is decided
      // by what the member itself depends on and does: hyper under reqwest makes no server
      return new Match(throughLib, null, THROUGH_LIBRARY);
    }
    if (!single) {
      for (Map.Entry<String, List<Evidence>> e : scoped.entrySet()) {
        if (!e.getValue().isEmpty()) {
          return new Match(e.getValue(), e.getKey(), 1.0);
        }
      }
    }
    return null;
  }

  private static void add(List<Evidence> out, Evidence e) {
    if (out.size() < MAX_EVIDENCE && !out.contains(e)) {
      out.add(e);
    }
  }
}
