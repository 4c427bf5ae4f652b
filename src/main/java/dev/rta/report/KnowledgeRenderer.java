package dev.rta.report;

import dev.rta.domain.Choice;
import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Question;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.Cell;
import dev.rta.domain.pack.Change;
import dev.rta.domain.pack.CorrectedProfile;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.DecisionNote;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.Layer;
import dev.rta.domain.pack.Matrix;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.PerfMetric;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.RuntimeProfile;
import dev.rta.domain.pack.RuntimeStatus;
import dev.rta.domain.pack.ScenarioNote;
import dev.rta.domain.pack.Stage;
import dev.rta.domain.pack.StageId;
import dev.rta.domain.pack.Suitability;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The knowledge in words: {@code rta explain} topics and {@code rta compare} tables. */
public final class KnowledgeRenderer extends LocalizedRenderer {
  private final Style style;
  private final List<MatrixRow> features;
  private final List<MatrixRow> ecosystem;
  private final Map<String, LocalizedText> statuses;
  private final boolean corrected;

  /**
   * @param features the feature matrix as the chosen baseline has it
   * @param ecosystem the ecosystem matrix as the chosen baseline has it
   * @param statuses runtime statuses the baseline changed
   * @param corrected whether the baseline applies the corrections (current) or shows the document only (seed)
   */
  public KnowledgeRenderer(KnowledgePack pack, Lang lang, Style style, List<MatrixRow> features,
      List<MatrixRow> ecosystem, Map<String, LocalizedText> statuses, boolean corrected) {
    super(pack, lang);
    this.style = style;
    this.features = features;
    this.ecosystem = ecosystem;
    this.statuses = statuses;
    this.corrected = corrected;
  }

  private String stars(int n) {
    return "⭐".repeat(n);
  }

  private String heading(String s) {
    return style.bold(s) + "\n";
  }

  // ---- runtime profile -------------------------------------------------------------------------

  /**
   * A runtime's profile: under the current baseline with the corrections in place (each changed item marked
   * with the correction that changed it) and listed at the end; under the seed baseline, the document only.
   */
  public String runtime(CorrectedProfile cp, List<Advisory> advisories) {
    RuntimeProfile r = cp.profile();
    StringBuilder out = new StringBuilder();
    out.append(style.bold(r.name())).append(style.dim("  [" + r.id() + "]")).append(" — ")
        .append(t(r.overview().positioning())).append('\n');
    if (!r.candidate() && corrected) {
      out.append(m("explain.baseLayer")).append('\n');
    }
    out.append(m("explain.maintenance")).append(": ").append(stars(r.overview().maintenance().stars())).append(' ')
        .append(t(r.overview().maintenance().text()));
    if (statuses.containsKey(r.id())) {
      out.append(" → ").append(style.bad(t(statuses.get(r.id()))));
    }
    out.append('\n');
    out.append(m("explain.maturity")).append(": ").append(stars(r.overview().maturity().stars())).append(' ')
        .append(t(r.overview().maturity().text())).append('\n');
    out.append(m("explain.learningCurve")).append(": ").append(t(r.overview().learningCurve())).append('\n');
    if (r.architecture() != null) {
      out.append('\n').append(heading(t(r.architecture().title())));
      for (Layer l : r.architecture().layers()) {
        out.append("  ").append(t(l.name()));
        if (!l.components().isEmpty()) {
          out.append(": ").append(String.join(", ", l.components().stream().map(this::t).toList()));
        }
        if (l.note() != null) {
          out.append(style.dim("  (" + t(l.note()) + ")"));
        }
        out.append(marks(cp, l.components())).append('\n');
      }
    }
    if (!r.performance().isEmpty()) {
      out.append('\n').append(heading(m("explain.performance")));
      for (PerfMetric p : r.performance()) {
        out.append("  ").append(TextRenderer.pad(m("metric." + p.metric()), 14)).append(TextRenderer.pad(stars(p.stars()), 12))
            .append(t(p.note())).append(marks(cp, List.of(p.note()))).append('\n');
      }
    }
    if (!r.ecosystem().isEmpty()) {
      out.append('\n').append(heading(m("explain.ecosystem")));
      r.ecosystem().forEach(e -> out.append("  • ").append(t(e)).append(marks(cp, List.of(e))).append('\n'));
    }
    if (r.scenarios() != null) {
      out.append('\n').append(heading(m("explain.scenarios")));
      for (Suitability list : Suitability.values()) {
        for (ScenarioNote n : list.of(r.scenarios())) {
          out.append("  ").append(list.symbol()).append(' ').append(t(n.text()))
              .append(n.rule() == null ? "" : style.dim("  [" + n.rule() + "]")).append(marks(cp, List.of(n.text())))
              .append('\n');
        }
      }
    }
    if (r.candidate()) {
      out.append('\n').append(heading(m("explain.cells")));
      Map<String, String> cells = cellCorrections(cp);
      for (MatrixRow row : features) {
        cellLine(out, row, r.id(), cells.get(Matrix.FEATURES.id() + "/" + row.id()));
      }
      for (MatrixRow row : ecosystem) {
        cellLine(out, row, r.id(), cells.get(Matrix.ECOSYSTEM.id() + "/" + row.id()));
      }
    }
    if (!cp.corrections().isEmpty()) {
      out.append('\n').append(heading(m("explain.corrections")));
      for (Correction c : cp.corrections()) {
        out.append("  • ").append(t(c.current())).append(style.dim("  [" + c.id() + ", " + c.asOf() + "]")).append('\n');
      }
    }
    for (Advisory a : advisories) {
      out.append('\n').append(style.warn(a.id())).append(": ").append(t(a.title())).append(" — ").append(a.url()).append('\n');
    }
    if (!r.links().isEmpty()) {
      out.append('\n');
      r.links().forEach(l -> out.append("  ").append(l.title()).append(": ").append(l.url())
          .append(corrected && l.correction() != null ? mark(l.correction()) : "").append('\n'));
    }
    return out.toString();
  }

