package dev.rta.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.app.Advisor;
import dev.rta.app.Questionnaire;
import dev.rta.app.RecentResults;
import dev.rta.domain.AnswerType;
import dev.rta.domain.Answers;
import dev.rta.domain.AnswersFormat;
import dev.rta.domain.Choice;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.Question;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.Baseline;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.report.AdrRenderer;
import dev.rta.report.DenyRenderer;
import dev.rta.report.FlowchartSvgRenderer;
import dev.rta.report.JsonRenderer;
import dev.rta.report.PerformanceChartSvgRenderer;
import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The HTML pages: one page holds the questionnaire (the questions relevant to the answers so far, in the
 * terminal's order) and, once something is answered, the result — rendered from the same document as
 * {@code rta recommend --format json}, so that the page and the command line cannot disagree. The answers live
 * in the URL's query: the page's address is the permalink.
 */
final class Pages {
  static final String HTML = "text/html; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Advisor advisor;
  private final ToolInfo tool;
  private final Supplier<LocalDate> today;
  private final PebbleEngine engine;
  private final RecentResults<List<Object>, byte[]> pages = new RecentResults<>(256);

  Pages(Advisor advisor, ToolInfo tool, Supplier<LocalDate> today) {
    this.advisor = advisor;
    this.tool = tool;
    this.today = today;
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("dev/rta/web/templates");
    loader.setSuffix(".peb");
    // HTML escaping of every printed value is Pebble's default; strict variables turn a template typo into an error
    this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).build();
  }

  /** {@code GET /?key=value…}: the questionnaire, and the result when anything is answered. */
  void index(Context ctx, Lang lang) {
    Map<String, List<String>> raw = AnswersQuery.raw(advisor.pack().questionSet().all(), ctx.queryParamMap());
    Answers answers;
    try {
      answers = AnswersQuery.parse(advisor, raw);
    } catch (InvalidInputException e) {
      ctx.status(400).contentType(HTML).result(index(raw, Answers.empty(), lang, messages(e, lang)));
      return;
    }
    // a page is a pure function of its answers and language: a shared permalink is rendered once
    ctx.contentType(HTML).result(pages.get(List.of(raw, lang),
        k -> index(raw, answers, lang, List.of()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private String index(Map<String, List<String>> raw, Answers answers, Lang lang, List<String> errors) {
    KnowledgePack pack = advisor.pack();
    Map<String, Object> model = base(lang, raw);
    model.put("errors", errors);
    Questionnaire questionnaire = advisor.questionnaire();
    List<Map<String, Object>> form = new ArrayList<>();
    for (Question q : questionnaire.order()) {
      if (questionnaire.relevant(q, answers)) {
        form.add(question(q, raw.getOrDefault(q.key(), List.of()), lang));
      }
    }
    model.put("questions", form);
    Decision d = answers.size() > 0 ? advisor.recommend(answers, Baseline.CURRENT) : null;
    if (d != null) {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = MAPPER.convertValue(new JsonRenderer(lang, tool).toNode(d), Map.class);
      model.put("result", result);
      model.put("chart", chart(d, lang));
    }
    model.put("flowchart", new FlowchartSvgRenderer(pack.flowchart(),
        advisor.knowledge(Baseline.CURRENT).leafLabels(), lang, d == null ? null : d.flowchart()).svg());
    return html("index", model);
  }

  /** The performance stars of the candidates still in the running: the primary and its alternatives (at most 4). */
  private @Nullable String chart(Decision d, Lang lang) {
    List<String> ids = new ArrayList<>();
    if (d.primary() != null) {
      ids.add(d.primary());
    }
    d.alternatives().forEach(a -> ids.add(a.runtime()));
    List<String> shown = ids.stream().distinct().limit(PerformanceChartSvgRenderer.MAX_RUNTIMES).toList();
    if (shown.isEmpty()) {
      return null;
    }
    Advisor.Comparison c = advisor.compare(shown, Baseline.CURRENT);
    return c.profiles().isEmpty() ? null : new PerformanceChartSvgRenderer(c.profiles(), lang).svg();
  }

  /** {@code GET /download/NAME?key=value…}: the ADR, the answers file or the cargo-deny snippet of the answers. */
  void download(Context ctx, Lang lang, String name) {
    Map<String, List<String>> raw = AnswersQuery.raw(advisor.pack().questionSet().all(), ctx.queryParamMap());
    Answers answers = AnswersQuery.parse(advisor, raw);
    String header = Messages.get(lang, "answers.header", tool.version(), tool.packVersion(), name);
    String body;
    switch (name) {
      case "decision.md" -> {
        Decision d = advisor.recommend(answers, Baseline.CURRENT);
        body = new AdrRenderer(advisor.pack(), lang, tool, today.get()).render(d);
      }
      case "answers.yaml" -> body = Advisor.answersText(AnswersFormat.YAML, answers, header);
      case "answers.toml" -> body = Advisor.answersText(AnswersFormat.TOML, answers, header);
      case "deny.toml" -> {
        Decision d = advisor.recommend(answers, Baseline.CURRENT);
        body = new DenyRenderer(advisor.pack(), lang, tool)
            .render(d, new AdrRenderer(advisor.pack(), lang, tool, today.get()).title(d));
      }
      default -> {
        ctx.status(404);
        return;
      }
    }
    String type = name.endsWith(".md") ? "text/markdown" : name.endsWith(".yaml") ? "application/yaml" : "application/toml";
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(type + "; charset=utf-8").result(body);
  }

  /** An error page: the status's words and each problem's message. */
  void error(Context ctx, Lang lang, int status, @Nullable InvalidInputException e) {
    Map<String, Object> model = base(lang, Map.of());
    model.put("status", status);
    model.put("title", Messages.get(lang, "web.status." + status));
    model.put("errors", e == null ? List.of() : messages(e, lang));
    ctx.status(status);
    render(ctx, "error", model);
  }

  private Map<String, Object> base(Lang lang, Map<String, List<String>> raw) {
    Map<String, Object> model = new HashMap<>();
    String query = AnswersQuery.query(raw);
    model.put("lang", lang.code());
    model.put("m", new Texts(lang));
    model.put("query", query);
    model.put("other", lang == Lang.EN ? "zh" : "en");
    model.put("tool", tool);
    model.put("errors", List.of());
    model.put("result", null);
    model.put("chart", null);
    Map<String, String> names = new LinkedHashMap<>();
    advisor.pack().candidates().forEach(id -> names.put(id, advisor.pack().runtimeName(id)));
    model.put("names", names);
    return model;
  }

  private static Map<String, Object> question(Question q, List<String> given, Lang lang) {
    Map<String, Object> out = new HashMap<>();
    out.put("key", q.key());
    out.put("text", q.text().in(lang));
    out.put("help", q.help().in(lang));
    out.put("type", q.type().id());
    List<Map<String, Object>> choices = new ArrayList<>();
    List<Choice> values = q.type() == AnswerType.BOOL
        ? List.of(new Choice("true", Messages.text("web.yes")), new Choice("false", Messages.text("web.no")))
        : q.values();
    for (Choice c : values) {
      choices.add(Map.of("id", c.id(), "label", c.label().in(lang), "checked", given.contains(c.id())));
    }
    out.put("choices", choices);
    out.put("value", given.isEmpty() ? "" : given.get(0));
    out.put("unknown", given.isEmpty());
    return out;
  }

  private static List<String> messages(InvalidInputException e, Lang lang) {
    return e.problems().stream().map((Problem p) -> p.format(lang)).toList();
  }

  private void render(Context ctx, String template, Map<String, Object> model) {
    ctx.contentType(HTML).result(html(template, model));
  }

  private String html(String template, Map<String, Object> model) {
    PebbleTemplate t = engine.getTemplate(template);
    StringWriter out = new StringWriter();
    try {
      t.evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The page's texts, in one language: {@code m.get("web.title")} in a template. */
  public static final class Texts {
    private final Lang lang;

    Texts(Lang lang) {
      this.lang = lang;
    }

    public String get(String key) {
      return Messages.get(lang, key);
    }

    public String get(String key, Object arg) {
      return Messages.get(lang, key, arg);
    }
  }
}
