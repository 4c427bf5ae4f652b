package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rta.testing.Cli;
import dev.rta.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture project under {@code src/test/resources/analyzer/} through {@code rta analyze --no-cargo}: golden JSON
 * and SARIF, the JSON against {@code schema/analyze.schema.json}, and what each fixture is about.
 */
class AnalyzeOutputTest {
  static final Path FIXTURES = Path.of("src/test/resources/analyzer");
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(FIXTURES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static Cli.Result analyze(String fixture, String... more) {
    List<String> args = new ArrayList<>(List.of("analyze", FIXTURES.resolve(fixture).toString(), "--no-cargo", "--fail-on", "never"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  static JsonNode json(String fixture, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("--format", "json"));
    args.addAll(List.of(more));
    Cli.Result r = analyze(fixture, args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void thereAreAtLeastTenFixtures() throws IOException {
    assertThat(fixtures().count()).isGreaterThanOrEqualTo(11);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void jsonMatchesItsGoldenFileAndTheSchema(String fixture) throws IOException {
    Cli.Result r = analyze(fixture, "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    Golden.assertMatches("analyze/" + fixture + ".json", r.out());
    assertValid(r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void sarifMatchesItsGoldenFileAndIsWellFormed(String fixture) throws IOException {
    Cli.Result r = analyze(fixture, "--format", "sarif");
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("analyze/" + fixture + ".sarif", r.out());
    assertSarif(JSON.readTree(r.out()), JSON.readTree(analyze(fixture, "--format", "json").out()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void markdownAndTextRender(String fixture) {
    Cli.Result md = analyze(fixture, "--format", "markdown");
    assertThat(md.exit()).isZero();
    assertThat(md.out()).startsWith("# ").contains("## Member").contains("## Findings");
    Cli.Result text = analyze(fixture);
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("Runtimes").contains("Findings");
  }

  /**
   * The fast path (the optimised tree-sitter build, parsing only the items that can matter) finds exactly what the
   * slow one finds (the prebuilt binding, every file parsed whole).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void selectiveNativeParsingFindsWhatAFullPortableParseFinds(String fixture) {
    Map<String, String> portable = Cli.env();
    portable.put("RTA_PARSER", "portable");
    String dir = FIXTURES.resolve(fixture).toString();
    Cli.Result fast = Cli.run("analyze", dir, "--no-cargo", "--format", "json", "--fail-on", "never");
    Cli.Result slow = Cli.run(portable, "", "analyze", dir, "--no-cargo", "--format", "json", "--fail-on", "never", "--full-parse");
    assertThat(fast.out()).isEqualTo(slow.out());
  }

  @Test
  void workspaceTextAndMarkdownInBothLanguages() {
    for (String lang : List.of("en", "zh")) {
      for (String format : List.of("text", "markdown")) {
        List<String> args = new ArrayList<>(List.of("--lang", lang, "analyze", FIXTURES.resolve("workspace").toString(),
            "--no-cargo", "--fail-on", "never", "--format", format));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        String out = r.out().replace(FIXTURES.resolve("workspace").toAbsolutePath().toString(), "<root>");
        Golden.assertMatches("analyze/workspace." + lang + "." + (format.equals("text") ? "txt" : "md"), out);
      }
    }
  }

  static void assertValid(String json) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("schema/analyze.schema.json"))) {
      schema = factory.getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(JSON.readTree(json));
    assertThat(errors).as("schema errors").isEmpty();
  }

  /** What GitHub code scanning needs: a $schema, rules with help, a location and fingerprints on every result. */
  static void assertSarif(JsonNode sarif, JsonNode analysis) {
    assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.at("/runs/0");
    Set<String> ruleIds = new HashSet<>();
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      ruleIds.add(rule.get("id").asText());
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
    }
    assertThat(ruleIds).contains("RTA001", "RTA002", "RTA003", "RTA004", "RTA005", "RTA006", "RTA007", "RTA008", "RTA009");
    Set<String> fingerprints = new HashSet<>();
    int suppressed = 0;
    for (JsonNode result : run.get("results")) {
      assertThat(ruleIds).contains(result.get("ruleId").asText());
      assertThat(result.at("/message/text").asText()).isNotBlank();
      JsonNode loc = result.at("/locations/0/physicalLocation");
      assertThat(loc.at("/artifactLocation/uri").asText()).isNotBlank().doesNotStartWith("/");
      assertThat(loc.at("/region/startLine").asInt()).isPositive();
      String fp = result.at("/partialFingerprints").fields().next().getValue().asText();
      assertThat(fingerprints.add(fp)).as("fingerprint %s is unique", fp).isTrue();
      if (result.has("suppressions")) {
        suppressed++;
        assertThat(result.at("/suppressions/0/justification").asText()).isNotBlank();
      }
    }
    assertThat(run.get("results").size()).isEqualTo(analysis.get("findings").size() + analysis.get("ignored").size());
    assertThat(suppressed).isEqualTo(analysis.get("ignored").size());
  }

  // What each fixture is about: the facts a reader of the golden files would check first.

  /** The runtimes of the first (in these fixtures, the only) member. */
  static Map<String, JsonNode> runtimes(JsonNode analysis) {
    Map<String, JsonNode> out = new java.util.TreeMap<>();
    analysis.at("/members/0/runtimes").forEach(r -> out.put(r.get("id").asText(), r));
    return out;
  }

  static List<String> findingIds(JsonNode analysis) {
    List<String> out = new ArrayList<>();
    analysis.get("findings").forEach(f -> out.add(f.get("id").asText()));
    return out;
  }

  @Test
  void tokioWebService() throws IOException {
    JsonNode a = json("tokio-web-service");
    assertThat(runtimes(a).get("tokio").get("status").asText()).isEqualTo("in-use");
    assertThat(a.at("/members/0/inferred/http/value").asBoolean()).isTrue();
    assertThat(a.at("/members/0/inferred/platform/value").asText()).isEqualTo("server");
    assertThat(a.at("/members/0/recommendation/primary").asText()).isEqualTo("tokio");
    assertThat(findingIds(a)).contains("RTA004");
    assertThat(analyze("tokio-web-service").out()).contains("  1 member, ").doesNotContain("1 members");
  }

  @Test
  void asyncStdAppIsDiscontinued() throws IOException {
    JsonNode a = json("async-std-app");
    assertThat(runtimes(a).get("async-std").get("status").asText()).isEqualTo("in-use");
    assertThat(findingIds(a)).contains("RTA002");
    assertThat(a.at("/members/0/advisories").toString()).contains("RUSTSEC-2025-0052");
  }

  @Test
  void smolApp() throws IOException {
    JsonNode a = json("smol-app");
    assertThat(runtimes(a).get("smol").get("status").asText()).isEqualTo("in-use");
    assertThat(runtimes(a)).doesNotContainKey("async-std");
    assertThat(findingIds(a)).doesNotContain("RTA001", "RTA002", "RTA003");
  }

  @Test
  void embassyFirmwareIsNoStd() throws IOException {
    JsonNode a = json("embassy-firmware");
    assertThat(runtimes(a).get("embassy").get("status").asText()).isEqualTo("in-use");
    assertThat(a.at("/members/0/inferred/std/value").asBoolean()).isFalse();
    assertThat(a.at("/members/0/inferred/platform/value").asText()).isEqualTo("embedded");
    assertThat(a.at("/members/0/recommendation/primary").asText()).isEqualTo("embassy");
  }

  @Test
  void stdThreadsServerRunsNoRuntime() throws IOException {
    JsonNode a = json("std-threads-server");
    assertThat(a.at("/members/0/runtimes").size()).isZero();
    assertThat(a.at("/members/0/asyncRuntime").asBoolean()).isFalse();
    // binding a TcpListener makes it a server; with no runtime, the recommendation says so
    assertThat(a.at("/members/0/inferred/platform/value").asText()).isEqualTo("server");
    assertThat(analyze("std-threads-server").out()).contains("no async runtime is in use; if you adopt one: ");
    assertThat(findingIds(a)).doesNotContain("RTA004");
  }

  @Test
  void tonicServiceNeedsGrpc() throws IOException {
    JsonNode a = json("tonic-service");
    assertThat(a.at("/members/0/inferred/grpc/value").asBoolean()).isTrue();
    assertThat(a.at("/members/0/recommendation/primary").asText()).isEqualTo("tokio");
  }

  @Test
  void asyncStdWithReqwestHasAMismatch() throws IOException {
    JsonNode a = json("async-std-reqwest");
    Map<String, JsonNode> rt = runtimes(a);
    assertThat(rt.get("async-std").get("status").asText()).isEqualTo("in-use");
    assertThat(rt.get("tokio").get("status").asText()).isEqualTo("pulled-in");
    assertThat(rt.get("tokio").at("/paths/0/path").asText()).isEqualTo("poller → reqwest → tokio");
    assertThat(findingIds(a)).contains("RTA003", "RTA002").doesNotContain("RTA001");
  }

  @Test
  void runtimeBehindAFeatureIsNamed() throws IOException {
    JsonNode a = json("runtime-behind-feature");
    boolean named = false;
    for (JsonNode r : a.at("/members/0/runtimes")) {
      for (JsonNode p : r.get("paths")) {
        if (p.get("activation").asText().equals("feature")) {
          named |= !p.get("feature").isNull();
        }
      }
    }
    assertThat(named).as("some path is behind a named feature").isTrue();
    // The code gated by #[cfg(feature = "rt-tokio")] runs Tokio only with that feature; rt-smol is a default
    // feature, so smol is always on.
    assertThat(runtimes(a).get("tokio").get("feature").asText()).isEqualTo("rt-tokio");
    assertThat(runtimes(a).get("smol").get("activation").asText()).isEqualTo("always");
    assertThat(findingIds(a)).doesNotContain("RTA001");
  }

  @Test
  void tokioOnlyInDevDependencies() throws IOException {
    JsonNode a = json("tokio-dev-only");
    JsonNode tokio = runtimes(a).get("tokio");
    // Run by the tests only: in use, but dev-only, so nothing in the shipped crate depends on a runtime.
    assertThat(tokio.get("activation").asText()).isEqualTo("dev");
    assertThat(tokio.at("/paths/0/activation").asText()).isEqualTo("dev");
    assertThat(tokio.at("/evidence/0/file").asText()).isEqualTo("tests/limits.rs");
    assertThat(findingIds(a)).isEmpty();
  }

  @Test
  void workspaceMembersIgnoresAndStaleIgnores() throws IOException {
    JsonNode a = json("workspace");
    assertThat(a.get("members").toString()).contains("api", "worker", "shared").doesNotContain("legacy");
    assertThat(findingIds(a)).contains("RTA001", "RTA008");
    assertThat(a.get("ignored").size()).isPositive();
    for (JsonNode f : a.get("ignored")) {
      assertThat(f.get("reason").asText()).isNotBlank();
    }
  }
}
