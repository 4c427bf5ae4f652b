package dev.rta.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rta.domain.Lang;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Ignored;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.PathStep;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.decision.Decision;

/** The analysis as one JSON document (schema: {@code schema/analyze.schema.json}). */
public final class AnalysisJsonRenderer {
  private final Lang lang;
  private final ToolInfo tool;

  public AnalysisJsonRenderer(Lang lang, ToolInfo tool) {
    this.lang = lang;
    this.tool = tool;
  }

  public String render(Analysis a, Decision d) {
    ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
    root.put("schemaVersion", JsonRenderer.SCHEMA_VERSION);
    root.set("tool", JsonRenderer.tool(tool));
    root.put("lang", lang.code());
    root.put("root", ".");
    ArrayNode members = root.putArray("members");
    a.members().forEach(members::add);
    ArrayNode runtimes = root.putArray("runtimes");
    for (RuntimeUse r : a.runtimes()) {
      ObjectNode o = runtimes.addObject();
      o.put("id", r.id());
      o.put("candidate", r.candidate());
      o.put("status", r.status().id());
      o.put("activation", r.activation().id());
      ArrayNode m = o.putArray("members");
      r.members().forEach(m::add);
      ArrayNode paths = o.putArray("paths");
      for (DependencyPath p : r.paths()) {
        ObjectNode po = paths.addObject();
        po.put("member", p.member());
        po.put("path", p.display());
        ArrayNode steps = po.putArray("steps");
        for (PathStep s : p.steps()) {
          ObjectNode so = steps.addObject();
          so.put("crate", s.crate());
          ArrayNode f = so.putArray("features");
          s.features().forEach(f::add);
        }
        po.put("activation", p.activation().id());
        po.put("feature", p.feature());
        po.put("target", p.target());
        po.set("location", location(p.location()));
      }
      o.set("evidence", evidence(r.evidence()));
    }
    ObjectNode inferred = root.putObject("inferred");
    for (Inferred i : a.inferred().values()) {
      ObjectNode o = inferred.putObject(i.key());
      o.set("value", JsonRenderer.MAPPER.valueToTree(i.value().plain()));
      o.put("confidence", i.confidence());
      o.set("evidence", evidence(i.evidence()));
    }
    ArrayNode findings = root.putArray("findings");
    java.util.Map<dev.rta.domain.analysis.Finding, String> prints = SarifRenderer.fingerprints(a);
    a.findings().forEach(f -> findings.add(finding(f, prints.get(f))));
    ArrayNode ignored = root.putArray("ignored");
    for (Ignored i : a.ignored()) {
      ObjectNode o = finding(i.finding(), prints.get(i.finding()));
      o.put("reason", i.reason());
      o.put("ignoredBy", i.source());
      ignored.add(o);
    }
    ArrayNode problems = root.putArray("problems");
    for (Problem p : a.problems()) {
      ObjectNode o = problems.addObject();
      o.set("location", location(p.location()));
      o.put("message", p.message().in(lang));
      o.put("hint", p.hint() == null ? null : p.hint().in(lang));
    }
    var st = a.stats();
    ObjectNode stats = root.putObject("stats");
    stats.put("graph", st.graph());
    stats.put("members", st.members());
    stats.put("rustFiles", st.rustFiles());
    stats.put("lines", st.lines());
    stats.put("skippedBinary", st.skippedBinary());
    stats.put("skippedNonUtf8", st.skippedNonUtf8());
    stats.put("skippedLarge", st.skippedLarge());
    stats.put("skippedSymlinkLoops", st.skippedLoops());
    stats.put("unparsable", st.unparsable());
    ObjectNode decision = new JsonRenderer(lang, tool).toNode(d);
    root.set("answers", decision.get("answers"));
    root.put("baseline", d.baseline());
    root.set("recommendation", decision.get("recommendation"));
    root.set("rejected", decision.get("rejected"));
    root.set("warnings", decision.get("warnings"));
    root.set("advisories", decision.get("advisories"));
    return JsonRenderer.write(root);
  }

  private ObjectNode finding(Finding f, String fingerprint) {
    ObjectNode o = JsonRenderer.MAPPER.createObjectNode();
    o.put("id", f.id());
    o.put("level", f.level());
    o.put("message", f.message().in(lang));
    o.set("location", location(f.location()));
    o.put("hint", f.hint().in(lang));
    o.put("member", f.member() == null || f.member().isEmpty() ? null : f.member());
    o.put("confidence", f.lowConfidence() ? "low" : "high");
    o.put("fingerprint", fingerprint);
    return o;
  }

  static ObjectNode location(Location l) {
    ObjectNode o = JsonRenderer.MAPPER.createObjectNode();
    o.put("file", l.file());
    o.put("line", l.line());
    o.put("column", l.column());
    return o;
  }

  private static ArrayNode evidence(java.util.List<Evidence> evidence) {
    ArrayNode a = JsonRenderer.MAPPER.createArrayNode();
    for (Evidence e : evidence) {
      ObjectNode o = a.addObject();
      o.put("file", e.location().file());
      o.put("line", e.location().line());
      o.put("column", e.location().column());
      o.put("text", e.text());
    }
    return a;
  }
}
