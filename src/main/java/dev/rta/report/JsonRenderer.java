package dev.rta.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rta.domain.Lang;
import dev.rta.domain.Question;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.Decision;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The recommendation as one JSON document (schema: {@code schema/recommend.schema.json}), from {@link RecommendJson}. */
public final class JsonRenderer {
  public static final String SCHEMA_VERSION = "1.1";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final Lang lang;
  private final ToolInfo tool;

  public JsonRenderer(Lang lang, ToolInfo tool) {
    this.lang = lang;
    this.tool = tool;
  }

  public String render(Decision d) {
    return write(RecommendJson.of(d, lang, tool, SCHEMA_VERSION));
  }

  /** One answer key for {@code rta list-keys --format json}. */
  record KeyJson(String key, String type, String text, String help, String allowed, List<ValueJson> values,
      @Nullable String askIf) {}

  /** An allowed value of a key. */
  record ValueJson(String id, String label) {}

  /** The answer keys, their types and allowed values, as JSON ({@code rta list-keys --format json}). */
  public String keys(List<Question> questions) {
    return write(questions.stream().map(q -> new KeyJson(q.key(), q.type().id(), q.text().in(lang), q.help().in(lang),
        q.allowed().in(lang), q.values().stream().map(c -> new ValueJson(c.id(), c.label().in(lang))).toList(),
        q.askIf() == null ? null : q.askIf().describe())).toList());
  }

  /** The document as a JSON tree (the analysis output embeds parts of it). */
  public ObjectNode toNode(Decision d) {
    return MAPPER.valueToTree(RecommendJson.of(d, lang, tool, SCHEMA_VERSION));
  }

  /** Pretty JSON with a trailing newline; the same input gives the same bytes. */
  static String write(Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON; this is a bug in rta", e);
    }
  }

  static ObjectNode tool(ToolInfo tool) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", ToolInfo.NAME);
    o.put("version", tool.version());
    o.put("knowledgePack", tool.packVersion());
    o.put("knowledgePackReviewed", tool.packReviewed());
    return o;
  }
}