  /** The correction that set a cell of this runtime (or added its row), by {@code matrix/row}. */
  private static Map<String, String> cellCorrections(CorrectedProfile cp) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Correction c : cp.corrections()) {
      for (Change ch : c.changes()) {
        if (ch instanceof Change.SetCell cell && cell.runtime().equals(cp.profile().id())) {
          out.put(cell.matrix().id() + "/" + cell.row(), c.id());
        } else if (ch instanceof Change.AddRow add) {
          out.put(add.matrix().id() + "/" + add.row().id(), c.id());
        }
      }
    }
    return out;
  }

  /** "[corrected: id]" after items that corrections wrote, or nothing. */
  private String marks(CorrectedProfile cp, List<LocalizedText> items) {
    Set<String> ids = new LinkedHashSet<>();
    for (LocalizedText i : items) {
      String id = cp.correction(i);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids.isEmpty() ? "" : mark(String.join(", ", ids));
  }

  private String mark(String corrections) {
    return style.dim("  [" + m("explain.corrected", corrections) + "]");
  }

  private void cellLine(StringBuilder out, MatrixRow row, String runtime, @Nullable String correction) {
    Cell c = row.cells().get(runtime);
    if (c == null) {
      return;
    }
    out.append("  ").append(TextRenderer.pad(t(row.label()), 28)).append(c.level().symbol())
        .append(c.note() == null ? "" : " " + t(c.note()))
        .append(correction == null || !corrected ? "" : mark(correction)).append('\n');
  }

  // ---- compare ---------------------------------------------------------------------------------

  /** Runtimes side by side; under the current baseline, "*" marks what a correction changed in place. */
  public String compare(List<CorrectedProfile> profiles, int width) {
    List<RuntimeProfile> runtimes = profiles.stream().map(CorrectedProfile::profile).toList();
    Map<String, CorrectedProfile> byId = new java.util.HashMap<>();
    profiles.forEach(p -> byId.put(p.profile().id(), p));
    boolean[] marked = {false};
    java.util.function.BiFunction<String, LocalizedText, String> text = (runtime, item) -> {
      boolean changed = byId.get(runtime).correction(item) != null;
      marked[0] |= changed;
      return t(item) + (changed ? "*" : "");
    };
    List<String> header = new ArrayList<>();
    header.add("");
    runtimes.forEach(r -> header.add(r.name()));
    Table table = new Table(header);
    table.section(m("compare.overview"));
    table.row(row(m("compare.positioning"), runtimes, r -> t(r.overview().positioning())));
    table.row(row(m("explain.maintenance"), runtimes, r -> statuses.containsKey(r.id())
        ? t(statuses.get(r.id())) : stars(r.overview().maintenance().stars()) + " " + t(r.overview().maintenance().text())));
    table.row(row(m("explain.maturity"), runtimes, r -> stars(r.overview().maturity().stars()) + " "
        + t(r.overview().maturity().text())));
    table.row(row(m("explain.learningCurve"), runtimes, r -> t(r.overview().learningCurve())));
    table.row(row(m("compare.ecosystemMaturity"), runtimes, r -> {
      LocalizedText x = pack.ecosystemMaturity().get(r.id());
      return x == null ? "—" : t(x);
    }));
    table.section(m("explain.performance"));
    Set<String> metrics = new LinkedHashSet<>();
    runtimes.forEach(r -> r.performance().forEach(p -> metrics.add(p.metric())));
    for (String metric : metrics) {
      table.row(row(m("metric." + metric), runtimes, r -> r.performance().stream()
          .filter(p -> p.metric().equals(metric)).findFirst()
          .map(p -> stars(p.stars()) + " " + text.apply(r.id(), p.note())).orElse("—")));
    }
    table.section(m("matrix.features"));
    for (MatrixRow row : features) {
      table.row(row(t(row.label()), runtimes, r -> cell(row, r.id())));
    }
    table.section(m("matrix.ecosystem"));
    for (MatrixRow row : ecosystem) {
      table.row(row(t(row.label()), runtimes, r -> cell(row, r.id())));
    }
    table.section(m("explain.scenarios"));
    for (Suitability list : Suitability.values()) {
      table.row(row(list.symbol(), runtimes, r -> r.scenarios() == null || list.of(r.scenarios()).isEmpty() ? "—"
          : String.join(lang == Lang.ZH ? "；" : "; ",
              list.of(r.scenarios()).stream().map(n -> text.apply(r.id(), n.text())).toList())));
    }
    StringBuilder out = new StringBuilder(table.render(width, style));
    if (marked[0]) {
      Table.wrap(m("compare.corrected"), width).forEach(l -> out.append(style.dim(l)).append('\n'));
    }
    return out.toString();
  }

  private String cell(MatrixRow row, String runtime) {
    Cell c = row.cells().get(runtime);
    if (c == null) {
      return "—";
    }
    return c.level().symbol() + (c.note() == null ? "" : " " + t(c.note()));
  }

  private static List<String> row(String label, List<RuntimeProfile> runtimes,
      java.util.function.Function<RuntimeProfile, String> value) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    runtimes.forEach(r -> cells.add(value.apply(r)));
    return cells;
  }

  // ---- rules, keys, corrections, decisions, advisories ---------------------------------------------

  public String rule(List<RuleInfo> infos) {
    StringBuilder out = new StringBuilder();
    RuleInfo first = infos.get(0);
    out.append(style.bold(first.id())).append(" — ").append(m("kind." + first.kind()))
        .append(first.stage() == null ? "" : " (" + m("explain.stage", stageTitle(first.stage())) + ")").append('\n');
    out.append(m("explain.source")).append(": ").append(t(first.sourceTitle())).append(style.dim("  [" + first.source() + "]"))
        .append('\n');
    String condition = first.stage() == StageId.FLOWCHART ? m("explain.flowchartCondition") : formula(first.condition());
    out.append(m("explain.when")).append(": ").append(condition).append('\n');
    for (RuleInfo i : infos) {
      out.append(m("explain.effect")).append(": ").append(effect(i.effect()));
      if (i.seedEffect() != null) {
        out.append(style.dim("  (" + m("explain.seedEffect", effect(i.seedEffect())) + ")"));
      }
      out.append('\n');
      if (!i.label().equals(LocalizedText.same(i.id()))) {
        out.append(m("explain.what")).append(": ").append(t(i.label())).append('\n');
      }
      out.append(m("explain.words")).append(": ").append(t(i.text())).append('\n');
    }
    if (!first.corrections().isEmpty()) {
      out.append(m("explain.correctedBy")).append(": ").append(String.join(", ", first.corrections())).append('\n');
    }
    if (first.decision() != null) {
      DecisionNote d = pack.decision(first.decision());
      if (d != null) {
        out.append('\n').append(decisionNote(d));
      }
    }
    return out.toString();
  }

  private String stageTitle(StageId stage) {
    Stage s = pack.stage(stage);
    return s == null ? stage.id() : t(s.title());
  }

  /**
   * A rule's effect in words. The engine states it as a formula whose first word is the verb
   * ({@code recommend tokio → smol}, {@code exclude async-std, embassy}, {@code warn when recommending smol},
   * {@code score tokio +1}, {@code continue}); the runtimes stay ids.
   */
  private String effect(String formula) {
    String warnWhen = "warn when recommending ";
    if (formula.startsWith("recommend ")) {
      return m("effect.recommend", formula.substring("recommend ".length()));
    }
    if (formula.startsWith("exclude ")) {
      return m("effect.exclude", formula.substring("exclude ".length()));
    }
    if (formula.startsWith(warnWhen)) {
      return m("effect.warnWhen", formula.substring(warnWhen.length()));
    }
    if (formula.startsWith("score ")) {
      return m("effect.score", formula.substring("score ".length()));
    }
    return switch (formula) {
      case "warn" -> m("effect.warn");
      case "continue" -> m("effect.continue");
      default -> formula;
    };
  }

  /** A condition formula ({@code features ∋ any of {tls, signals}}) with its few words in the output language. */
  private String formula(String formula) {
    return formula.equals("always") ? m("formula.always")
        : formula.replace("∋ any of {", "∋ " + m("formula.anyOf") + " {").replace("∋ all of {", "∋ " + m("formula.allOf") + " {")
            .replace("unless (", m("formula.unless") + " (");
  }

  public String key(Question q, List<RuleInfo> readers) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold(q.key())).append(style.dim("  " + q.type().id())).append(" — ").append(t(q.text())).append('\n');
    out.append(t(q.help())).append('\n');
    out.append(m("explain.source")).append(": ").append(pack.section(q.source()) == null ? q.source()
        : t(pack.section(q.source()).title())).append('\n');
    out.append(m("explain.allowed")).append(": ").append(t(q.allowed())).append('\n');
    for (Choice c : q.values()) {
      out.append("  ").append(TextRenderer.pad(c.id(), 18)).append(t(c.label())).append('\n');
    }
    if (q.askIf() != null) {
      out.append(m("explain.askIf")).append(": ").append(formula(q.askIf().describe())).append('\n');
    }
    if (!readers.isEmpty()) {
      out.append('\n').append(heading(m("explain.readBy")));
      for (RuleInfo r : readers) {
        out.append("  ").append(TextRenderer.pad(r.id(), 40)).append(style.dim(effect(r.effect()))).append('\n');
      }
    }
    return out.toString();
  }

  public String correction(Correction c) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold(c.id())).append(" — ").append(m("explain.correction")).append('\n');
    out.append(m("explain.document")).append(": ").append(t(c.seed())).append('\n');
    out.append(m("explain.now")).append(": ").append(t(c.current())).append('\n');
    out.append(m("explain.sourceOf")).append(": ").append(c.source()).append('\n');
    out.append("  ").append(c.url()).append('\n');
    out.append(m("explain.asOf")).append(": ").append(c.asOf()).append(style.dim("  (" + m("explain.facts", c.facts()) + ")"))
        .append('\n');
    List<Change> decision = c.changes().stream().filter(ch -> !(ch instanceof Change.Profile)).toList();
    if (decision.isEmpty()) {
      out.append(m("explain.textOnly")).append('\n');
    } else {
      out.append('\n').append(heading(m("explain.changes")));
      for (Change ch : decision) {
        out.append("  • ").append(describe(ch)).append('\n');
      }
    }
    List<Change.Profile> profile = c.changes().stream().filter(ch -> ch instanceof Change.Profile)
        .map(ch -> (Change.Profile) ch).toList();
    if (!profile.isEmpty()) {
      out.append('\n').append(heading(m("explain.profileChanges")));
      for (Change.Profile edit : profile) {
        out.append("  • ").append(describe(edit)).append('\n');
      }
    }
    if (!c.affects().isEmpty()) {
      out.append(m("explain.affects")).append(": ").append(String.join(", ", c.affects())).append('\n');
    }
    return out.toString();
  }

  private String describe(Change ch) {
    if (ch instanceof Change.Status s) {
      String status = s.status() == RuntimeStatus.DISCONTINUED
          ? m("status.discontinued", s.since(), s.replacement() == null ? "-" : pack.runtimeName(s.replacement()))
          : m("status.active");
      return s.advisory() == null ? m("change.status", s.runtime(), status)
          : m("change.statusAdvisory", s.runtime(), status, s.advisory());
    }
    if (ch instanceof Change.Substitute s) {
      return m("change.substitute", s.from(), s.to(), String.join(", ", s.rules()));
    }
    if (ch instanceof Change.Recommend r) {
      return m("change.recommend", r.rule(), r.recommend().describe());
    }
    if (ch instanceof Change.SetCell c) {
      return m("change.cell", m("matrix." + c.matrix().id()), c.row(), c.runtime(),
          c.level().symbol() + (c.note() == null ? "" : " " + t(c.note())));
    }
    if (ch instanceof Change.AddRow a) {
      return m("change.addRow", m("matrix." + a.matrix().id()), a.row().id());
    }
    if (ch instanceof Change.AddRule a) {
      return m("change.addRule", a.constraint() != null ? a.constraint().id() : a.warning().id());
    }
    Change.Note n = (Change.Note) ch;
    return m("change.note", n.rule(), t(n.text()));
  }

  /** "Tokio (I/O driver layer): io_uring → io_uring (unstable; tokio::fs only)", in the output language. */
  private String describe(Change.Profile edit) {
    RuntimeProfile r = pack.runtime(edit.runtime());
    String place = switch (edit.part()) {
      case LAYER -> r.architecture().layers().stream().filter(l -> l.name().zh().equals(edit.at()))
          .map(l -> t(l.name())).findFirst().orElse(String.valueOf(edit.at()));
      case ECOSYSTEM -> m("explain.ecosystem");
      case PERFORMANCE -> m("metric." + edit.at());
      case SCENARIO -> {
        Suitability from = Suitability.parse(edit.at());
        Suitability to = edit.to() != null ? edit.to() : from;
        yield from == null || from == to ? to.symbol() : from.symbol() + " → " + to.symbol();
      }
    };
    LocalizedText seed = edit.seedItem(r);
    if (seed == null) {
      return m("change.profile.add", r.name(), place, t(edit.text()));
    }
    if (edit.text() == null && edit.to() == null) {
      return m("change.profile.remove", r.name(), place, t(seed));
    }
    return m("change.profile.replace", r.name(), place, t(seed), t(edit.text() == null ? seed : edit.text()));
  }

  public String decision(DecisionNote d, List<String> rules) {
    StringBuilder out = new StringBuilder(decisionNote(d));
    if (!rules.isEmpty()) {
      out.append(m("explain.restsOn")).append(": ").append(String.join(", ", rules)).append('\n');
    }
    return out.toString();
  }

  private String decisionNote(DecisionNote d) {
    return style.bold(d.id() + " — " + t(d.title())) + style.dim("  (" + m("explain.rtaDecision") + ")") + "\n"
        + t(d.note()) + "\n";
  }

  /** A finding of {@code rta analyze}: its id, name, level, what it means and how to fix it. */
  public String finding(dev.rta.domain.pack.AnalysisRules.FindingDef f) {
    return style.bold(f.id()) + " — " + t(f.title()) + style.dim("  [" + f.name() + ", " + m("an.level." + f.level()) + "]")
        + "\n" + t(f.help()) + "\n";
  }

  public String advisory(Advisory a) {
    return style.bold(a.id()) + " — " + t(a.title()) + "\n"
        + m("explain.advisory", a.crate(), a.kind(), a.date(), a.alternative() == null ? "-" : a.alternative()) + "\n"
        + t(a.text()) + "\n" + a.url() + "\n" + style.dim(m("explain.sourceOf") + ": " + a.source()) + "\n";
  }
}
