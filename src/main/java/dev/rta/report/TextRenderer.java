package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.AdvisoryNotice;
import dev.rta.domain.decision.CorrectionEffect;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.decision.Notice;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.decision.TraceEntry;
import dev.rta.domain.decision.UnknownAnswer;
import dev.rta.domain.pack.KnowledgePack;
import java.util.List;
import java.util.Map;

/** The recommendation for a person at a terminal. */
public final class TextRenderer extends LocalizedRenderer {
  private final Style style;

  public TextRenderer(KnowledgePack pack, Lang lang, Style style) {
    super(pack, lang);
    this.style = style;
  }

  /** Only the primary runtime id, or {@code conflict} (for {@code -q}). */
  public static String bare(Decision d) {
    return d.primary() == null ? "conflict" : d.primary();
  }

  public String render(Decision d) {
    StringBuilder out = new StringBuilder();
    String meta = m("text.meta", d.baseline(), d.packVersion());
    if (d.primary() == null) {
      out.append(style.bad(style.bold(m("text.conflict.title")))).append("  ").append(style.dim(meta)).append('\n');
      var c = d.conflict();
      if (c != null) {
        StringBuilder answers = new StringBuilder();
        c.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> answers.append(answers.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue()));
        out.append(m("text.conflict.answers", answers)).append('\n');
        for (Rejection r : c.reasons()) {
          for (Reason reason : r.reasons()) {
            out.append("  ").append(style.bad("✗ ")).append(name(r.runtime())).append(" — ").append(t(reason.text()))
                .append(style.dim("  [" + reason.rule() + "]")).append('\n');
          }
        }
        out.append(m("text.conflict.hint")).append('\n');
        c.hints().forEach(h -> out.append("  ").append(style.dim("→ ")).append(t(h)).append('\n'));
      }
    } else {
      out.append(style.bold(m("text.recommendation", style.good(name(d.primary()))))).append("  ")
          .append(style.dim(meta)).append('\n');
      var chosen = d.chosen();
      if (chosen != null && !chosen.support().isEmpty()) {
        out.append('\n').append(style.bold(m("text.why"))).append('\n');
        for (Reason r : chosen.support()) {
          out.append("  ").append(style.good("✔ ")).append(t(r.text())).append(style.dim("  [" + r.rule() + "]")).append('\n');
        }
      }
    }
    changed(d, out);
    flow(d.flowchart(), out);
    if (!d.alternatives().isEmpty()) {
      out.append('\n').append(style.bold(m("text.alternatives"))).append('\n');
      int i = 2;
      for (RankedRuntime a : d.alternatives()) {
        out.append("  ").append(i++).append(". ").append(pad(name(a.runtime()), 10))
            .append(m("text.score", String.format(java.util.Locale.ROOT, "%.2f", a.score())));
        if (a.notChosen() != null) {
          out.append(" — ").append(t(a.notChosen().text()));
        }
        out.append('\n');
      }
    }
    if (!d.rejected().isEmpty() && d.primary() != null) {
      out.append('\n').append(style.bold(m("text.rejected"))).append('\n');
      for (Rejection r : d.rejected()) {
        for (Reason reason : r.reasons()) {
          out.append("  ").append(style.bad("✗ ")).append(pad(name(r.runtime()), 10)).append("— ").append(t(reason.text()))
              .append(style.dim("  [" + reason.rule() + "]")).append('\n');
        }
      }
    }
    if (!d.warnings().isEmpty()) {
      out.append('\n').append(style.bold(m("text.warnings"))).append('\n');
      for (Notice n : d.warnings()) {
        out.append("  ").append(style.warn("! ")).append(t(n.message())).append(style.dim("  [" + n.rule() + "]")).append('\n');
      }
    }
    if (!d.advisories().isEmpty()) {
      out.append('\n').append(style.bold(m("text.advisories"))).append('\n');
      for (AdvisoryNotice a : d.advisories()) {
        String kind = Messages.has("advisory.kind." + a.kind()) ? m("advisory.kind." + a.kind()) : a.kind();
        out.append("  ").append(style.warn(a.id())).append(" (").append(name(a.runtime())).append(", ").append(kind)
            .append(", ").append(a.date()).append("): ").append(t(a.title())).append('\n')
            .append("    ").append(t(a.text())).append('\n')
            .append("    ").append(style.dim(a.url())).append('\n');
      }
    }
    if (!d.unknown().isEmpty()) {
      out.append('\n').append(style.bold(m("text.unknown"))).append('\n');
      for (UnknownAnswer u : d.unknown()) {
        StringBuilder changes = new StringBuilder();
        for (UnknownAnswer.Change c : u.changes()) {
          changes.append(changes.length() == 0 ? "" : ", ").append(c.value()).append(" → ")
              .append(c.primary() == null ? m("text.conflictWord") : name(c.primary()));
        }
        out.append("  ").append(pad(u.key(), 22)).append(changes).append('\n');
      }
      out.append(style.dim("  " + m("text.unknown.hint"))).append('\n');
    }
    trace(d.trace(), out);
    return out.toString();
  }

  /** "The document recommends X here; rta recommends Y because:" (or: the document ends in a conflict). */
  static String changedSummary(Lang lang, Decision d, java.util.function.Function<String, String> name) {
    String now = d.primary() == null ? Messages.get(lang, "text.conflictWord") : name.apply(d.primary());
    return d.seedPrimary() == null ? Messages.get(lang, "text.changed.fromConflict", now)
        : Messages.get(lang, "text.changed.summary", name.apply(d.seedPrimary()), now);
  }

  private void changed(Decision d, StringBuilder out) {
    if (d.changedBy().isEmpty()) {
      return;
    }
    out.append('\n').append(style.bold(m("text.changed"))).append('\n');
    out.append("  ").append(changedSummary(lang, d, this::name)).append('\n');
    for (CorrectionEffect c : d.changedBy()) {
      out.append("  • ").append(t(c.text())).append('\n')
          .append("    ").append(style.dim(m("text.changed.source", c.correction(), c.source(), c.asOf()))).append('\n');
    }
  }

  private void flow(FlowPath path, StringBuilder out) {
    out.append('\n').append(style.bold(m("text.flowchart"))).append('\n');
    String indent = "  ";
    boolean first = true;
    for (FlowStep s : path.steps()) {
      String prefix = first ? "" : "└─ ";
      String answer = s.value() == null
          ? style.dim(m("text.flow.unknown", s.key()))
          : (s.label() == null ? s.value() : t(s.label())) + style.dim(" (" + s.key() + "=" + s.value() + ")");
      out.append(indent).append(prefix).append(t(s.question())).append(" ─ ").append(answer);
      if (s.decision() != null) {
        out.append(style.dim("  [" + m("text.flow.decision", s.decision()) + "]"));
      }
      out.append('\n');
      if (!first) {
        indent += "   ";
      }
      first = false;
    }
    if (path.leaf() != null && path.leafLabel() != null) {
      out.append(indent).append("└─ ").append(style.good(t(path.leafLabel()))).append(style.dim("  [" + path.leaf() + "]"))
          .append('\n');
    } else if (path.leaf() == null && path.stoppedAt() == null) {
      out.append(indent).append("└─ ").append(style.bad(m("text.flow.gap"))).append('\n');
    }
  }

  private void trace(List<TraceEntry> trace, StringBuilder out) {
    out.append('\n').append(style.bold(m("text.trace"))).append('\n');
    for (TraceEntry e : trace) {
      StringBuilder inputs = new StringBuilder();
      e.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(i -> inputs.append(inputs.length() == 0 ? "" : " ").append(i.getKey()).append('=').append(i.getValue()));
      out.append("  ").append(pad(m("outcome." + e.outcome().id()), 10)).append(' ').append(e.rule());
      out.append(style.dim(" — " + t(e.effectText())));
      if (inputs.length() > 0) {
        out.append(style.dim(" ← " + inputs));
      }
      out.append('\n');
      out.append("  ").append(pad("", 10)).append(' ').append(style.dim("§ " + t(e.sourceTitle())
          + (e.decision() == null ? "" : m("text.sep") + m("text.flow.decision", e.decision()))
          + (e.corrections().isEmpty() ? "" : m("text.sep") + m("text.trace.corrected", String.join(", ", e.corrections())))))
          .append('\n');
    }
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String s, int width) {
    int w = Style.width(s);
    return w >= width ? s + " " : s + " ".repeat(width - w);
  }
}
