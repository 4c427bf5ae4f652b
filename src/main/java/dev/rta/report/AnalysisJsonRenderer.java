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
import dev.rta.domain.analysis.MemberAnalysis;
import dev.rta.domain.analysis.ProjectDecision;
import dev.rta.domain.analysis.Resolution;
import dev.rta.domain.analysis.RuntimeSummary;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.Scope;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The analysis as one JSON document (schema: {@code schema/analyze.schema.json}). */
public final class AnalysisJsonRenderer {
  private final Lang lang;
  private final ToolInfo tool;

  public AnalysisJsonRenderer(Lang lang, ToolInfo tool) {
    this.lang = lang;
    this.tool = tool;
  }

  /** The version of the analyze JSON shape (2.0: per member). */
  public static final String SCHEMA_VERSION = "2.0";

  public String render(Analysis a, List<ProjectDecision> decisions, @Nullable String only) {
    ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("tool", JsonRenderer.tool(tool));
    root.put("lang", lang.code());
    root.put("root", ".");
    root.put("repoPrefix", a.repoPrefix());
    Resolution res = a.resolution();
    ObjectNode r = root.putObject("resolution");
    r.put("graph", res.graph());
    r.put("cargo", res.cargo());
    r.put("cargoReason", res.cargoReason());
    r.put("declarations", res.declarations());
    r.put("resolvedPackages", res.resolved());
    r.put("packages", res.packages());
    ObjectNode ws = root.putObject("workspace");
    ArrayNode names = ws.putArray("members");
    a.memberNames().forEach(names::add);
    ArrayNode runtimes = ws.putArray("runtimes");
    for (RuntimeSummary s : a.runtimes()) {
      ObjectNode o = runtimes.addObject();
      o.put("id", s.id());
      o.put("candidate", s.candidate());
      strings(o.putArray("inUse"), s.inUse());
      strings(o.putArray("pulledIn"), s.pulledIn());
      strings(o.putArray("declaredUnused"), s.declaredUnused());
    }
    ArrayNode notes = ws.putArray("notes");
    a.notes().forEach(n -> notes.add(n.in(lang)));
    ArrayNode members = root.putArray("members");
    for (MemberAnalysis m : a.members()) {
      if (only != null && !m.name().equals(only)) {
        continue;
      }
      members.add(member(m, decisions.stream().filter(d -> d.member().equals(m.name())).findFirst().orElse(null)));
    }
    ArrayNode findings = root.putArray("findings");
    java.util.Map<dev.rta.domain.analysis.Finding, String> prints = SarifRenderer.fingerprints(a);
    a.findings().stream().filter(f -> only == null || f.member() == null || f.member().isEmpty()
        || f.member().equals(only)).forEach(f -> findings.add(finding(f, prints.get(f))));
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
    stats.put("skippedUnreadable", st.skippedUnreadable());
    stats.put("skippedTooDeep", st.skippedTooDeep());
    stats.put("unparsable", st.unparsable());
    return JsonRenderer.write(root);
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private final java.util.Map<dev.rta.domain.decision.Decision, ObjectNode> rendered = new java.util.IdentityHashMap<>();

  private ObjectNode member(MemberAnalysis m, @Nullable ProjectDecision pd) {
    ObjectNode mo = JsonRenderer.MAPPER.createObjectNode();
    mo.put("name", m.name());
    mo.put("manifest", m.manifest());
    mo.put("asyncRuntime", m.runsAsync());
    ArrayNode runtimes = mo.putArray("runtimes");
    for (RuntimeUse r : m.runtimes()) {
      ObjectNode o = runtimes.addObject();
      o.put("id", r.id());
      o.put("candidate", r.candidate());
      o.put("status", r.status().id());
      scope(o, r.scope());
      o.put("confidence", r.confidence().id());
      o.put("note", r.note() == null ? null : r.note().in(lang));
      ArrayNode paths = o.putArray("paths");
      for (DependencyPath p : r.paths()) {
        ObjectNode po = paths.addObject();
        po.put("path", p.display());
        ArrayNode steps = po.putArray("steps");
        for (PathStep s : p.steps()) {
          ObjectNode so = steps.addObject();
          so.put("crate", s.crate());
          ArrayNode f = so.putArray("features");
          s.features().forEach(f::add);
        }
        scope(po, p.scope());
        po.put("confidence", p.confidence().id());
        po.set("location", location(p.location()));
      }
      o.set("evidence", evidence(r.evidence()));
    }
    ObjectNode inferred = mo.putObject("inferred");
    for (Inferred i : m.inferred().values()) {
      inferred.set(i.key(), inferred(i));
    }
    ArrayNode under = mo.putArray("underFeatures");
    for (Inferred i : m.underFeatures()) {
      ObjectNode o = inferred(i);
      o.put("key", i.key());
      o.put("feature", i.scope());
      under.add(o);
    }
    if (pd != null) {
      // members with the same answers share one decision: render it once (a JSON tree may be shared)
      ObjectNode decision = rendered.computeIfAbsent(pd.decision(), d -> new JsonRenderer(lang, tool).toNode(d));
      mo.set("answers", decision.get("answers"));
      mo.put("baseline", pd.decision().baseline().id());
      mo.set("recommendation", decision.get("recommendation"));
      mo.set("rejected", decision.get("rejected"));
      mo.set("warnings", decision.get("warnings"));
      mo.set("advisories", decision.get("advisories"));
    }
    return mo;
  }

  private ObjectNode inferred(Inferred i) {
    ObjectNode o = JsonRenderer.MAPPER.createObjectNode();
    o.set("value", JsonRenderer.MAPPER.valueToTree(i.value().plain()));
    o.put("confidence", i.confidence());
    o.set("evidence", evidence(i.evidence()));
    return o;
  }

  private static void scope(ObjectNode o, Scope s) {
    o.put("activation", s.activation().id());
    o.put("feature", s.feature());
    o.put("target", s.target());
  }

  private ObjectNode finding(Finding f, String fingerprint) {
    ObjectNode o = JsonRenderer.MAPPER.createObjectNode();
    o.put("id", f.id());
    o.put("level", f.level().id());
    o.put("message", f.message().in(lang));
    o.set("location", location(f.location()));
    o.put("hint", f.hint().in(lang));
    o.put("member", f.member() == null || f.member().isEmpty() ? null : f.member());
    o.put("confidence", f.confidence().id());
    scope(o, f.scope());
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
