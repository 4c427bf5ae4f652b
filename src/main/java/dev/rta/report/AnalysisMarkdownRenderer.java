package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.MemberAnalysis;
import dev.rta.domain.analysis.ProjectDecision;
import dev.rta.domain.analysis.RuntimeSummary;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.Scope;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.pack.KnowledgePack;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The analysis as a Markdown report a team can commit or paste into a pull request. */
public final class AnalysisMarkdownRenderer extends LocalizedRenderer {

  public AnalysisMarkdownRenderer(KnowledgePack pack, Lang lang) {
    super(pack, lang);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /** Findings listed one by one; a report for a pull request must stay readable. */
  static final int FINDINGS = 50;

  public String render(Analysis a, List<ProjectDecision> decisions, @Nullable String only) {
    StringBuilder md = new StringBuilder();
    var st = a.stats();
    md.append("# ").append(m("an.md.title")).append("\n\n");
    md.append(m("an.text.stats", st.members(), st.rustFiles(), st.lines(), m("an.graph." + st.graph()))).append(m("an.md.end")).append("\n\n");
    if (a.resolution().cargo().equals("failed")) {
      md.append("> ").append(m("an.text.cargoFailed", a.resolution().cargoReason())).append("\n\n");
    }
    if (only == null && a.members().size() > 1) {
      md.append("## ").append(m("an.text.workspace")).append("\n\n");
      md.append("| ").append(m("an.md.runtime")).append(" | ").append(m("an.status.in-use")).append(" | ")
          .append(m("an.status.pulled-in")).append(" | ").append(m("an.status.declared-unused"))
          .append(" |\n|---|---|---|---|\n");
      for (RuntimeSummary r : a.runtimes()) {
        md.append("| ").append(r.candidate() ? pack.runtimeName(r.id()) : r.id()).append(" | ")
            .append(cell(list(r.inUse()))).append(" | ").append(cell(list(r.pulledIn()))).append(" | ")
            .append(cell(list(r.declaredUnused()))).append(" |\n");
      }
      md.append('\n');
      a.notes().forEach(n -> md.append(n.in(lang)).append(m("an.md.end")).append("\n\n"));
    }
    int shown = 0;
    for (MemberAnalysis ma : a.members()) {
      if (only != null && !ma.name().equals(only) || shown++ >= AnalysisTextRenderer.MEMBER_SECTIONS) {
        continue;
      }
      member(ma, decisions.stream().filter(x -> x.member().equals(ma.name())).findFirst().orElse(null), md);
    }
    if (shown > AnalysisTextRenderer.MEMBER_SECTIONS) {
      md.append(m("an.text.moreMemberSections", shown - AnalysisTextRenderer.MEMBER_SECTIONS)).append("\n\n");
    }
    md.append("\n## ").append(m("an.text.findings")).append("\n\n");
    if (a.findings().isEmpty()) {
      md.append(m("an.text.noFindings")).append("\n");
    } else {
      // First how many of each kind, then the findings themselves (the first FINDINGS; JSON and SARIF have all).
      java.util.Map<String, Long> counts = new java.util.TreeMap<>();
      a.findings().forEach(f -> counts.merge(f.id(), 1L, Long::sum));
      md.append("| id | ").append(m("an.md.level")).append(" | ").append(m("an.md.count")).append(" | ")
          .append(m("an.md.finding")).append(" |\n|---|---|---|---|\n");
      counts.forEach((id, n) -> {
        var def = pack.analysis().finding(id);
        md.append("| ").append(id).append(" | ").append(def == null ? "" : m("an.level." + def.level())).append(" | ")
            .append(n).append(" | ").append(def == null ? "" : cell(def.title().in(lang))).append(" |\n");
      });
      md.append("\n| id | ").append(m("an.md.level")).append(" | ").append(m("an.md.location")).append(" | ")
          .append(m("an.md.message")).append(" |\n|---|---|---|---|\n");
      for (Finding f : a.findings().subList(0, Math.min(FINDINGS, a.findings().size()))) {
        md.append("| ").append(f.id()).append(" | ").append(m("an.level." + f.level())).append(" | `")
            .append(f.location()).append("` | ").append(cell(f.message().in(lang)
                + (f.scope().always() ? "" : " (" + scope(f.scope()) + ")"))).append(" |\n");
      }
      if (a.findings().size() > FINDINGS) {
        md.append('\n').append(m("an.md.moreFindings", a.findings().size() - FINDINGS)).append('\n');
      }
    }
    md.append('\n').append(m("an.text.summary", a.findings().stream().filter(f -> f.level() == dev.rta.domain.analysis.Severity.ERROR).count(),
        a.findings().stream().filter(f -> f.level() == dev.rta.domain.analysis.Severity.WARNING).count(),
        a.findings().stream().filter(f -> f.level() == dev.rta.domain.analysis.Severity.NOTE).count(), a.ignored().size())).append('\n');
    return md.toString();
  }

  private String list(List<String> members) {
    return String.join(", ", members.subList(0, Math.min(AnalysisTextRenderer.MEMBERS, members.size())))
        + (members.size() > AnalysisTextRenderer.MEMBERS
            ? " " + m("an.text.moreMembers", members.size() - AnalysisTextRenderer.MEMBERS) : "");
  }

  private String scope(Scope s) {
    return AnalysisTextRenderer.scope(lang, s, "`");
  }

  private void member(MemberAnalysis ma, @Nullable ProjectDecision pd, StringBuilder md) {
    md.append("## ").append(m("an.text.member", "`" + ma.name() + "`", "`" + ma.manifest() + "`")).append("\n\n");
    if (pd != null) {
      Decision d = pd.decision();
      if (d.primary() == null) {
        md.append("**").append(m("text.conflict.title")).append("**: ")
            .append(d.conflict() == null ? "" : String.join(", ", d.conflict().answers())).append("\n\n");
      } else {
        StringBuilder line = new StringBuilder("**").append(pack.runtimeName(d.primary())).append("**");
        if (d.chosen() != null && !d.chosen().support().isEmpty()) {
          line.append(" — ").append(d.chosen().support().get(0).text().in(lang));
        }
        md.append(ma.runsAsync() ? line.toString() : m("an.text.noAsync", line.toString())).append("\n\n");
      }
      for (var w : d.warnings()) {
        md.append("- ⚠ ").append(w.message().in(lang)).append('\n');
      }
      if (!d.warnings().isEmpty()) {
        md.append('\n');
      }
    }
    md.append("| ").append(m("an.md.runtime")).append(" | ").append(m("an.md.status")).append(" | ")
        .append(m("an.md.activation")).append(" | ").append(m("an.md.paths")).append(" |\n|---|---|---|---|\n");
    if (ma.runtimes().isEmpty()) {
      md.append("| — | ").append(m("an.text.noRuntime")).append(" | | |\n");
    }
    for (RuntimeUse r : ma.runtimes()) {
      StringBuilder paths = new StringBuilder();
      for (DependencyPath p : r.paths().subList(0, Math.min(AnalysisTextRenderer.PATHS, r.paths().size()))) {
        paths.append(paths.length() == 0 ? "" : "<br>").append('`').append(p.display()).append("` (")
            .append(scope(p.scope())).append(')');
      }
      if (r.paths().size() > AnalysisTextRenderer.PATHS) {
        paths.append("<br>").append(m("an.text.morePaths", r.paths().size() - AnalysisTextRenderer.PATHS));
      }
      for (Evidence e : r.evidence().subList(0, Math.min(2, r.evidence().size()))) {
        paths.append(paths.length() == 0 ? "" : "<br>").append('`').append(e.text()).append("` ").append(e.location());
      }
      if (r.note() != null) {
        paths.append(paths.length() == 0 ? "" : "<br>").append(r.note().in(lang));
      }
      md.append("| ").append(r.candidate() ? pack.runtimeName(r.id()) : r.id()).append(" | ")
          .append(m("an.status." + r.status().id())).append(" | ").append(cell(scope(r.scope()))).append(" | ")
          .append(cell(paths.toString())).append(" |\n");
    }
    md.append("\n| ").append(m("an.md.key")).append(" | ").append(m("an.md.value")).append(" | ")
        .append(m("an.md.confidence")).append(" | ").append(m("an.md.evidence")).append(" |\n|---|---|---|---|\n");
    for (Inferred i : ma.inferred().values()) {
      StringBuilder ev = new StringBuilder();
      for (Evidence e : i.evidence()) {
        ev.append(ev.length() == 0 ? "" : "<br>").append(e.location()).append(" `").append(e.text()).append('`');
      }
      md.append("| `").append(i.key()).append("` | `").append(i.value().display()).append("` | ")
          .append(String.format(Locale.ROOT, "%.2f", i.confidence())).append(" | ").append(cell(ev.toString())).append(" |\n");
    }
    for (Inferred i : ma.underFeatures()) {
      md.append("| `").append(i.key()).append("` | `").append(i.value().display()).append("` (feature `")
          .append(i.scope()).append("`) | ").append(String.format(Locale.ROOT, "%.2f", i.confidence())).append(" | ")
          .append(cell(i.evidence().isEmpty() ? "" : i.evidence().get(0).location() + " `" + i.evidence().get(0).text()
              + "`")).append(" |\n");
    }
    md.append('\n');
  }
}
