package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.pack.ApiMapping;
import dev.rta.domain.pack.CodeBlock;
import dev.rta.domain.pack.CodeChange;
import dev.rta.domain.pack.CodeExample;
import dev.rta.domain.pack.CodeKnowledge;
import dev.rta.domain.pack.Dependency;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.ExampleLayer;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.domain.pack.MigrationLayer;
import dev.rta.domain.pack.MigrationStep;
import dev.rta.domain.pack.Section;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The document's code in words: {@code rta explain example [ID]} and {@code rta explain migration [FROM-TO]},
 * as the document has it (seed baseline) or corrected, with what changed and why (current baseline).
 */
public final class ExampleRenderer extends LocalizedRenderer {
  private static final String HEADING_SEPARATOR = " › ";

  private final CodeKnowledge code;
  private final Style style;
  private final boolean seed;

  /**
   * @param seed true for the seed baseline: the document's code only, without corrections
   */
  public ExampleRenderer(KnowledgePack pack, Lang lang, Style style, boolean seed) {
    super(pack, lang);
    this.code = pack.code();
    this.style = style;
    this.seed = seed;
  }

  // ---- lists -----------------------------------------------------------------------------------

  /** Every example: id, runtimes and title. */
  public String examples() {
    StringBuilder out = new StringBuilder(style.bold(m("code.list.examples"))).append('\n');
    String group = null;
    for (CodeExample e : code.examples()) {
      if (group != null && !group.equals(e.group())) {
        out.append('\n');
      }
      group = e.group();
      out.append("  ").append(TextRenderer.pad(e.id(), 20)).append(TextRenderer.pad(String.join(", ", e.runtimes()), 14))
          .append(t(e.title())).append('\n');
    }
    return out.toString();
  }

  /** Every migration guide the baseline has: id and title; rta's own guides only under current. */
  public String migrations() {
    StringBuilder out = new StringBuilder(style.bold(m("code.list.migrations"))).append('\n');
    for (MigrationGuide g : code.migrations()) {
      if (g.layer(seed) == null) {
        continue;
      }
      out.append("  ").append(TextRenderer.pad(g.id(), 20)).append(t(g.title()));
      if (g.seed() == null) {
        out.append("  ").append(style.dim(m("code.notInDocument.tag", g.facts())));
      }
      out.append('\n');
    }
    return out.toString();
  }

  // ---- one example -----------------------------------------------------------------------------

  public String example(CodeExample e) {
    StringBuilder out = new StringBuilder();
    title(out, t(e.title()), e.id());
    out.append(m("code.runtimes", String.join(", ", e.runtimes()))).append('\n');
    out.append(document(e.source(), e.heading())).append('\n');
    out.append(t(e.prose())).append('\n');
    ExampleLayer layer = e.layer(seed);
    baselineLine(out);
    note(out, layer.note());
    layer.blocks().forEach(b -> block(out, b, "\n"));
    changes(out, layer.changes());
    return out.toString();
  }

  // ---- one migration guide ---------------------------------------------------------------------

  public String migration(MigrationGuide g) {
    StringBuilder out = new StringBuilder();
    title(out, t(g.title()), g.id());
    out.append(g.from()).append(" → ").append(g.to()).append('\n');
    out.append(g.seed() == null ? m("code.notInDocument", g.facts())
        : document(g.source(), g.heading())).append('\n');
    out.append(t(g.prose())).append('\n');
    MigrationLayer layer = g.layer(seed);
    if (layer == null) {
      out.append('\n').append(m("code.noSeedGuide")).append('\n');
      return out.toString();
    }
    baselineLine(out);
    note(out, layer.note());
    out.append('\n').append(heading(m("code.steps")));
    int n = 0;
    for (MigrationStep s : layer.steps()) {
      out.append('\n').append(style.bold(++n + ". " + t(s.title())));
      if (!seed && s.heading().isEmpty()) {
        out.append("  ").append(style.dim(m("code.rtaStep")));
      }
      out.append('\n');
      if (s.prose() != null) {
        out.append(t(s.prose())).append('\n');
      }
      s.blocks().forEach(b -> block(out, b, ""));
    }
    mappings(out, layer.mappings());
    changes(out, layer.changes());
    return out.toString();
  }

