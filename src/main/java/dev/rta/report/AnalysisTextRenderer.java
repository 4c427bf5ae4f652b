package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.pack.KnowledgePack;
import java.util.List;
import java.util.Locale;

/**
 * The analysis for a person: runtimes with their inverse dependency paths as trees (like
 * {@code cargo tree -i}), inferred answers with evidence, findings, and the recommendation.
 */
public final class AnalysisTextRenderer {
  private final KnowledgePack pack;
  private final Lang lang;
  private final Style style;

  public AnalysisTextRenderer(KnowledgePack pack, Lang lang, Style style) {
    this.pack = pack;
    this.lang = lang;
    this.style = style;
  }

  /** Long lists are cut in text; JSON has them all. */
  static final int MEMBERS = 8;
  static final int PATHS = 8;

  private String m(String key, Object... args) {
    return Messages.get(lang, key, args);
  }

  private String t(LocalizedText text) {
    return text.in(lang);
  }

  public String render(Analysis a, Decision d) {
    StringBuilder out = new StringBuilder();
    var st = a.stats();
    out.append(style.bold(m("an.text.title", a.root()))).append('\n');
    out.append(style.dim("  " + m("an.text.stats", st.members(), st.rustFiles(), st.lines(), m("an.graph." + st.graph()))))
        .append('\n');
    int skipped = st.skippedBinary() + st.skippedNonUtf8() + st.skippedLarge() + st.skippedLoops();
    if (skipped > 0) {
      out.append(style.dim("  " + m("an.text.skipped", st.skippedBinary(), st.skippedNonUtf8(), st.skippedLarge(),
          st.skippedLoops()))).append('\n');
    }

    out.append('\n').append(style.bold(m("an.text.runtimes"))).append('\n');
    if (a.runtimes().isEmpty()) {
      out.append("  ").append(m("an.text.noRuntime")).append('\n');
    }
    for (RuntimeUse r : a.runtimes()) {
      String status = r.status() == UseStatus.IN_USE ? style.good(m("an.status.in-use")) : style.dim(m("an.status.pulled-in"));
      out.append("  ").append(style.bold(TextRenderer.pad(r.candidate() ? pack.runtimeName(r.id()) : r.id(), 12)))
          .append(status).append(" · ").append(m("an.activation." + r.activation().id())).append(" · ")
          .append(String.join(", ", r.members().subList(0, Math.min(MEMBERS, r.members().size()))));
      if (r.members().size() > MEMBERS) {
        out.append(' ').append(style.dim(m("an.text.moreMembers", r.members().size() - MEMBERS)));
      }
      out.append('\n');
      for (DependencyPath p : r.paths().subList(0, Math.min(PATHS, r.paths().size()))) {
        tree(p, out);
      }
      if (r.paths().size() > PATHS) {
        out.append(style.dim("    " + m("an.text.morePaths", r.paths().size() - PATHS))).append('\n');
      }
      if (!r.evidence().isEmpty()) {
        out.append(style.dim("    " + m("an.text.evidence"))).append('\n');
        for (Evidence e : r.evidence().subList(0, Math.min(4, r.evidence().size()))) {
          out.append(style.dim("      " + e.location() + "  " + e.text())).append('\n');
        }
      }
    }

    out.append('\n').append(style.bold(m("an.text.inferred"))).append('\n');
    if (a.inferred().isEmpty()) {
      out.append("  ").append(m("an.text.nothingInferred")).append('\n');
    }
    int column = 2 + a.inferred().values().stream()
        .mapToInt(i -> Style.width(i.key() + " = " + i.value().display())).max().orElse(0);
    for (Inferred i : a.inferred().values()) {
      out.append("  ").append(TextRenderer.pad(i.key() + " = " + i.value().display(), Math.min(column, 60)))
          .append(String.format(Locale.ROOT, "%.2f", i.confidence()));
      if (!i.evidence().isEmpty()) {
        Evidence e = i.evidence().get(0);
        out.append(style.dim("  " + e.location() + " " + e.text() + (i.evidence().size() > 1 ? " …" : "")));
      }
      out.append('\n');
    }

    out.append('\n').append(style.bold(m("an.text.findings"))).append('\n');
    if (a.findings().isEmpty()) {
      out.append("  ").append(style.good(m("an.text.noFindings"))).append('\n');
    }
    java.util.Set<String> hinted = new java.util.HashSet<>();
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (Finding f : a.findings()) {
      switch (f.level()) {
        case "error" -> errors++;
        case "warning" -> warnings++;
        default -> notes++;
      }
      String level = switch (f.level()) {
        case "error" -> style.bad(m("an.level.error"));
        case "warning" -> style.warn(m("an.level.warning"));
        default -> style.dim(m("an.level.note"));
      };
      out.append("  ").append(f.location()).append(": ").append(level).append(' ').append(style.bold(f.id())).append(' ')
          .append(t(f.message())).append('\n');
      if (hinted.add(f.id())) { // a hint once per kind of finding: the rest say the same
        out.append(style.dim("      " + t(f.hint()))).append('\n');
      }
    }
    out.append("  ").append(m("an.text.summary", errors, warnings, notes, a.ignored().size())).append('\n');

    out.append('\n').append(style.bold(m("an.text.recommendation"))).append('\n');
    if (d.primary() == null) {
      out.append("  ").append(style.bad(m("text.conflict.title"))).append(": ")
          .append(String.join(", ", d.conflict() == null ? List.of() : d.conflict().answers())).append('\n');
    } else {
      out.append("  ").append(style.good(style.bold(pack.runtimeName(d.primary()))));
      if (d.chosen() != null && !d.chosen().support().isEmpty()) {
        Reason r = d.chosen().support().get(0);
        out.append(" — ").append(t(r.text()));
      }
      out.append('\n');
      if (!d.alternatives().isEmpty()) {
        out.append(style.dim("  " + m("an.text.alternatives", String.join(", ",
            d.alternatives().stream().map(x -> pack.runtimeName(x.runtime())).toList())))).append('\n');
      }
      if (!d.changedBy().isEmpty()) {
        out.append(style.dim("  " + m("text.changed.summary", d.seedPrimary() == null ? m("text.conflictWord")
            : pack.runtimeName(d.seedPrimary()), pack.runtimeName(d.primary())) + " "
            + String.join(", ", d.changedBy().stream().map(c -> c.correction()).toList()))).append('\n');
      }
    }
    out.append(style.dim("  " + m("an.text.more"))).append('\n');
    for (var p : a.problems()) {
      out.append(style.bad("  ! ")).append(p.format(lang)).append('\n');
    }
    return out.toString();
  }

  /** runtime ← … ← member, drawn top-down like cargo tree -i. */
  private void tree(DependencyPath p, StringBuilder out) {
    List<String> chain = new java.util.ArrayList<>();
    for (int i = p.steps().size() - 1; i >= 0; i--) {
      chain.add(p.steps().get(i).display());
    }
    chain.add(p.member() + style.dim("  (" + activation(p) + ", " + p.location() + ")"));
    out.append("    ").append(chain.get(0)).append('\n');
    String indent = "    ";
    for (int i = 1; i < chain.size(); i++) {
      out.append(indent).append("└── ").append(chain.get(i)).append('\n');
      indent += "    ";
    }
  }

  private String activation(DependencyPath p) {
    String a = m("an.activation." + p.activation().id());
    if (p.feature() != null && !p.feature().isEmpty()) {
      a += " " + p.feature();
    }
    if (p.target() != null) {
      a += " " + p.target();
    }
    return a;
  }
}
