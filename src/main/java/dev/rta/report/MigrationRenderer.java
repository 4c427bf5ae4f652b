package dev.rta.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.migration.Edit;
import dev.rta.domain.migration.FileChange;
import dev.rta.domain.migration.ManualItem;
import dev.rta.domain.migration.MigrationPlan;

/**
 * The outputs of {@code rta migrate} besides the diff: the summary and the numbered checklist (text, for stderr),
 * and the whole plan as JSON (schema: {@code schema/migrate.schema.json}).
 */
public final class MigrationRenderer {
  /** The version of the migrate JSON shape. */
  public static final String SCHEMA_VERSION = "1.0";

  private final Lang lang;

  public MigrationRenderer(Lang lang) {
    this.lang = lang;
  }

  /** The summary line, the checklist, and what to do next. */
  public String summary(MigrationPlan plan, boolean applied, String pathArg) {
    StringBuilder out = new StringBuilder();
    MigrationPlan.Summary s = plan.summary();
    if (s.uses() == 0 && plan.files().isEmpty()) {
      out.append(Messages.get(lang, "mig.summary.none", s.sources(), plan.from())).append('\n');
    } else {
      out.append(Messages.get(lang, "mig.summary", s.sources(), s.uses(), plan.from(), s.automatic(), s.manual(),
          plan.files().size(), s.edits())).append('\n');
    }
    if (!plan.manual().isEmpty()) {
      out.append('\n').append(Messages.get(lang, "mig.checklist", plan.manual().size())).append('\n');
      for (ManualItem m : plan.manual()) {
        out.append(String.format("%3d. %s:%d:%d  %s%n", m.number(), m.file(), m.line(), m.column(), m.code()));
        out.append("     ").append(m.reason().in(lang)).append("  [").append(m.rule()).append("]\n");
      }
    }
    if (!plan.files().isEmpty()) {
      out.append('\n');
      out.append(applied ? Messages.get(lang, "mig.applied", plan.files().size())
          : Messages.get(lang, "mig.dryRun", pathArg, plan.to())).append('\n');
      out.append(Messages.get(lang, "mig.cargo")).append('\n');
    }
    return out.toString();
  }

  /** The plan as JSON: every edit with its rule, file, range, before and after; every manual item. */
  public String json(MigrationPlan plan, boolean applied, ToolInfo tool) {
    ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("tool", JsonRenderer.tool(tool));
    root.put("lang", lang.code());
    root.put("migration", plan.migration());
    root.put("from", plan.from());
    root.put("to", plan.to());
    root.put("applied", applied);
    ObjectNode s = root.putObject("summary");
    s.put("sources", plan.summary().sources());
    s.put("files", plan.files().size());
    s.put("edits", plan.summary().edits());
    s.put("uses", plan.summary().uses());
    s.put("automatic", plan.summary().automatic());
    s.put("manual", plan.summary().manual());
    s.put("checklist", plan.manual().size());
    ArrayNode files = root.putArray("files");
    for (FileChange f : plan.files()) {
      ObjectNode o = files.addObject();
      o.put("path", f.display());
      ArrayNode edits = o.putArray("edits");
      for (Edit e : f.edits()) {
        ObjectNode x = edits.addObject();
        x.put("rule", e.rule());
        ObjectNode range = x.putObject("range");
        range.putObject("start").put("line", e.line()).put("column", e.column());
        range.putObject("end").put("line", e.endLine()).put("column", e.endColumn());
        x.put("before", e.before());
        x.put("after", e.after());
      }
    }
    ArrayNode manual = root.putArray("manual");
    for (ManualItem m : plan.manual()) {
      ObjectNode o = manual.addObject();
      o.put("number", m.number());
      o.put("rule", m.rule());
      o.put("file", m.file());
      o.put("line", m.line());
      o.put("column", m.column());
      o.put("code", m.code());
      o.put("reason", m.reason().in(lang));
    }
    return JsonRenderer.write(root);
  }
}
