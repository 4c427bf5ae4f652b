package dev.rta.analyzer;

import dev.rta.domain.analysis.Severity;

import dev.rta.domain.AnswerType;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.analysis.Activation;
import dev.rta.domain.analysis.Confidence;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.Scope;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The findings (analysis.yaml `findings`): what is wrong, where, when (always, with a feature, in tests, for a
 * target) and how sure. A finding is an error only when rta is sure and it holds in the member's default build;
 * a low-confidence finding (a token scan inside a macro, a lockfile guess) is one level lower; a medium one (a
 * call chain matched by name) or one behind a feature is at most a warning.
 */
final class FindingDetector {
  /** Inferred answers at least this sure can contradict a stated one. */
  static final double CONTRADICTION_CONFIDENCE = 0.8;

  private final KnowledgePack pack;
  private final List<Finding> out = new ArrayList<>();

  FindingDetector(KnowledgePack pack) {
    this.pack = pack;
  }

  /** The level of a finding: its definition's, one lower when not sure, an error only when it always holds. */
  static Severity level(Severity defined, Confidence confidence, Scope scope) {
    if (confidence == Confidence.LOW) {
      return defined.lower();
    }
    return defined == Severity.ERROR && (confidence == Confidence.MEDIUM || !scope.always()) ? defined.lower() : defined;
  }

  private void add(String id, LocalizedText message, Location location, String member, String key,
      Confidence confidence, Scope scope) {
    AnalysisRules.FindingDef def = pack.analysis().finding(id);
    if (def == null) {
      throw new IllegalStateException("finding " + id + " is not in analysis.yaml; this is a bug in rta");
    }
    out.add(new Finding(id, level(def.level(), confidence, scope), message, location, def.help(), member, key,
        confidence, scope));
  }

  private void add(String id, LocalizedText message, Location location, String member, String key, boolean low) {
    add(id, message, location, member, key, low ? Confidence.LOW : Confidence.HIGH, Scope.ALWAYS);
  }

  List<Finding> detect(Workspace ws, RuntimeClassifier classifier, Map<String, List<RuntimeUse>> runtimes,
      Map<String, SourceScanner.MemberSources> sources, Map<String, Map<String, Inferred>> inferred, Answers stated,
      List<Location> unparsable) {
    for (Manifest m : ws.members()) {
      List<RuntimeUse> rs = runtimes.getOrDefault(m.name(), List.of());
      mixed(m, rs);
      discontinued(m, rs);
      mismatch(m, rs, classifier);
      contradictions(m.name(), stated, inferred.getOrDefault(m.name(), Map.of()));
    }
    sourceFindings(ws, sources);
    for (Location l : unparsable) {
      add("RTA009", Messages.text("finding.RTA009", l.file()), l, "", l.file(), false);
    }
    return out;
  }

  private static boolean runsInProduct(RuntimeUse r) {
    return r.status() == UseStatus.IN_USE && r.activation() != Activation.DEV && r.activation() != Activation.BUILD;
  }

  /** RTA001: a member runs two or more candidate runtimes, always on. */
  private void mixed(Manifest m, List<RuntimeUse> rs) {
    List<RuntimeUse> always = rs.stream().filter(r -> r.candidate() && runsInProduct(r) && r.scope().always()
        && !r.evidence().isEmpty()).toList();
    if (always.size() < 2) {
      return;
    }
    String names = String.join(", ", always.stream().map(r -> pack.runtimeName(r.id())).toList());
    StringBuilder where = new StringBuilder();
    Confidence confidence = Confidence.HIGH;
    for (RuntimeUse r : always) {
      Evidence e = r.evidence().get(0);
      where.append(where.length() == 0 ? "" : "; ").append(pack.runtimeName(r.id())).append(": ").append(e.text())
          .append(" (").append(e.location()).append(')');
      confidence = confidence.min(r.confidence());
    }
    add("RTA001", Messages.text("finding.RTA001", m.name(), names, where.toString()),
        always.get(1).evidence().get(0).location(), m.name(), String.join("+", always.stream().map(RuntimeUse::id).toList()),
        confidence, Scope.ALWAYS);
  }

  /** RTA002: a discontinued runtime, at the member's direct dependency that brings it. */
  private void discontinued(Manifest m, List<RuntimeUse> rs) {
    for (RuntimeUse r : rs) {
      if (!r.id().equals("async-std") || r.status() == UseStatus.DECLARED_UNUSED && r.paths().isEmpty()) {
        continue;
      }
      // async-std itself (or its attributes) must be there: async-global-executor alone is not async-std.
      boolean itself = r.paths().stream().anyMatch(p -> List.of("async-std", "async-attributes")
          .contains(p.steps().get(p.steps().size() - 1).crate())) || r.status() == UseStatus.IN_USE;
      if (!itself) {
        continue;
      }
      String advisory = pack.advisories().stream().filter(a -> a.runtime().equals(r.id())).map(a -> a.id()).findFirst()
          .orElse("-");
      DependencyPath p = r.paths().stream()
          .min(Comparator.comparingInt((DependencyPath x) -> x.activation().ordinal())
              .thenComparingInt(x -> x.steps().size()))
          .orElse(null);
      if (p != null) {
        add("RTA002", Messages.text("finding.RTA002", m.name(), p.display(), scopeText(p.scope()), advisory),
            p.location(), m.name(), p.steps().get(0).crate(), p.confidence(), p.scope());
      } else if (!r.evidence().isEmpty()) {
        Evidence e = r.evidence().get(0);
        add("RTA002", Messages.text("finding.RTA002.source", e.text(), advisory), e.location(), m.name(), e.text(),
            r.confidence(), r.scope());
      }
    }
  }

