package dev.rta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rta serve} over real HTTP on loopback: the page and the API say what the command line says, hostile input
 * comes back escaped, every response carries the security headers, bodies are capped, no CORS.
 */
class WebServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static WebServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void thePageRecommendsWhatTheCommandLineDoes() throws Exception {
    String[][] cases = {{"platform=server", "high-throughput=true"}, {"platform=desktop", "io-multiplexing=false"},
        {"platform=embedded", "hard-realtime=true"}, {"std=false", "grpc=true"}};
    for (String[] answers : cases) {
      List<String> args = new java.util.ArrayList<>(List.of("recommend", "-q"));
      for (String a : answers) {
        args.add("--set");
        args.add(a);
      }
      String expected = Cli.run(args.toArray(String[]::new)).out().strip();
      HttpResponse<String> page = get("/?" + String.join("&", answers));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).as(String.join("&", answers)).contains("data-runtime=\"" + expected + "\"");
    }
  }

  @Test
  void thePageDrawsTheFlowchartWithThePathTakenAndTheCandidatesPerformance() throws Exception {
    String page = get("/?platform=server&high-throughput=true").body();
    JsonNode api = JSON.readTree(post("/api/recommend", "{\"platform\": \"server\", \"high-throughput\": true}").body());
    java.util.Set<String> path = new java.util.TreeSet<>();
    api.at("/flowchart/path").forEach(step -> path.add(step.get("node").asText()));
    java.util.Set<String> taken = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<g id=\"rta-node-[^\"]*\" class=\"[^\"]*\\btaken\\b[^\"]*\" data-node=\"([^\"]+)\"").matcher(page);
    while (m.find()) {
      taken.add(m.group(1));
    }
    assertThat(taken).containsAll(path).isNotEmpty();
    assertThat(page).contains("class=\"rta-flowchart\"").contains("role=\"img\"");
    assertThat(page).contains("<g class=\"bar\" data-runtime=\"" + api.at("/recommendation/primary").asText() + "\"");
    assertThat(get("/").body()).contains("class=\"rta-flowchart\"").doesNotContainPattern("class=\"node [a-z]+ taken\"");
  }

  @Test
  void theApiAnswersWithTheCommandLinesJsonAndItsSchema() throws Exception {
    HttpResponse<String> r = post("/api/recommend?lang=zh",
        "{\"platform\": \"server\", \"high-throughput\": true, \"features\": [\"tls\", \"timers\"]}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    String cli = Cli.run("--lang", "zh", "recommend", "--format", "json", "--set", "platform=server", "--set",
        "high-throughput=true", "--set", "features=tls,timers").out();
    assertThat(r.body()).isEqualTo(cli);
    assertThat(validate("schema/recommend.schema.json", r.body())).isEmpty();
    HttpResponse<String> none = post("/api/recommend", "");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(none.body()).at("/answers").size()).isZero();
  }

  @Test
  void errorsAreProblemDocumentsWithTheCommandLinesMessages() throws Exception {
    HttpResponse<String> r = post("/api/recommend", "{\"platform\": \"servr\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("detail").asText()).isEqualTo("bad value 'servr' for 'platform'; did you mean 'server'?");
    assertThat(p.at("/errors/0/location").asText()).isEqualTo("request body:1:14");
    assertThat(validate(openApiSchema("Problem"), r.body())).isEmpty();
    assertThat(JSON.readTree(post("/api/recommend", "{not json").body()).get("status").asInt()).isEqualTo(400);
    assertThat(JSON.readTree(post("/api/recommend?baseline=old", "{}").body()).get("detail").asText())
        .contains("old");
    HttpResponse<String> missing = get("/api/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(validate(openApiSchema("Problem"), missing.body())).isEmpty();
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws Exception {
    HttpResponse<String> r = post("/api/recommend", "{\"platform\": \"" + "x".repeat(2 << 20) + "\"}");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
  }

  @Test
  void hostileInputComesBackEscaped() throws Exception {
    String hostile = "<script>alert(1)</script>\"'{{ 7*7 }}";
    HttpResponse<String> page = get("/?platform=" + AnswersQuery.encode(hostile) + "&features="
        + AnswersQuery.encode("tls,<img src=x onerror=alert(2)>"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("{{ 7*7 }}"); // printed, not evaluated
    HttpResponse<String> api = post("/api/recommend", "{\"<script>\": \"{{x}}\"}");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(api.body()).get("detail").asText()).contains("<script>"); // JSON, not HTML: as sent
    assertThat(api.headers().firstValue("Content-Type").orElse("")).doesNotContain("html");
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndNoCors() throws Exception {
    for (String path : List.of("/", "/?platform=server", "/static/rta.css", "/api/keys", "/api/openapi.json",
        "/nothing", "/download/answers.yaml?platform=server")) {
      HttpResponse<String> r = get(path, "Origin", "http://evil.example");
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(WebServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
    }
  }

  @Test
  void thePageSpeaksTheLanguageAskedFor() throws Exception {
    String zh = get("/?platform=server&lang=zh").body();
    assertThat(zh).contains("lang=\"zh-Hans\"").contains("你的 Rust 项目应该用哪个异步运行时？").contains("推荐：");
    String browser = get("/?platform=server", "Accept-Language", "zh-CN,zh;q=0.9").body();
    assertThat(browser).contains("推荐：");
    String en = get("/?platform=server").body();
    assertThat(en).contains("lang=\"en\"").contains("Recommended:").doesNotContain("推荐：");
    assertThat(en).contains("href=\"/?platform=server&amp;lang=zh\"");
  }

  @Test
  void onlyTheRelevantQuestionsAreAskedAndTheUnknownsLinkToTheirAnswers() throws Exception {
    String server0 = get("/?platform=server").body();
    assertThat(server0).contains("id=\"q-platform\"").doesNotContain("id=\"q-io-multiplexing\"");
    String desktop = get("/?platform=desktop").body();
    assertThat(desktop).contains("id=\"q-io-multiplexing\"").doesNotContain("id=\"q-high-throughput\"");
    String server = get("/?platform=server").body();
    assertThat(server).contains("<ul class=\"unknowns\">").contains("href=\"/?platform=server&amp;");
  }

  @Test
  void downloadsReplayTheDecision() throws Exception {
    HttpResponse<String> adr = get("/download/decision.md?platform=server&project-type=web-api&long-term=true");
    assertThat(adr.headers().firstValue("Content-Disposition").orElse("")).contains("decision.md");
    assertThat(adr.body()).contains("runtime: tokio").contains("date: 2026-12-05");
    Path answers = Files.createTempFile("rta-web", ".yaml");
    try {
      Files.writeString(answers, get("/download/answers.yaml?platform=desktop&io-multiplexing=false").body());
      assertThat(Cli.run("recommend", "-q", "--answers", answers.toString()).out().strip())
          .isEqualTo(Cli.run("recommend", "-q", "--set", "platform=desktop", "--set", "io-multiplexing=false").out()
              .strip());
    } finally {
      Files.delete(answers);
    }
    assertThat(get("/download/deny.toml?platform=server").body()).contains("[bans]");
    HttpResponse<String> traversal = get("/download/..%2F..%2Fetc%2Fpasswd?platform=server");
    assertThat(traversal.statusCode()).isIn(400, 404);
    assertThat(traversal.body()).doesNotContain("root:");
  }

  @Test
  void theOpenApiDocumentDescribesTheKeysResponse() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.at("/paths").fieldNames()).toIterable().contains("/api/recommend", "/api/keys");
    assertThat(validate(openApiSchema("Keys"), get("/api/keys?lang=zh").body())).isEmpty();
    assertThat(get("/schema/recommend.schema.json").statusCode()).isEqualTo(200);
  }

  private static String openApiSchema(String name) throws IOException {
    try (InputStream in = WebServerTest.class.getResourceAsStream("/dev/rta/web/openapi.json")) {
      JsonNode schema = JSON.readTree(in).at("/components/schemas/" + name);
      return JSON.writeValueAsString(schema);
    }
  }

  private static java.util.Set<?> validate(String schemaFileOrText, String json) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema schema = schemaFileOrText.startsWith("{") ? factory.getSchema(schemaFileOrText)
        : factory.getSchema(Files.readString(Path.of(schemaFileOrText)));
    return schema.validate(JSON.readTree(json));
  }
}
