package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the source scan finds in the small projects under {@code src/test/resources/analyzer-scan/}: #[apply] entry
 * points, non-Tokio executors driving Tokio libraries (RTA010), runtimes built in async code (RTA011), block_on
 * reached through local calls (RTA005), the same with the selective parse and with {@code --full-parse}.
 */
class SourceScanFindingsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FIXTURES = Path.of("src/test/resources/analyzer-scan");

  static JsonNode analyze(String fixture, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", FIXTURES.resolve(fixture).toString(), "--no-cargo",
        "--format", "json", "--fail-on", "never"));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** The findings with this id, as "file:line:column level confidence | message". */
  static List<String> findings(JsonNode a, String id) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : a.get("findings")) {
      if (f.get("id").asText().equals(id)) {
        JsonNode l = f.get("location");
        out.add(l.get("file").asText() + ":" + l.get("line").asInt() + ":" + l.get("column").asInt() + " "
            + f.get("level").asText() + " " + f.get("confidence").asText() + " | " + f.get("message").asText());
      }
    }
    return out;
  }

  static List<String> runtimeIds(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.at("/members/0/runtimes").forEach(r -> out.add(r.get("id").asText() + ":" + r.get("status").asText()));
    return out;
  }

  @Test
  void anUnrelatedApplyInATokioServerIsNotSmol() throws IOException {
    JsonNode a = analyze("apply-tokio");
    assertThat(runtimeIds(a)).containsExactly("tokio:in-use");
    assertThat(a.get("findings").toString()).doesNotContain("RTA001");
    assertThat(a.toString()).doesNotContain("macro_rules_attribute::apply");
  }

  @Test
  void applyOfSmolMacrosIsSmolWithTheMacroAsEvidence() throws IOException {
    JsonNode a = analyze("apply-smol");
    JsonNode smol = null;
    for (JsonNode r : a.at("/members/0/runtimes")) {
      if (r.get("id").asText().equals("smol")) {
        smol = r;
      }
    }
    assertThat(smol).isNotNull();
    List<String> evidence = new ArrayList<>();
    smol.get("evidence").forEach(e -> evidence.add(e.get("file").asText() + ":" + e.get("line").asInt() + " "
        + e.get("text").asText()));
    assertThat(evidence).contains("src/main.rs:5 smol_macros::main!", "tests/relay.rs:4 smol_macros::test!",
        "tests/relay.rs:9 smol_macros::test!");
    assertThat(a.toString()).doesNotContain("macro_rules_attribute::apply");
  }

  @Test
  void aNonTokioExecutorDrivingATokioLibraryIsAnError() throws IOException {
    JsonNode a = analyze("foreign-executor");
    assertThat(findings(a, "RTA010")).containsExactly(
        "src/main.rs:7:16 error high | futures::executor::block_on drives reqwest::get, which needs a running Tokio"
            + " runtime: it panics with \"there is no reactor running\" (futures::executor::block_on → reqwest::get)",
        "src/main.rs:9:16 error high | pollster::block_on drives reqwest::Client::new, which needs a running Tokio"
            + " runtime: it panics with \"there is no reactor running\" (pollster::block_on → client →"
            + " reqwest::Client::new)",
        "src/main.rs:19:13 error high | pollster::block_on drives reqwest::Client, which needs a running Tokio"
            + " runtime: it panics with \"there is no reactor running\" (pollster::block_on → client → reqwest::Client)",
        "src/main.rs:10:15 warning medium | futures::executor::block_on drives reqwest::get, which needs a running Tokio"
            + " runtime: it panics with \"there is no reactor running\" (futures::executor::block_on → fetch_len →"
            + " reqwest::get) (through a local call matched by function name; lower confidence)");
    // line 11: Compat::new; 12: a local async fn without Tokio libraries; 13: reqwest::blocking;
    // 14: sqlx built for async-std: none of them is RTA010.
  }

  @Test
  void aCompatWrappedFutureUnderSmolIsFine() throws IOException {
    JsonNode a = analyze("smol-compat");
    assertThat(findings(a, "RTA010")).containsExactly(
        "src/main.rs:9:5 warning medium | smol::block_on drives reqwest::get, which needs a running Tokio runtime: it"
            + " panics with \"there is no reactor running\" (smol::block_on → fetch → reqwest::get) (through a local"
            + " call matched by function name; lower confidence)");
  }

  @Test
  void aRuntimeBuiltInsideAsyncCodeIsAWarning() throws IOException {
    JsonNode a = analyze("runtime-in-async");
    assertThat(findings(a, "RTA011")).containsExactly(
        "src/main.rs:5:14 warning high | tokio::runtime::Runtime::new builds a Tokio runtime inside async code: it"
            + " panics when dropped or block_on'd there",
        "src/main.rs:8:21 warning high | tokio::runtime::Builder::new_current_thread builds a Tokio runtime inside"
            + " async code: it panics when dropped or block_on'd there");
    // line 13 is in a thread's closure, line 21 in a sync fn: not async code
  }

  @Test
  void blockOnReachedFromAsyncCodeThroughCallsIsReportedWithItsChain() throws IOException {
    JsonNode a = analyze("block-on-chain");
    String low = " (matched by function name; lower confidence)";
    assertThat(findings(a, "RTA005")).containsExactly(
        "src/handlers.rs:4:17 warning medium | the call to load_config reaches a block_on from async code: handle →"
            + " load_config → read_remote → futures::executor::block_on" + low,
        "src/handlers.rs:6:5 warning medium | the call to second reaches a block_on from async code: handle → second →"
            + " third → futures::executor::block_on" + low,
        "src/main.rs:8:18 warning medium | the call to load_config reaches a block_on from async code: main →"
            + " load_config → read_remote → futures::executor::block_on" + low,
        "src/main.rs:9:17 warning medium | the call to open reaches a block_on from async code: main → open → .block_on"
            + low,
        "src/main.rs:10:19 warning medium | the call to get reaches a block_on from async code: main → get → .block_on"
            + low,
        "src/main.rs:11:5 warning medium | the call to first reaches a block_on from async code: main → first → second →"
            + " third → futures::executor::block_on" + low);
    // Not reported: outer() is four calls away (line 12), load_config inside spawn_blocking (line 13),
    // offline() is only called from sync code and from a test.
    assertThat(findings(a, "RTA010")).containsExactly(
        "src/main.rs:23:20 error high | futures::executor::block_on drives reqwest::get, which needs a running Tokio"
            + " runtime: it panics with \"there is no reactor running\" (futures::executor::block_on → reqwest::get)");
  }

  @ParameterizedTest
  @CsvSource({"block-on-chain, RTA005", "block-on-chain, RTA010", "foreign-executor, RTA010", "smol-compat, RTA010",
      "runtime-in-async, RTA011", "apply-smol, smol_macros::main!"})
  void theSelectiveParseFindsWhatTheFullParseFinds(String fixture, String shown) throws IOException {
    JsonNode selective = analyze(fixture);
    JsonNode full = analyze(fixture, "--full-parse");
    assertThat(selective.get("findings").toString() + selective.at("/members/0/runtimes")).contains(shown);
    assertThat(selective.get("findings")).isEqualTo(full.get("findings"));
    assertThat(selective.at("/members/0/runtimes")).isEqualTo(full.at("/members/0/runtimes"));
  }
}
