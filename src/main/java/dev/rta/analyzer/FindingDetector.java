package dev.rta.analyzer;

import dev.rta.domain.AnswerType;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The findings RTA001–RTA011 (analysis.yaml `findings`): what is wrong, where, and how to fix it. */
final class FindingDetector {
  /** Inferred answers at least this sure can contradict a stated one. */
  static final double CONTRADICTION_CONFIDENCE = 0.8;

  private final KnowledgePack pack;
  private final List<Finding> out = new ArrayList<>();

  FindingDetector(KnowledgePack pack) {
    this.pack = pack;
  }

  private void add(String id, LocalizedText message, Location location, String member, String key, boolean low) {
    AnalysisRules.FindingDef def = pack.analysis().finding(id);
    if (def == null) {
      throw new IllegalStateException("finding " + id + " is not in analysis.yaml; this is a bug in rta");
    }
    // A low-confidence error (found through the call graph by name) is reported as a warning.
    String level = low && def.level().equals("error") ? "warning" : def.level();
    out.add(new Finding(id, level, message, location, def.help(), member, key, low));
  }

  List<Finding> detect(Workspace ws, RuntimeClassifier classifier, List<RuntimeUse> runtimes,
      Map<String, SourceScanner.MemberSources> sources, Map<String, Inferred> inferred, Answers stated,
      List<Location> unparsable) {
    mixed(ws, classifier);
    discontinued(runtimes);
    mismatch(ws, classifier);
    sourceFindings(ws, sources);
    contradictions(stated, inferred);
    for (Location l : unparsable) {
      add("RTA009", Messages.text("finding.RTA009", l.file()), l, "", l.file(), false);
    }
    return out;
  }

  /** RTA001: a member runs two or more runtimes, always on. */
  private void mixed(Workspace ws, RuntimeClassifier classifier) {
    for (Manifest m : ws.members()) {
      Map<String, List<Evidence>> runs = classifier.runsAlways(m.name());
      List<String> always = new ArrayList<>();
      for (String r : pack.candidates()) {
        if (runs.containsKey(r)) {
          always.add(r);
        }
      }
      if (always.size() >= 2) {
        Evidence second = runs.get(always.get(1)).get(0);
        String names = String.join(", ", always.stream().map(pack::runtimeName).toList());
        StringBuilder where = new StringBuilder();
        for (String r : always) {
          Evidence e = runs.get(r).get(0);
          where.append(where.length() == 0 ? "" : "; ").append(pack.runtimeName(r)).append(": ").append(e.text())
              .append(" (").append(e.location()).append(')');
        }
        add("RTA001", Messages.text("finding.RTA001", m.name(), names, where.toString()), second.location(), m.name(),
            String.join("+", always), false);
      }
    }
  }

  /** RTA002: a discontinued runtime in the graph. */
  private void discontinued(List<RuntimeUse> runtimes) {
    for (RuntimeUse r : runtimes) {
      if (!r.id().equals("async-std")) {
        continue;
      }
      String advisory = pack.advisories().stream().filter(a -> a.runtime().equals(r.id())).map(a -> a.id()).findFirst()
          .orElse("-");
      List<String> seen = new ArrayList<>();
      for (DependencyPath p : r.paths()) {
        if (seen.contains(p.member())) {
          continue;
        }
        seen.add(p.member());
        add("RTA002", Messages.text("finding.RTA002", p.member(), p.display(), p.activation().id(), advisory),
            p.location(), p.member(), p.steps().get(0).crate(), false);
      }
      if (r.paths().isEmpty() && !r.evidence().isEmpty()) {
        Evidence e = r.evidence().get(0);
        add("RTA002", Messages.text("finding.RTA002.source", e.text(), advisory), e.location(), "", e.text(), false);
      }
    }
  }

  /** RTA003: a library that needs Tokio, in a member that runs another runtime without a compat layer. */
  private void mismatch(Workspace ws, RuntimeClassifier classifier) {
    for (Manifest m : ws.members()) {
      Map<String, List<Evidence>> runs = classifier.runsAlways(m.name());
      if (runs.containsKey("tokio")) {
        continue;
      }
      List<String> others = pack.candidates().stream().filter(runs::containsKey).toList();
      if (others.isEmpty()) {
        continue;
      }
      Set<String> direct = new TreeSet<>();
      m.deps().forEach(d -> direct.add(d.crate()));
      for (AnalysisRules.NeedsTokio n : pack.analysis().needsTokio()) {
        for (Manifest.Dep d : m.deps()) {
          if (!d.crate().equals(n.crate()) || d.kind() != Manifest.Kind.NORMAL) {
            continue;
          }
          if (n.compat().stream().anyMatch(direct::contains)) {
            continue;
          }
          add("RTA003", Messages.text("finding.RTA003", m.name(), d.crate(),
              String.join(", ", others.stream().map(pack::runtimeName).toList())), d.location(), m.name(), d.crate(),
              false);
        }
      }
    }
  }

