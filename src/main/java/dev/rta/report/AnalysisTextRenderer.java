package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.Confidence;
import dev.rta.domain.analysis.MemberAnalysis;
import dev.rta.domain.analysis.ProjectDecision;
import dev.rta.domain.analysis.Resolution;
import dev.rta.domain.analysis.RuntimeSummary;
import dev.rta.domain.analysis.Scope;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.pack.KnowledgePack;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * The analysis for a person: runtimes with their inverse dependency paths as trees (like
 * {@code cargo tree -i}), inferred answers with evidence, findings, and the recommendation.
 */
public final class AnalysisTextRenderer extends LocalizedRenderer {
  private final Style style;

  public AnalysisTextRenderer(KnowledgePack pack, Lang lang, Style style) {
    super(pack, lang);
    this.style = style;
  }

  /** Long lists are cut in text; JSON has them all. */
  static final int MEMBERS = 8;
  static final int PATHS = 8;

  /** Member sections shown in full; the rest are counted (JSON has them all). */
  static final int MEMBER_SECTIONS = 8;

  public String render(Analysis a, List<ProjectDecision> decisions, @Nullable String only) {
    StringBuilder out = new StringBuilder();
    var st = a.stats();
    out.append(style.bold(m("an.text.title", a.root()))).append('\n');
    out.append(style.dim("  " + m("an.text.stats", st.members(), st.rustFiles(), st.lines(), m("an.graph." + st.graph()))))
        .append('\n');
    resolution(a, out);
    int skipped = st.skippedBinary() + st.skippedNonUtf8() + st.skippedLarge() + st.skippedLoops()
        + st.skippedUnreadable() + st.skippedTooDeep();
    if (skipped > 0) {
      out.append(style.dim("  " + m("an.text.skipped", st.skippedBinary(), st.skippedNonUtf8(), st.skippedLarge(),
          st.skippedLoops(), st.skippedUnreadable(), st.skippedTooDeep()))).append('\n');
    }
    if (only == null && a.members().size() > 1) {
      out.append('\n').append(style.bold(m("an.text.workspace"))).append('\n');
      if (a.runtimes().isEmpty()) {
        out.append("  ").append(m("an.text.noRuntime")).append('\n');
      }
      for (RuntimeSummary r : a.runtimes()) {
        out.append("  ").append(style.bold(TextRenderer.pad(name(r.id(), r.candidate()), 12)));
        List<String> parts = new ArrayList<>();
        addStatus(parts, "in-use", r.inUse());
        addStatus(parts, "pulled-in", r.pulledIn());
        addStatus(parts, "declared-unused", r.declaredUnused());
        out.append(String.join(" · ", parts)).append('\n');
      }
      for (LocalizedText n : a.notes()) {
        out.append(style.dim("  " + t(n))).append('\n');
      }
    }
    int shown = 0;
    for (MemberAnalysis ma : a.members()) {
      if (only != null && !ma.name().equals(only)) {
        continue;
      }
      if (shown++ >= MEMBER_SECTIONS) {
        continue;
      }
      ProjectDecision d = decisions.stream().filter(x -> x.member().equals(ma.name())).findFirst().orElse(null);
      member(ma, d, a.members().size() > 1, out);
    }
    if (shown > MEMBER_SECTIONS) {
      out.append('\n').append(style.dim(m("an.text.moreMemberSections", shown - MEMBER_SECTIONS))).append('\n');
    }

    out.append('\n').append(style.bold(m("an.text.findings"))).append('\n');
    List<Finding> findings = a.findings().stream().filter(f -> only == null || f.member() == null
        || f.member().isEmpty() || f.member().equals(only)).toList();
    if (findings.isEmpty()) {
      out.append("  ").append(style.good(m("an.text.noFindings"))).append('\n');
    }
    java.util.Set<String> hinted = new java.util.HashSet<>();
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (Finding f : findings) {
      switch (f.level()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
      String level = switch (f.level()) {
        case ERROR -> style.bad(m("an.level.error"));
        case WARNING -> style.warn(m("an.level.warning"));
        case NOTE -> style.dim(m("an.level.note"));
      };
      out.append("  ").append(f.location()).append(": ").append(level).append(' ').append(style.bold(f.id())).append(' ')
          .append(t(f.message()));
      List<String> scope = new ArrayList<>();
      if (!f.scope().always()) {
        scope.add(scopeText(f.scope()));
      }
      if (f.lowConfidence()) {
        scope.add(m("an.text.confidence", f.confidence().id()));
      }
      if (!scope.isEmpty()) {
        out.append(style.dim(" [" + String.join("; ", scope) + "]"));
      }
      out.append('\n');
      if (hinted.add(f.id())) { // a hint once per kind of finding: the rest say the same
        out.append(style.dim("      " + t(f.hint()))).append('\n');
      }
    }
    out.append("  ").append(m("an.text.summary", errors, warnings, notes, a.ignored().size())).append('\n');
    out.append(style.dim("  " + m("an.text.more"))).append('\n');
    for (var p : a.problems()) {
      out.append(style.bad("  ! ")).append(p.format(lang)).append('\n');
    }
    return out.toString();
  }

  private void addStatus(List<String> parts, String status, List<String> members) {
    if (members.isEmpty()) {
      return;
    }
    String list = String.join(", ", members.subList(0, Math.min(MEMBERS, members.size())))
        + (members.size() > MEMBERS ? " " + m("an.text.moreMembers", members.size() - MEMBERS) : "");
    String label = m("an.status." + status);
    out(parts, (status.equals("in-use") ? style.good(label) : style.dim(label)) + ": " + list);
  }

  private static void out(List<String> parts, String s) {
    parts.add(s);
  }

  private void resolution(Analysis a, StringBuilder out) {
    Resolution r = a.resolution();
    if (r.cargo().equals("failed")) {
      out.append(style.warn("  " + m("an.text.cargoFailed", r.cargoReason()))).append('\n');
    } else if (r.cargo().equals("not-run") && r.cargoReason() != null && !r.cargoReason().equals("--no-cargo")) {
      out.append(style.dim("  " + m("an.text.cargoNotRun", r.cargoReason()))).append('\n');
    }
    if (r.packages() > 0 && !r.graph().equals("manifests")) {
      out.append(style.dim("  " + m("an.text.declarations", r.resolved(), r.packages(),
          m("an.declarations." + r.declarations())))).append('\n');
    }
  }

  private String name(String id, boolean candidate) {
    return candidate ? pack.runtimeName(id) : id;
  }

  private String scopeText(Scope s) {
    return scope(lang, s, "");
  }

  /** When something holds, in the reader's language: "behind a feature psql", quoted with {@code quote}. */
  static String scope(Lang lang, Scope s, String quote) {
    String a = Messages.get(lang, "an.activation." + s.activation().id());
    if (s.feature() != null && !s.feature().isEmpty()) {
      a += " " + quote + s.feature() + quote;
    }
    if (s.target() != null) {
      a += " " + quote + s.target() + quote;
    }
    return a;
  }

  private void member(MemberAnalysis ma, @Nullable ProjectDecision d, boolean heading, StringBuilder out) {
    String indent = heading ? "  " : "";
    if (heading) {
      out.append('\n').append(style.bold(m("an.text.member", ma.name(), ma.manifest()))).append('\n');
    }
    out.append('\n').append(indent).append(style.bold(m("an.text.runtimes"))).append('\n');
    if (ma.runtimes().isEmpty()) {
      out.append(indent).append("  ").append(m("an.text.noRuntime")).append('\n');
    }
    for (RuntimeUse r : ma.runtimes()) {
      String label = m("an.status." + r.status().id());
      String status = r.status() == UseStatus.IN_USE ? style.good(label) : style.dim(label);
      out.append(indent).append("  ").append(style.bold(TextRenderer.pad(name(r.id(), r.candidate()), 12)))
          .append(status).append(" · ").append(scopeText(r.scope()));
      if (r.confidence() != Confidence.HIGH) {
        out.append(" · ").append(m("an.text.confidence", r.confidence().id()));
      }
      out.append('\n');
      if (r.note() != null) {
        out.append(style.dim(indent + "    " + t(r.note()))).append('\n');
      }
      for (DependencyPath p : r.paths().subList(0, Math.min(PATHS, r.paths().size()))) {
        tree(p, indent, out);
      }
      if (r.paths().size() > PATHS) {
        out.append(style.dim(indent + "    " + m("an.text.morePaths", r.paths().size() - PATHS))).append('\n');
      }
      if (!r.evidence().isEmpty()) {
        out.append(style.dim(indent + "    " + m("an.text.evidence"))).append('\n');
        for (Evidence e : r.evidence().subList(0, Math.min(4, r.evidence().size()))) {
          out.append(style.dim(indent + "      " + e.location() + "  " + e.text())).append('\n');
        }
      }
    }

    out.append('\n').append(indent).append(style.bold(m("an.text.inferred"))).append('\n');
    if (ma.inferred().isEmpty()) {
      out.append(indent).append("  ").append(m("an.text.nothingInferred")).append('\n');
    }
    int column = 2 + ma.inferred().values().stream()
        .mapToInt(i -> Style.width(i.key() + " = " + i.value().display())).max().orElse(0);
    for (Inferred i : ma.inferred().values()) {
      out.append(indent).append("  ").append(TextRenderer.pad(i.key() + " = " + i.value().display(), Math.min(column, 60)))
          .append(String.format(Locale.ROOT, "%.2f", i.confidence()));
      if (!i.evidence().isEmpty()) {
        Evidence e = i.evidence().get(0);
        out.append(style.dim("  " + e.location() + " " + e.text() + (i.evidence().size() > 1 ? " …" : "")));
      }
      out.append('\n');
    }
    for (Inferred i : ma.underFeatures()) {
      out.append(style.dim(indent + "  " + m("an.text.underFeature", i.scope(), i.key() + " += " + i.value().display())))
          .append('\n');
    }
    if (d == null) {
      return;
    }
    Decision dec = d.decision();
    out.append('\n').append(indent).append(style.bold(m("an.text.recommendation"))).append('\n');
    if (dec.primary() == null) {
      out.append(indent).append("  ").append(style.bad(m("text.conflict.title"))).append(": ")
          .append(String.join(", ", dec.conflict() == null ? List.of() : dec.conflict().answers())).append('\n');
    } else {
      StringBuilder line = new StringBuilder(style.good(style.bold(pack.runtimeName(dec.primary()))));
      if (dec.chosen() != null && !dec.chosen().support().isEmpty()) {
        Reason r = dec.chosen().support().get(0);
        line.append(" — ").append(t(r.text()));
      }
      if (!ma.runsAsync()) {
        out.append(indent).append("  ").append(m("an.text.noAsync", line.toString())).append('\n');
      } else {
        out.append(indent).append("  ").append(line).append('\n');
      }
      List<String> alternatives = dec.alternatives().stream().map(x -> pack.runtimeName(x.runtime())).toList();
      if (!alternatives.isEmpty()) {
        out.append(style.dim(indent + "  " + m("an.text.alternatives", String.join(", ", alternatives)))).append('\n');
      }
      if (!dec.changedBy().isEmpty()) {
        out.append(style.dim(indent + "  " + TextRenderer.changedSummary(lang, dec, pack::runtimeName) + " "
            + String.join(", ", dec.changedBy().stream().map(c -> c.correction()).toList()))).append('\n');
      }
    }
    for (var w : dec.warnings()) {
      out.append(style.warn(indent + "  ! ")).append(t(w.message())).append('\n');
    }
  }

  /** runtime ← … ← member, drawn top-down like cargo tree -i. */
  private void tree(DependencyPath p, String base, StringBuilder out) {
    List<String> chain = new java.util.ArrayList<>();
    for (int i = p.steps().size() - 1; i >= 0; i--) {
      chain.add(p.steps().get(i).display());
    }
    String conf = p.confidence() == Confidence.HIGH ? "" : ", " + m("an.text.confidence", p.confidence().id());
    chain.add(p.member() + style.dim("  (" + scopeText(p.scope()) + conf + ", " + p.location() + ")"));
    out.append(base).append("    ").append(chain.get(0)).append('\n');
    String indent = base + "    ";
    for (int i = 1; i < chain.size(); i++) {
      out.append(indent).append("└── ").append(chain.get(i)).append('\n');
      indent += "    ";
    }
  }
}
