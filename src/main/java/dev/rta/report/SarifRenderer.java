package dev.rta.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rta.domain.Lang;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Ignored;
import dev.rta.domain.pack.AnalysisRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The findings as SARIF 2.1.0: every rule with its help, every result with a location in the
 * workspace (relative to %SRCROOT%) and a partial fingerprint that survives moved lines; ignored
 * findings are results with a suppression and its justification.
 */
public final class SarifRenderer {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final AnalysisRules rules;
  private final Lang lang;
  private final ToolInfo tool;

  public SarifRenderer(AnalysisRules rules, Lang lang, ToolInfo tool) {
    this.rules = rules;
    this.lang = lang;
    this.tool = tool;
  }

  public String render(Analysis a, @Nullable String only) {
    ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", ToolInfo.NAME);
    driver.put("version", tool.version());
    driver.put("semanticVersion", tool.version());
    ArrayNode ruleList = driver.putArray("rules");
    for (AnalysisRules.FindingDef f : rules.findings()) {
      ObjectNode r = ruleList.addObject();
      r.put("id", f.id());
      r.put("name", f.name());
      r.putObject("shortDescription").put("text", f.title().in(lang));
      r.putObject("fullDescription").put("text", f.help().in(lang));
      r.putObject("help").put("text", f.help().in(lang));
      r.putObject("defaultConfiguration").put("level", f.level().id());
    }
    // Locations are relative to the repository (the git top level, else the workspace root), so that code
    // scanning finds fw/src/main.rs for a workspace in fw/.
    run.putObject("originalUriBaseIds").putObject("%SRCROOT%").putObject("description")
        .put("text", "the repository root (git top level), or the workspace root outside git");
    ArrayNode results = run.putArray("results");
    Map<Finding, String> prints = fingerprints(a);
    for (Finding f : a.findings()) {
      if (only == null || f.member() == null || f.member().isEmpty() || f.member().equals(only)) {
        results.add(result(f, prints.get(f), a.repoPrefix()));
      }
    }
    for (Ignored i : a.ignored()) {
      ObjectNode r = result(i.finding(), prints.get(i.finding()), a.repoPrefix());
      ObjectNode s = r.putArray("suppressions").addObject();
      s.put("kind", "external");
      s.put("justification", i.reason());
      results.add(r);
    }
    run.putObject("properties").put("knowledgePack", tool.packVersion());
    return JsonRenderer.write(root);
  }

  private ObjectNode result(Finding f, String fingerprint, String prefix) {
    ObjectNode r = JsonRenderer.MAPPER.createObjectNode();
    r.put("ruleId", f.id());
    r.put("ruleIndex", ruleIndex(f.id()));
    r.put("level", f.level().id());
    r.putObject("message").put("text", f.message().in(lang) + " — " + f.hint().in(lang));
    ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", prefix + f.location().file());
    artifact.put("uriBaseId", "%SRCROOT%");
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, f.location().line()));
    if (f.location().column() > 0) {
      region.put("startColumn", f.location().column());
    }
    r.putObject("partialFingerprints").put("rtaFinding/v1", fingerprint);
    ObjectNode props = r.putObject("properties");
    props.put("confidence", f.confidence().id());
    props.put("activation", f.scope().activation().id());
    if (f.scope().feature() != null) {
      props.put("feature", f.scope().feature());
    }
    if (f.scope().target() != null) {
      props.put("target", f.scope().target());
    }
    if (f.member() != null && !f.member().isEmpty()) {
      props.put("member", f.member());
    }
    return r;
  }

  private int ruleIndex(String id) {
    for (int i = 0; i < rules.findings().size(); i++) {
      if (rules.findings().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Per finding (and ignored finding), a hash of what it is about — id, file, member, subject — not of its line, so it
   * survives moved lines; the second and later findings with the same subject in one file add their rank.
   */
  public static Map<Finding, String> fingerprints(Analysis a) {
    Map<Finding, String> out = new IdentityHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> all = new ArrayList<>(a.findings());
    a.ignored().forEach(i -> all.add(i.finding()));
    all.sort(Comparator.comparing((Finding f) -> f.location().file()).thenComparingInt(f -> f.location().line())
        .thenComparingInt(f -> f.location().column()));
    for (Finding f : all) {
      String key = f.id() + "|" + f.location().file() + "|" + (f.member() == null ? "" : f.member()) + "|" + f.key();
      int n = seen.merge(key, 1, Integer::sum);
      out.put(f, hash(n == 1 ? key : key + "|" + n));
    }
    return out;
  }

  private static String hash(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