  private static String scopeText(Scope s) {
    return s.always() ? "always" : s.display();
  }

  /**
   * RTA003: a library that needs Tokio, in a member that runs another runtime and not Tokio, without a
   * compatibility layer switched on in the same build.
   */
  private void mismatch(Manifest m, List<RuntimeUse> rs, RuntimeClassifier classifier) {
    if (rs.stream().anyMatch(r -> r.id().equals("tokio") && runsInProduct(r))) {
      return;
    }
    List<RuntimeUse> others = rs.stream().filter(r -> r.candidate() && !r.id().equals("tokio") && runsInProduct(r))
        .toList();
    if (others.isEmpty()) {
      return;
    }
    String runtimeNames = String.join(", ", others.stream().map(r -> pack.runtimeName(r.id())).toList());
    String key = classifier.key(m);
    for (AnalysisRules.NeedsTokio n : pack.analysis().needsTokio()) {
      for (Manifest.Dep d : m.deps()) {
        if (!d.crate().equals(n.crate()) || d.kind() != Manifest.Kind.NORMAL) {
          continue;
        }
        Scope scope = RuntimeClassifier.scopeOf(m, d);
        if (compatOn(m, key, n, scope, classifier)) {
          continue;
        }
        Confidence confidence = others.stream().map(RuntimeUse::confidence).reduce(Confidence.HIGH, Confidence::min);
        if (!others.stream().allMatch(r -> r.scope().always())) {
          scope = scope.always() ? others.get(0).scope() : scope;
        }
        add("RTA003", Messages.text("finding.RTA003", m.name(), d.crate(), runtimeNames,
            scope.always() ? "" : " (" + scope.display() + ")"), d.location(), m.name(), d.crate(), confidence, scope);
      }
    }
  }

  /** Whether a compatibility crate is switched on in the build where the library is (always, or with its feature). */
  private static boolean compatOn(Manifest m, String key, AnalysisRules.NeedsTokio n, Scope scope,
      RuntimeClassifier classifier) {
    if (n.compat().isEmpty()) {
      return false;
    }
    for (Manifest.Dep c : m.deps()) {
      if (!n.compat().contains(c.crate()) || c.kind() != Manifest.Kind.NORMAL) {
        continue;
      }
      if (RuntimeClassifier.activation(m, c) != Activation.FEATURE) {
        return true;
      }
      if (key == null || scope.activation() != Activation.FEATURE) {
        continue;
      }
      for (RuntimeClassifier.Build b : classifier.builds.getOrDefault(m.name(), List.of())) {
        if (b.scope().equals(scope) && b.result().edges(key).stream()
            .anyMatch(e -> classifier.pkgName(e.to()).equals(c.crate()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** RTA004–RTA006, RTA010 and RTA011 from the sources (test code is left alone). */
  private void sourceFindings(Workspace ws, Map<String, SourceScanner.MemberSources> sources) {
    for (Map.Entry<String, SourceScanner.MemberSources> ms : sources.entrySet()) {
      Manifest owner = ws.members().stream().filter(x -> x.name().equals(ms.getKey())).findFirst().orElse(null);
      for (SourceScanner.Hit h : ms.getValue().hits) {
        if (h.test()) {
          continue;
        }
        LocalizedText macro = h.inMacro() ? Messages.text("finding.inMacro") : LocalizedText.same("");
        Confidence confidence = h.inMacro() ? Confidence.LOW : Confidence.HIGH;
        Scope scope = owner == null ? Scope.ALWAYS : RuntimeClassifier.gateScope(owner, h.gate());
        switch (h.kind()) {
          case BLOCKING -> add("RTA004", Messages.text("finding.RTA004", h.path(), h.rule().what(), h.rule().instead(),
              macro), h.location(), h.member(), h.path(), confidence, scope);
          case BLOCK_ON -> {
            if (h.chain().isEmpty()) {
              add("RTA005", Messages.text("finding.RTA005", h.path(), macro), h.location(), h.member(), h.path(),
                  confidence, scope);
            } else {
              add("RTA005", Messages.text("finding.RTA005.chain", h.chain().get(1), String.join(" → ", h.chain())),
                  h.location(), h.member(), String.join(">", h.chain()), Confidence.MEDIUM, scope);
            }
          }
          case FOREIGN_EXECUTOR -> {
            String lib = h.chain().get(h.chain().size() - 1);
            if (needsTokioHere(ws, h.member(), lib)) {
              add("RTA010", Messages.text("finding.RTA010", h.path(), lib, String.join(" → ", h.chain()),
                  h.indirect() ? Messages.text("finding.byName") : LocalizedText.same("")), h.location(), h.member(),
                  h.path() + ">" + lib, h.indirect() ? Confidence.MEDIUM : confidence, scope);
            }
          }
          case RUNTIME_IN_ASYNC -> add("RTA011", Messages.text("finding.RTA011", h.path()), h.location(), h.member(),
              h.path(), confidence, scope);
          case LOCK_ACROSS_AWAIT -> add("RTA006", Messages.text("finding.RTA006", h.path()), h.location(), h.member(),
              h.path(), Confidence.HIGH, scope);
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

  /** RTA007: a stated answer a member contradicts. */
  private void contradictions(String member, Answers stated, Map<String, Inferred> inferred) {
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
      add("RTA007", Messages.text("finding.RTA007", s.getKey(), said, shows, e.text()), e.location(), member,
          s.getKey() + "=" + said, false);
    }
  }
}