  /** RTA004–RTA006, RTA010 and RTA011 from the sources (test code is left alone). */
  private void sourceFindings(Workspace ws, Map<String, SourceScanner.MemberSources> sources) {
    for (SourceScanner.MemberSources src : sources.values()) {
      for (SourceScanner.Hit h : src.hits) {
        if (h.test()) {
          continue;
        }
        LocalizedText macro = h.inMacro() ? Messages.text("finding.inMacro") : LocalizedText.same("");
        switch (h.kind()) {
          case BLOCKING -> add("RTA004", Messages.text("finding.RTA004", h.path(), h.rule().what(), h.rule().instead(),
              macro), h.location(), h.member(), h.path(), h.inMacro());
          case BLOCK_ON -> {
            if (h.chain().isEmpty()) {
              add("RTA005", Messages.text("finding.RTA005", h.path(), macro), h.location(), h.member(), h.path(),
                  h.inMacro());
            } else {
              add("RTA005", Messages.text("finding.RTA005.chain", h.chain().get(1), String.join(" → ", h.chain())),
                  h.location(), h.member(), String.join(">", h.chain()), true);
            }
          }
          case FOREIGN_EXECUTOR -> {
            String lib = h.chain().get(h.chain().size() - 1);
            if (needsTokioHere(ws, h.member(), lib)) {
              add("RTA010", Messages.text("finding.RTA010", h.path(), lib, String.join(" → ", h.chain()),
                  h.indirect() ? Messages.text("finding.byName") : LocalizedText.same("")), h.location(), h.member(),
                  h.path() + ">" + lib, h.indirect());
            }
          }
          case RUNTIME_IN_ASYNC -> add("RTA011", Messages.text("finding.RTA011", h.path()), h.location(), h.member(),
              h.path(), h.inMacro());
          case LOCK_ACROSS_AWAIT -> add("RTA006", Messages.text("finding.RTA006", h.path()), h.location(), h.member(),
              h.path(), false);
          default -> { }
        }
      }
    }
  }

  /** Whether a Tokio-only library path needs Tokio in this member (sqlx, redis: only with their Tokio features). */
  private boolean needsTokioHere(Workspace ws, String member, String path) {
    AnalysisRules.TokioLibrary lib = pack.analysis().tokioLibrary(path);
    if (lib == null || lib.crate() == null || lib.features().isEmpty()) {
      return lib != null;
    }
    for (Manifest m : ws.members()) {
      if (!m.name().equals(member)) {
        continue;
      }
      for (Manifest.Dep d : m.deps()) {
        if (d.crate().equals(lib.crate()) && d.features().stream().anyMatch(lib.features()::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /** RTA007: a stated answer the project contradicts. */
  private void contradictions(Answers stated, Map<String, Inferred> inferred) {
    for (Map.Entry<String, AnswerValue> s : stated.values().entrySet()) {
      Inferred i = inferred.get(s.getKey());
      if (i == null || i.confidence() < CONTRADICTION_CONFIDENCE || i.evidence().isEmpty()) {
        continue;
      }
      Question q = pack.questionSet().find(s.getKey());
      String said = s.getValue().display();
      String shows;
      if (q != null && q.type() == AnswerType.LIST) {
        List<String> missing = new ArrayList<>(((AnswerValue.Items) i.value()).values());
        missing.removeAll(((AnswerValue.Items) s.getValue()).values());
        if (missing.isEmpty()) {
          continue;
        }
        shows = String.join(",", missing);
      } else {
        if (i.value().equals(s.getValue())) {
          continue;
        }
        shows = i.value().display();
      }
      Evidence e = i.evidence().get(0);
      add("RTA007", Messages.text("finding.RTA007", s.getKey(), said, shows, e.text()), e.location(), "",
          s.getKey() + "=" + said, false);
    }
  }
}
