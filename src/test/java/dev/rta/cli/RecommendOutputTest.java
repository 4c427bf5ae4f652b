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
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every output format of `rta recommend`, as golden files, in both languages; JSON against its schema. */
class RecommendOutputTest {
  /** Named cases: a recommendation that changed since the document, a conflict, a plain one, nothing known. */
  static final List<String[]> CASES = List.of(
      new String[] {"std-api-server", "--set", "platform=server", "--set", "high-throughput=false", "--set", "std-api=true"},
      new String[] {"web-service", "--set", "platform=server", "--set", "project-type=web-api", "--set", "long-term=true",
          "--set", "features=tls,file-io", "--set", "databases=postgres", "--set", "team-experience=tokio"},
      new String[] {"conflict", "--set", "std=false", "--set", "grpc=true", "--set", "long-term=true"},
      new String[] {"embedded", "--set", "platform=embedded", "--set", "hard-realtime=true", "--set", "features=timers,channels"},
      new String[] {"nothing-known"});

  static Stream<Arguments> outputs() {
    List<Arguments> out = new ArrayList<>();
    for (String[] c : CASES) {
      for (String format : List.of("text", "json", "markdown")) {
        for (String lang : List.of("en", "zh")) {
          for (String baseline : List.of("current", "seed")) {
            if (baseline.equals("seed") && !format.equals("json")) {
              continue;
            }
            out.add(Arguments.of(c[0], format, lang, baseline, List.of(c).subList(1, c.length)));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("outputs")
  void matchesItsGoldenFile(String name, String format, String lang, String baseline, List<String> sets) throws IOException {
    List<String> args = new ArrayList<>(List.of("--lang", lang, "recommend", "--format", format, "--baseline", baseline));
    args.addAll(sets);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(name.equals("conflict") ? 1 : 0);
    String ext = switch (format) {
      case "json" -> "json";
      case "markdown" -> "md";
      default -> "txt";
    };
    Golden.assertMatches("recommend/" + name + "." + baseline + "." + lang + "." + ext, r.out());
    if (format.equals("json")) {
      assertValid(r.out());
    }
  }

  static void assertValid(String json) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("schema/recommend.schema.json"))) {
      schema = factory.getSchema(in);
    }
    JsonNode node = new ObjectMapper().readTree(json);
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors).as("schema errors").isEmpty();
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    Cli.Result r = Cli.run("recommend", "--format", "json", "--set", "std-api=true", "--set", "platform=server");
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("schemaVersion").asText()).isEqualTo("1.1");
    assertThat(n.get("baseline").asText()).isEqualTo("current");
    assertThat(n.at("/recommendation/primary").asText()).isEqualTo("smol");
    assertThat(n.at("/recommendation/conflict").isNull()).isTrue();
    assertThat(n.at("/recommendation/alternatives/0/runtime").asText()).isEqualTo("tokio");
    assertThat(n.at("/rejected/0/runtime").asText()).isEqualTo("async-std");
    assertThat(n.at("/trace/0/rule").asText()).isNotEmpty();
    assertThat(n.at("/advisories/0/id").asText()).isEqualTo("RUSTSEC-2025-0052");
    assertThat(n.get("unknown").isArray()).isTrue();
  }

  @Test
  void conflictNamesTheAnswersThatCannotHoldTogether() throws IOException {
    Cli.Result r = Cli.run("recommend", "--format", "json", "--set", "std=false", "--set", "libraries=tonic,serde",
        "--set", "long-term=true");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.at("/recommendation/primary").isNull()).isTrue();
    assertThat(n.at("/recommendation/conflict/answers").toString()).isEqualTo("[\"std\",\"libraries\"]");
    assertThat(n.at("/recommendation/conflict/values/libraries").asText()).isEqualTo("tonic");
  }

  @Test
  void quietPrintsOnlyTheRuntime() {
    assertThat(Cli.run("recommend", "-q", "--set", "platform=embedded").out()).isEqualTo("embassy\n");
    assertThat(Cli.run("recommend", "-q", "--set", "std=false", "--set", "grpc=true").out()).isEqualTo("conflict\n");
  }

  @Test
  void outputFileIsWrittenAndStdoutStaysEmpty(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("sub/adr.md");
    Cli.Result r = Cli.run("recommend", "--format", "markdown", "-o", file.toString(), "--set", "platform=server");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("---\nstatus: proposed\n");
  }
}
