package dev.rta.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.AdvisoryNotice;
import dev.rta.domain.decision.Assessment;
import dev.rta.domain.decision.Conflict;
import dev.rta.domain.decision.CorrectionEffect;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.decision.Notice;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.decision.TraceEntry;
import dev.rta.domain.decision.UnknownAnswer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The recommendation as one JSON document (schema: {@code schema/recommend.schema.json}). */
public final class JsonRenderer {
  public static final String SCHEMA_VERSION = "1.0";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final Lang lang;
  private final ToolInfo tool;

  public JsonRenderer(Lang lang, ToolInfo tool) {
    this.lang = lang;
    this.tool = tool;
  }

  public String render(Decision d) {
    return write(toNode(d));
  }

  /** Pretty JSON with a trailing newline; the same input gives the same bytes. */
  static String write(ObjectNode node) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON; this is a bug in rta", e);
    }
  }

  public ObjectNode toNode(Decision d) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("tool", tool(tool));
    root.put("baseline", d.baseline().id());
    root.put("lang", lang.code());
    ObjectNode answers = root.putObject("answers");
    d.answers().values().forEach((k, v) -> answers.set(k, MAPPER.valueToTree(v.plain())));
    root.set("recommendation", recommendation(d));
    ArrayNode rejected = root.putArray("rejected");
    d.rejected().forEach(r -> rejected.add(rejection(r)));
    ArrayNode warnings = root.putArray("warnings");
    for (Notice n : d.warnings()) {
      ObjectNode w = warnings.addObject();
      w.put("rule", n.rule());
      w.put("text", t(n.message()));
    }
    ArrayNode advisories = root.putArray("advisories");
    for (AdvisoryNotice a : d.advisories()) {
      ObjectNode o = advisories.addObject();
      o.put("id", a.id());
      o.put("runtime", a.runtime());
      o.put("kind", a.kind());
      o.put("date", a.date());
      o.put("title", t(a.title()));
      o.put("text", t(a.text()));
      o.put("url", a.url());
      o.put("alternative", a.alternative().isEmpty() ? null : a.alternative());
    }
    ObjectNode flow = root.putObject("flowchart");
    ArrayNode path = flow.putArray("path");
    for (FlowStep s : d.flowchart().steps()) {
      ObjectNode o = path.addObject();
      o.put("node", s.node());
      o.put("key", s.key());
      o.put("question", t(s.question()));
      o.put("value", s.value());
      o.put("label", s.label() == null ? null : t(s.label()));
      o.put("decision", s.decision());
    }
    flow.put("leaf", d.flowchart().leaf());
    flow.put("stoppedAt", d.flowchart().stoppedAt());
    ArrayNode trace = root.putArray("trace");
    for (TraceEntry e : d.trace()) {
      ObjectNode o = trace.addObject();
      o.put("rule", e.rule());
      o.put("kind", e.kind().id());
      o.put("stage", e.stage() == null ? null : e.stage().id());
      o.put("source", e.source());
      o.put("sourceTitle", t(e.sourceTitle()));
      ObjectNode in = o.putObject("inputs");
      new TreeMap<>(e.inputs()).forEach(in::put);
      o.put("effect", e.effect());
      o.put("outcome", e.outcome().id());
      o.put("text", t(e.text()));
      ArrayNode corr = o.putArray("corrections");
      e.corrections().forEach(corr::add);
      o.put("decision", e.decision());
    }
    ArrayNode unknown = root.putArray("unknown");
    for (UnknownAnswer u : d.unknown()) {
      ObjectNode o = unknown.addObject();
      o.put("key", u.key());
      ArrayNode changes = o.putArray("changes");
      for (UnknownAnswer.Change c : u.changes()) {
        ObjectNode ch = changes.addObject();
        ch.put("value", c.value());
        ch.put("primary", c.primary());
      }
    }
    ArrayNode assessments = root.putArray("assessments");
    for (Assessment a : d.assessments()) {
      ObjectNode o = assessments.addObject();
      o.put("runtime", a.runtime());
      o.put("status", a.status() == null ? null : t(a.status()));
      o.set("good", reasons(a.good()));
      o.set("neutral", reasons(a.neutral()));
      o.set("bad", reasons(a.bad()));
    }
    return root;
  }

  static ObjectNode tool(ToolInfo tool) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", ToolInfo.NAME);
    o.put("version", tool.version());
    o.put("knowledgePack", tool.packVersion());
    o.put("knowledgePackReviewed", tool.packReviewed());
    return o;
  }

  private ObjectNode recommendation(Decision d) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("primary", d.primary());
    RankedRuntime chosen = d.chosen();
    if (chosen == null) {
      r.putNull("score");
      r.putArray("support");
    } else {
      r.put("score", chosen.score());
      r.set("support", reasons(chosen.support()));
    }
    ArrayNode alternatives = r.putArray("alternatives");
    for (RankedRuntime a : d.alternatives()) {
      ObjectNode o = alternatives.addObject();
      o.put("runtime", a.runtime());
      o.put("score", a.score());
      o.set("support", reasons(a.support()));
      o.set("notChosen", a.notChosen() == null ? null : reason(a.notChosen()));
    }
    Conflict c = d.conflict();
    if (c == null) {
      r.putNull("conflict");
    } else {
      ObjectNode o = r.putObject("conflict");
      ArrayNode keys = o.putArray("answers");
      c.answers().forEach(keys::add);
      ObjectNode values = o.putObject("values");
      new TreeMap<>(c.values()).forEach(values::put);
      ArrayNode reasons = o.putArray("reasons");
      c.reasons().forEach(x -> reasons.add(rejection(x)));
      ArrayNode hints = o.putArray("hints");
      c.hints().forEach(h -> hints.add(t(h)));
    }
    ArrayNode decisive = r.putArray("decisiveRules");
    d.decisiveRules().forEach(decisive::add);
    r.put("seedPrimary", d.seedPrimary());
    ArrayNode changed = r.putArray("changedBy");
    for (CorrectionEffect e : d.changedBy()) {
      ObjectNode o = changed.addObject();
      o.put("correction", e.correction());
      o.put("seedPrimary", e.seedPrimary());
      o.put("text", t(e.text()));
      o.put("source", e.source());
      o.put("asOf", e.asOf());
    }
    ObjectNode scores = r.putObject("scores");
    for (Map.Entry<String, Double> e : d.scores().entrySet()) {
      scores.put(e.getKey(), e.getValue());
    }
    return r;
  }

  private ObjectNode rejection(Rejection r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("runtime", r.runtime());
    o.set("reasons", reasons(r.reasons()));
    return o;
  }

  private ArrayNode reasons(List<Reason> reasons) {
    ArrayNode a = MAPPER.createArrayNode();
    reasons.forEach(r -> a.add(reason(r)));
    return a;
  }

  private ObjectNode reason(Reason r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("rule", r.rule());
    o.put("text", t(r.text()));
    return o;
  }

  private String t(@Nullable LocalizedText text) {
    return text == null ? "" : text.in(lang);
  }
}
