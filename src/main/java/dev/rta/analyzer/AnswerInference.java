package dev.rta.analyzer;

import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswerType;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Location;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers answer keys from the project (analysis.yaml `infer`): the first rule that matches decides a
 * single-valued key; list keys collect every value that matches. Each answer carries a confidence and
 * its evidence. Only normal dependencies count (dev- and build-dependencies say nothing about the product).
 */
final class AnswerInference {
  private static final int MAX_EVIDENCE = 5;

  private AnswerInference() {}

  static Map<String, Inferred> infer(KnowledgePack pack, Workspace ws, Map<String, SourceScanner.MemberSources> sources,
      List<RuntimeUse> runtimes) {
    AnalysisRules rules = pack.analysis();
    QuestionSet qs = pack.questionSet();
    Map<String, Inferred> single = new LinkedHashMap<>();
    Map<String, Map<String, Inferred>> lists = new LinkedHashMap<>();
    for (AnalysisRules.InferRule rule : rules.infer()) {
      Question q = qs.find(rule.key());
      if (q == null) {
        continue;
      }
      boolean list = q.type() == AnswerType.LIST;
      if (!list && single.containsKey(rule.key())) {
        continue;
      }
      List<Evidence> evidence = evidence(rule, ws, sources, runtimes, rules);
      if (evidence.isEmpty()) {
        continue;
      }
      try {
        if (list) {
          Map<String, Inferred> values = lists.computeIfAbsent(rule.key(), k -> new LinkedHashMap<>());
          Inferred old = values.get(rule.value());
          if (old == null || old.confidence() < rule.confidence()) {
            values.put(rule.value(), new Inferred(rule.key(), qs.parseText(rule.key(), rule.value()), rule.confidence(),
                evidence));
          }
        } else {
          single.put(rule.key(), new Inferred(rule.key(), qs.parseText(rule.key(), rule.value()), rule.confidence(),
              evidence));
        }
      } catch (AnswerError e) {
        throw new IllegalStateException("analysis.yaml infers a bad value: " + e.getMessage(), e);
      }
    }
    Map<String, Inferred> out = new LinkedHashMap<>();
    for (Question q : pack.questions()) {
      if (single.containsKey(q.key())) {
        out.put(q.key(), single.get(q.key()));
      } else if (lists.containsKey(q.key())) {
        Map<String, Inferred> values = lists.get(q.key());
        List<String> items = q.valueIds().stream().filter(values::containsKey).toList();
        double confidence = values.values().stream().mapToDouble(Inferred::confidence).min().orElse(0);
        List<Evidence> ev = new ArrayList<>();
        values.values().forEach(v -> ev.addAll(v.evidence().subList(0, Math.min(2, v.evidence().size()))));
        out.put(q.key(), new Inferred(q.key(), new AnswerValue.Items(items), confidence, ev));
      }
    }
    return out;
  }

  private static List<Evidence> evidence(AnalysisRules.InferRule rule, Workspace ws,
      Map<String, SourceScanner.MemberSources> sources, List<RuntimeUse> runtimes, AnalysisRules rules) {
    List<Evidence> out = new ArrayList<>();
    for (Manifest m : ws.members()) {
      for (Manifest.Dep d : m.deps()) {
        if (d.kind() != Manifest.Kind.NORMAL) {
          continue;
        }
        if (rule.crates().contains(d.crate())) {
          add(out, new Evidence(d.location(), d.crate()));
        }
        List<String> wanted = rule.features().get(d.crate());
        if (wanted != null) {
          List<String> enabled = new ArrayList<>(d.features());
          enabled.addAll(m.defaultFeaturesOn(d.key()));
          if (d.defaultFeatures()) {
            enabled.add("default");
          }
          for (String f : wanted) {
            if (enabled.contains(f)) {
              add(out, new Evidence(d.location(), d.crate() + "[" + f + "]"));
              break;
            }
          }
        }
      }
      SourceScanner.MemberSources src = sources.get(m.name());
      if (rule.source() != null && src != null) {
        if (rule.source().equals("no_std") && src.noStd != null) {
          add(out, new Evidence(src.noStd, "#![no_std]"));
        }
        List<String> prefixes = rules.signals().get(rule.source());
        if (prefixes != null) {
          for (Map.Entry<String, Location> used : src.usedPaths.entrySet()) {
            for (String prefix : prefixes) {
              if (used.getKey().equals(prefix) || used.getKey().startsWith(prefix + "::")) {
                add(out, new Evidence(used.getValue(), used.getKey()));
                break;
              }
            }
          }
        }
      }
    }
    if (rule.runtime() != null) {
      for (RuntimeUse r : runtimes) {
        if (r.id().equals(rule.runtime()) && r.status() == UseStatus.IN_USE && !r.evidence().isEmpty()) {
          add(out, r.evidence().get(0));
        }
      }
    }
    return out;
  }

  private static void add(List<Evidence> out, Evidence e) {
    if (out.size() < MAX_EVIDENCE && !out.contains(e)) {
      out.add(e);
    }
  }
}