  private void mappings(StringBuilder out, List<ApiMapping> mappings) {
    if (mappings.isEmpty()) {
      return;
    }
    out.append('\n').append(heading(seed ? m("code.mappings.seed") : m("code.mappings")));
    for (ApiMapping row : mappings) {
      List<String> tags = new ArrayList<>();
      tags.add(row.kind().id());
      tags.addAll(row.needs());
      out.append("  ").append(row.from()).append(" → ").append(row.to() == null ? "—" : row.to())
          .append(style.dim("  [" + String.join("; ", tags) + "]")).append('\n');
      if (row.note() != null) {
        out.append("      ").append(t(row.note())).append('\n');
      }
    }
  }

  // ---- parts -----------------------------------------------------------------------------------

  private void title(StringBuilder out, String title, String id) {
    out.append(style.bold(title)).append(style.dim("  [" + id + "]")).append('\n');
  }

  /** Where in the document: the section's title in the user's language, then the document's own headings. */
  private String document(@Nullable String source, List<String> headings) {
    Section section = source == null ? null : pack.section(source);
    return m("code.document", section == null ? "" : t(section.title()), String.join(HEADING_SEPARATOR, headings));
  }

  private String heading(String s) {
    return style.bold(s) + "\n";
  }

  private void baselineLine(StringBuilder out) {
    out.append('\n').append(style.dim(m(seed ? "code.baseline.seed" : "code.baseline.current"))).append('\n');
  }

  private void note(StringBuilder out, @Nullable LocalizedText note) {
    if (note != null && !seed) {
      out.append(style.warn("⚠ " + t(note))).append('\n');
    }
  }

  /** A block: its caption or role, the Cargo.toml lines it needs, its target, and the code fenced. */
  private void block(StringBuilder out, CodeBlock b, String before) {
    out.append(before);
    if (b.caption() != null) {
      out.append(style.bold(t(b.caption()))).append('\n');
    }
    if (b.role() != null) {
      out.append(style.bold(m("code.role." + b.role().name().toLowerCase(java.util.Locale.ROOT)))).append('\n');
    }
    if (!b.dependencies().isEmpty()) {
      out.append(m("code.cargo")).append('\n').append("  [dependencies]\n");
      b.dependencies().forEach(d -> out.append("  ").append(dependency(d)).append('\n'));
    }
    if (b.target() != null) {
      out.append(m("code.target", b.target())).append('\n');
    }
    out.append("```").append(b.lang()).append('\n').append(b.code());
    if (!b.code().endsWith("\n")) {
      out.append('\n');
    }
    out.append("```\n");
  }

  /** A Cargo.toml line: {@code tokio = { version = "1", features = ["net"] }}, with the newest release known. */
  private String dependency(Dependency d) {
    String version = d.version() == null ? "*" : d.version();
    String line = d.crate() + " = " + (d.features().isEmpty() ? "\"" + version + "\""
        : "{ version = \"" + version + "\", features = [" + String.join(", ", d.features().stream()
            .map(f -> "\"" + f + "\"").toList()) + "] }");
    if (d.version() == null) {
      return line + "  # " + m("code.noVersion");
    }
    return d.latest() == null ? line : line + "  # " + m("code.latest", d.latest());
  }

  private void changes(StringBuilder out, List<CodeChange> changes) {
    if (seed || changes.isEmpty()) {
      return;
    }
    out.append('\n').append(heading(m("code.changes")));
    int n = 0;
    for (CodeChange c : changes) {
      out.append("  ").append(++n).append(". ").append(t(c.what())).append('\n');
      out.append("     ").append(t(c.why())).append('\n');
      List<String> cites = new ArrayList<>();
      if (c.correction() != null) {
        cites.add(m("code.cite.correction", c.correction()));
      }
      if (c.facts() != null) {
        cites.add(m("code.cite.facts", c.facts()));
      }
      if (c.source() != null) {
        cites.add(m("code.cite.source", c.source()));
      }
      out.append("     ").append(style.dim(String.join(" · ", cites))).append('\n');
    }
  }
}
