package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.pack.KnowledgePack;
import java.util.Locale;

/** The analysis as a Markdown report a team can commit or paste into a pull request. */
public final class AnalysisMarkdownRenderer {
  private final KnowledgePack pack;
  private final Lang lang;

  public AnalysisMarkdownRenderer(KnowledgePack pack, Lang lang) {
    this.pack = pack;
    this.lang = lang;
  }

  private String m(String key, Object... args) {
    return Messages.get(lang, key, args);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /** Findings listed one by one; a report for a pull request must stay readable. */
  static final int FINDINGS = 50;

  public String render(Analysis a, Decision d) {
    StringBuilder md = new StringBuilder();
    var st = a.stats();
    md.append("# ").append(m("an.md.title")).append("\n\n");
    md.append(m("an.text.stats", st.members(), st.rustFiles(), st.lines(), m("an.graph." + st.graph()))).append(m("an.md.end")).append("\n\n");
    md.append("## ").append(m("an.text.recommendation")).append("\n\n");
    if (d.primary() == null) {
      md.append("**").append(m("text.conflict.title")).append("**: ")
          .append(d.conflict() == null ? "" : String.join(", ", d.conflict().answers())).append("\n\n");
    } else {
      md.append("**").append(pack.runtimeName(d.primary())).append("**");
      if (d.chosen() != null && !d.chosen().support().isEmpty()) {
        md.append(" — ").append(d.chosen().support().get(0).text().in(lang));
      }
      md.append("\n\n");
    }
    md.append("## ").append(m("an.text.runtimes")).append("\n\n");
    md.append("| ").append(m("an.md.runtime")).append(" | ").append(m("an.md.status")).append(" | ")
        .append(m("an.md.activation")).append(" | ").append(m("an.md.members")).append(" | ").append(m("an.md.paths"))
        .append(" |\n|---|---|---|---|---|\n");
    for (RuntimeUse r : a.runtimes()) {
      StringBuilder paths = new StringBuilder();
      for (DependencyPath p : r.paths().subList(0, Math.min(AnalysisTextRenderer.PATHS, r.paths().size()))) {
        paths.append(paths.length() == 0 ? "" : "<br>").append('`').append(p.display()).append("` (")
            .append(m("an.activation." + p.activation().id())).append(')');
      }
      if (r.paths().size() > AnalysisTextRenderer.PATHS) {
        paths.append("<br>").append(m("an.text.morePaths", r.paths().size() - AnalysisTextRenderer.PATHS));
      }
      String members = String.join(", ", r.members().subList(0, Math.min(AnalysisTextRenderer.MEMBERS, r.members().size())))
          + (r.members().size() > AnalysisTextRenderer.MEMBERS
              ? " " + m("an.text.moreMembers", r.members().size() - AnalysisTextRenderer.MEMBERS) : "");
      for (Evidence e : r.evidence().subList(0, Math.min(2, r.evidence().size()))) {
        paths.append(paths.length() == 0 ? "" : "<br>").append('`').append(e.text()).append("` ").append(e.location());
      }
      md.append("| ").append(r.candidate() ? pack.runtimeName(r.id()) : r.id()).append(" | ")
          .append(m("an.status." + r.status().id())).append(" | ").append(m("an.activation." + r.activation().id()))
          .append(" | ").append(cell(members)).append(" | ").append(cell(paths.toString()))
          .append(" |\n");
    }
    md.append("\n## ").append(m("an.text.inferred")).append("\n\n");
    md.append("| key | value | ").append(m("an.md.confidence")).append(" | ").append(m("an.md.evidence"))
        .append(" |\n|---|---|---|---|\n");
    for (Inferred i : a.inferred().values()) {
      StringBuilder ev = new StringBuilder();
      for (Evidence e : i.evidence()) {
        ev.append(ev.length() == 0 ? "" : "<br>").append(e.location()).append(" `").append(e.text()).append('`');
      }
      md.append("| `").append(i.key()).append("` | `").append(i.value().display()).append("` | ")
          .append(String.format(Locale.ROOT, "%.2f", i.confidence())).append(" | ").append(cell(ev.toString())).append(" |\n");
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
            .append(f.location()).append("` | ").append(cell(f.message().in(lang))).append(" |\n");
      }
      if (a.findings().size() > FINDINGS) {
        md.append('\n').append(m("an.md.moreFindings", a.findings().size() - FINDINGS)).append('\n');
      }
    }
    md.append('\n').append(m("an.text.summary", a.findings().stream().filter(f -> f.level().equals("error")).count(),
        a.findings().stream().filter(f -> f.level().equals("warning")).count(),
        a.findings().stream().filter(f -> f.level().equals("note")).count(), a.ignored().size())).append('\n');
    return md.toString();
  }
}
