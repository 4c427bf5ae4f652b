package dev.rta.report;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Lang;
import dev.rta.domain.Question;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.AdvisoryNotice;
import dev.rta.domain.decision.Assessment;
import dev.rta.domain.decision.CorrectionEffect;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.Notice;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.TraceEntry;
import dev.rta.domain.pack.KnowledgePack;
import java.time.LocalDate;
import java.util.Map;

/**
 * The recommendation as an architecture decision record in MADR 4 layout: decision drivers are the
 * answers, considered options the runtimes, with pros and cons "because" and the trace.
 */
public final class AdrRenderer extends LocalizedRenderer {
  private final ToolInfo tool;
  private final LocalDate date;

  public AdrRenderer(KnowledgePack pack, Lang lang, ToolInfo tool, LocalDate date) {
    super(pack, lang);
    this.tool = tool;
    this.date = date;
  }

  /** A title for the record, e.g. "Use Tokio as the async runtime". */
  public String title(Decision d) {
    return d.primary() == null ? m("adr.title.conflict") : m("adr.title", name(d.primary()));
  }

  public String render(Decision d) {
    StringBuilder md = new StringBuilder();
    md.append("---\n")
        .append("status: proposed\n")
        .append("date: ").append(date).append('\n')
        .append("decision-makers: []\n")
        .append("rta-version: ").append(tool.version()).append('\n')
        .append("knowledge-pack: ").append(tool.packVersion()).append('\n')
        .append("baseline: ").append(d.baseline()).append('\n');
    if (d.primary() != null) {
      // Machine-readable: rta new --from-adr reads the runtime from here.
      md.append("runtime: ").append(d.primary()).append('\n');
    }
    md.append("---\n\n");
    md.append("# ").append(title(d)).append("\n\n");

    md.append("## ").append(m("adr.context")).append("\n\n");
    md.append(m(d.documentOnly() ? "adr.context.text.seed" : "adr.context.text", t(pack.manifest().document().title()),
        pack.manifest().document().version()))
        .append("\n\n");

    md.append("## ").append(m("adr.drivers")).append("\n\n");
    if (d.answers().size() == 0) {
      md.append("* ").append(m("adr.drivers.none")).append('\n');
    }
    for (Map.Entry<String, AnswerValue> a : d.answers().values().entrySet()) {
      Question q = pack.questionSet().find(a.getKey());
      md.append("* `").append(a.getKey()).append(" = ").append(a.getValue().display()).append('`');
      if (q != null) {
        md.append(" — ").append(t(q.text()));
      }
      md.append('\n');
    }
    md.append('\n');

    md.append("## ").append(m("adr.options")).append("\n\n");
    for (String r : pack.candidates()) {
      md.append("* ").append(name(r)).append('\n');
    }
    md.append('\n');

    md.append("## ").append(m("adr.outcome")).append("\n\n");
    if (d.primary() == null) {
      var c = d.conflict();
      md.append(m("adr.outcome.conflict", c == null ? "" : String.join(", ", c.values().entrySet().stream()
          .map(e -> "`" + e.getKey() + " = " + e.getValue() + "`").toList()))).append("\n\n");
      if (c != null && !c.hints().isEmpty()) {
        c.hints().forEach(h -> md.append("- ").append(t(h)).append('\n'));
        md.append('\n');
      }
    } else {
      var chosen = d.chosen();
      String because = chosen == null || chosen.support().isEmpty()
          ? m("adr.outcome.default")
          : String.join(lang == Lang.ZH ? "；" : "; ", chosen.support().stream().map(r -> t(r.text())).toList());
      md.append(m("adr.outcome.chosen", name(d.primary()), because)).append("\n\n");
      if (!d.changedBy().isEmpty()) {
        String seed = d.seedPrimary() == null ? m("text.conflictWord") : name(d.seedPrimary());
        md.append(m("adr.outcome.changed", seed, name(d.primary()))).append("\n\n");
        for (CorrectionEffect c : d.changedBy()) {
          md.append("* ").append(t(c.text())).append(" (`").append(c.correction()).append("`, ").append(c.source())
              .append(", ").append(c.asOf()).append(")\n");
        }
        md.append('\n');
      }
      md.append("### ").append(m("adr.consequences")).append("\n\n");
      Assessment mine = assessment(d, d.primary());
      if (mine != null) {
        mine.good().forEach(r -> md.append("* ").append(m("adr.good", t(r.text()))).append('\n'));
        mine.neutral().forEach(r -> md.append("* ").append(m("adr.neutral", t(r.text()))).append('\n'));
      }
      for (Notice n : d.warnings()) {
        md.append("* ").append(m("adr.bad", t(n.message()))).append('\n');
      }
      md.append('\n');
      md.append("### ").append(m("adr.confirmation")).append("\n\n");
      md.append(m("adr.confirmation.text", name(d.primary()))).append("\n\n");
    }

    md.append("## ").append(m("adr.proscons")).append("\n\n");
    for (Assessment a : d.assessments()) {
      md.append("### ").append(name(a.runtime())).append("\n\n");
      var profile = pack.runtime(a.runtime());
      if (profile != null) {
        String maintenance = a.status() != null ? t(a.status())
            : "⭐".repeat(profile.overview().maintenance().stars()) + " " + t(profile.overview().maintenance().text());
        md.append(m("adr.option.summary", t(profile.overview().positioning()), maintenance,
            t(profile.overview().learningCurve()))).append("\n\n");
      }
      boolean any = false;
      for (Reason r : a.good()) {
        md.append("* ").append(m("adr.good", t(r.text()))).append('\n');
        any = true;
      }
      for (Reason r : a.neutral()) {
        md.append("* ").append(m("adr.neutral", t(r.text()))).append('\n');
        any = true;
      }
      for (Reason r : a.bad()) {
        md.append("* ").append(m("adr.bad", t(r.text()))).append('\n');
        any = true;
      }
      if (!any) {
        md.append("* ").append(m("adr.neutral", m("adr.nothing"))).append('\n');
      }
      md.append('\n');
    }

    md.append("## ").append(m("adr.more")).append("\n\n");
    if (!d.advisories().isEmpty()) {
      for (AdvisoryNotice a : d.advisories()) {
        md.append("* ").append(m("adr.advisory", a.id(), name(a.runtime()), t(a.title()), a.url())).append('\n');
      }
      md.append('\n');
    }
    md.append(m("adr.trace")).append("\n\n");
    md.append("| ").append(m("adr.trace.rule")).append(" | ").append(m("adr.trace.source")).append(" | ")
        .append(m("adr.trace.inputs")).append(" | ").append(m("adr.trace.effect")).append(" | ")
        .append(m("adr.trace.outcome")).append(" |\n");
    md.append("|---|---|---|---|---|\n");
    for (TraceEntry e : d.trace()) {
      StringBuilder inputs = new StringBuilder();
      e.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(i -> inputs.append(inputs.length() == 0 ? "" : ", ").append(i.getKey()).append('=').append(i.getValue()));
      md.append("| `").append(e.rule()).append("` | ").append(cell(t(e.sourceTitle()))).append(" | ")
          .append(cell(inputs.toString())).append(" | ").append(cell(t(e.effectText()))).append(" | ")
          .append(m("outcome." + e.outcome().id())).append(" |\n");
    }
    md.append('\n');
    md.append(m("adr.generated", tool.version(), tool.packVersion(), d.baseline())).append('\n');
    return md.toString();
  }

  private static Assessment assessment(Decision d, String runtime) {
    return d.assessments().stream().filter(a -> a.runtime().equals(runtime)).findFirst().orElse(null);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
