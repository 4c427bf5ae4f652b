package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values of the wrong type, out of range, too large or nested too deeply in the files rta reads (Cargo.toml,
 * Cargo.lock, rta.toml, Rust sources, SOURCE_DATE_EPOCH): exit 2 with file:line:col and what was expected, never an
 * internal error; one bad member or file does not stop the analysis of the others (issue 9, items 6 to 8).
 */
class MalformedInputTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path write(String relative, String content) throws IOException {
    return dev.rta.testing.TempFiles.write(dir, relative, content);
  }

  Cli.Result analyze(String... more) {
    List<String> args = new ArrayList<>(List.of("analyze", dir.toString(), "--no-cargo"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertUserError(Cli.Result r, String... fragments) {
    assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.err()).as("stderr").startsWith("rta: ").doesNotContain("internal error").doesNotContain("Exception")
        .doesNotContain("\tat ").doesNotContain("tomlj");
    for (String f : fragments) {
      assertThat(r.err()).as("stderr").contains(f);
    }
  }

  static final String PKG = "[package]\nname = \"app\"\nversion = \"0.1.0\"\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      name = 5                  | [package]\\nname = 5\\n                                        | Cargo.toml:2:1: 'package.name' must be a string, but is an integer
      package = 5               | package = 5\\n                                                  | Cargo.toml:1:1: 'package' must be a table, but is an integer
      workspace = 5             | workspace = 5\\n[package]\\nname = "app"\\n                     | Cargo.toml:1:1: 'workspace' must be a table, but is an integer
      optional = "yes"          | PKG[dependencies]\\ntokio = { version = "1", optional = "yes" }\\n | Cargo.toml:5:26: 'dependencies.tokio.optional' must be a boolean, but is a string
      features = "rt"           | PKG[dependencies]\\ntokio = { version = "1", features = "rt" }\\n  | Cargo.toml:5:26: 'dependencies.tokio.features' must be an array of strings, but is a string
      features = [5]            | PKG[dependencies]\\ntokio = { version = "1", features = [5] }\\n   | Cargo.toml:5:38: 'dependencies.tokio.features[0]' must be a string, but is an integer
      default-features = "no"   | PKG[dependencies]\\ntokio = { default-features = "no" }\\n          | 'dependencies.tokio.default-features' must be a boolean, but is a string
      workspace = "yes"         | PKG[dependencies]\\ntokio = { workspace = "yes" }\\n                | 'dependencies.tokio.workspace' must be a boolean, but is a string
      path = 5                  | PKG[dependencies]\\nlocal = { path = 5 }\\n                         | Cargo.toml:5:11: 'dependencies.local.path' must be a string, but is an integer
      package = 5 (rename)      | PKG[dependencies]\\nrt = { package = 5 }\\n                         | 'dependencies.rt.package' must be a string, but is an integer
      target x = 5              | PKG[target]\\nx = 5\\n                                          | Cargo.toml:5:1: 'target.x' must be a table, but is an integer
      features default = 5      | PKG[features]\\ndefault = 5\\n                                  | Cargo.toml:5:1: 'features.default' must be an array of strings, but is an integer
      members = 5               | [workspace]\\nmembers = 5\\n                                     | Cargo.toml:2:1: 'workspace.members' must be an array of strings, but is an integer
      members = [5]             | [workspace]\\nmembers = [5]\\n                                   | 'workspace.members[0]' must be a string, but is an integer
      members broken glob       | [workspace]\\nmembers = ["crates/[a"]\\n                        | Cargo.toml:2:1: 'workspace.members' has 'crates/[a', which is not a valid glob
      exclude = true            | [workspace]\\nmembers = []\\nexclude = true\\n                   | Cargo.toml:3:1: 'workspace.exclude' must be an array of strings, but is a boolean
      metadata.rta = 5          | PKG[package.metadata]\\nrta = 5\\n                              | Cargo.toml:5:1: 'package.metadata.rta' must be a table, but is an integer
      ignore id = 5             | PKG[[package.metadata.rta.ignore]]\\nid = 5\\nreason = "r"\\n    | Cargo.toml:5:1: 'package.metadata.rta.ignore[0].id' must be a string, but is an integer
      ignore path broken glob   | PKG[[package.metadata.rta.ignore]]\\nid = "RTA002"\\nreason = "r"\\npath = "src/[a"\\n | Cargo.toml:7:1: 'package.metadata.rta.ignore[0].path' has 'src/[a', which is not a valid glob
      path with a NUL           | PKG[dependencies]\\nlocal = { path = "a\\u0000b" }\\n                | Cargo.toml:5:11: 'dependencies.local.path' is not a valid path
      """)
  void aRootManifestWithAValueOfTheWrongTypeIsAUserError(String name, String manifest, String expected)
      throws IOException {
    write("Cargo.toml", manifest.replace("PKG", PKG).replace("\\n", "\n"));
    write("src/main.rs", "fn main() {}\n");
    Cli.Result r = analyze();
    assertUserError(r, expected);
  }

  @Test
  void aMemberWithAValueOfTheWrongTypeDoesNotHideTheOthers() throws IOException {
    write("Cargo.toml", "[workspace]\nmembers = [\"good\", \"bad\"]\nresolver = \"2\"\n");
    write("good/Cargo.toml", "[package]\nname = \"good\"\nversion = \"0.1.0\"\n[dependencies]\nasync-std = \"1.12\"\n");
    write("good/src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    write("bad/Cargo.toml", "[package]\nname = 5\n[dependencies]\ntokio = { optional = \"yes\" }\n");
    write("bad/src/lib.rs", "pub fn f() {}\n");
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertUserError(r, "bad/Cargo.toml:2:1: 'package.name' must be a string, but is an integer",
        "bad/Cargo.toml:4:11: 'dependencies.tokio.optional' must be a boolean, but is a string");
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.get("members")).hasSize(1);
    assertThat(a.at("/members/0/name").asText()).isEqualTo("good");
    assertThat(a.at("/members/0/runtimes/0/id").asText()).isEqualTo("async-std");
    assertThat(a.get("problems")).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      name = 5                 | version = 3\\n[[package]]\\nname = 5\\nversion = "0.1.0"\\n      | Cargo.lock:3:1: 'package[0].name' must be a string, but is an integer
      package = 5              | version = 3\\npackage = 5\\n                                   | Cargo.lock:2:1: 'package' must be an array of tables, but is an integer
      package = [5]            | version = 3\\npackage = [5]\\n                                 | Cargo.lock:2:12: 'package[0]' must be a table, but is an integer
      dependencies = "x"       | version = 3\\n[[package]]\\nname = "app"\\nversion = "0.1.0"\\ndependencies = "x"\\n | Cargo.lock:5:1: 'package[0].dependencies' must be an array of strings, but is a string
      version = "3"            | version = "3"\\n                                                | Cargo.lock:1:1: 'version' must be an integer, but is a string
      version = 99             | version = 99\\n                                                 | Cargo.lock:1:1: lockfile version 99 is not supported
      """)
  void aLockfileWithAValueOfTheWrongTypeIsReportedAndTheManifestsAreUsed(String name, String lock, String expected)
      throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\nasync-std = \"1.12\"\n");
    write("src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    write("Cargo.lock", lock.replace("\\n", "\n"));
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertUserError(r, expected);
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/members/0/runtimes/0/id").asText()).isEqualTo("async-std");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ignore = 5              | ignore = 5\\n                                       | rta.toml:1:1: 'ignore' must be a list of tables with id and reason
      id = 5                  | [[ignore]]\\nid = 5\\nreason = "r"\\n                | rta.toml:2:1: 'ignore[0].id' must be a string, but is an integer
      crate = 5               | [[ignore]]\\nid = "RTA002"\\nreason = "r"\\ncrate = 5\\n | rta.toml:4:1: 'ignore[0].crate' must be a string, but is an integer
      reason = true           | [[ignore]]\\nid = "RTA002"\\nreason = true\\n         | rta.toml:3:1: 'ignore[0].reason' must be a string, but is a boolean
      path broken glob        | [[ignore]]\\nid = "RTA002"\\nreason = "r"\\npath = "{a"\\n | rta.toml:4:1: 'ignore[0].path' has '{a', which is not a valid glob
      """)
  void anRtaTomlWithAValueOfTheWrongTypeIsAUserError(String name, String config, String expected) throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\nasync-std = \"1.12\"\n");
    write("src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    write("rta.toml", config.replace("\\n", "\n"));
    assertUserError(analyze(), expected);
  }

  @ParameterizedTest
  @CsvSource({"99999999999999999999", "99999999999999999", "253402300800", "-5", "1.5e9", "yesterday"})
  void aSourceDateEpochOutOfRangeIsAUserError(String value) {
    Map<String, String> env = Cli.env();
    env.put("SOURCE_DATE_EPOCH", value);
    Cli.Result r = Cli.run(env, "", "recommend", "--set", "platform=server");
    assertUserError(r, "SOURCE_DATE_EPOCH", "'" + value + "'", "253402300799");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void theLargestSourceDateEpochIsTheLastDayOf9999() {
    Map<String, String> env = Cli.env();
    env.put("SOURCE_DATE_EPOCH", "253402300799");
    Cli.Result r = Cli.run(env, "", "recommend", "--set", "platform=server", "--format", "markdown");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("9999-12-31");
  }

  // ---- item 7: sizes --------------------------------------------------------------------------

  @Test
  void aManifestOverTheLimitIsAUserErrorNamingTheLimit() throws IOException {
    StringBuilder big = new StringBuilder(PKG).append("[features]\n");
    for (int i = 0; big.length() <= 2 * 1024 * 1024; i++) {
      big.append("feature-number-").append(i).append(" = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\"]\n");
    }
    write("Cargo.toml", big.toString());
    write("src/main.rs", "fn main() {}\n");
    Cli.Result r = analyze();
    assertUserError(r, "Cargo.toml: larger than 2 MiB, the most rta reads of a Cargo.toml");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void aLockfileOverTheLimitIsReportedAndTheManifestsAreUsed() throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\nasync-std = \"1.12\"\n");
    write("src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    StringBuilder big = new StringBuilder("version = 3\n");
    for (int i = 0; big.length() <= 8 * 1024 * 1024; i++) {
      big.append("\n[[package]]\nname = \"crate-").append(i).append("\"\nversion = \"1.0.0\"\n")
          .append("source = \"registry+https://github.com/rust-lang/crates.io-index\"\n");
    }
    write("Cargo.lock", big.toString());
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertUserError(r, "Cargo.lock: larger than 8 MiB, the most rta reads of a Cargo.lock");
    assertThat(JSON.readTree(r.out()).at("/resolution/graph").asText()).isEqualTo("manifests");
  }

  // tomlj stops at 128 levels itself: these two pin that down (a StackOverflowError would be an internal error)
  @Test
  void tomlNestedTooDeeplyIsAUserError() throws IOException {
    write("Cargo.toml", PKG + "[package.metadata]\nx = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    write("src/main.rs", "fn main() {}\n");
    Cli.Result r = analyze();
    assertUserError(r, "Cargo.toml:5:", "Nesting is too deep");
  }

  @Test
  void anInlineTableNestedTooDeeplyIsAUserError() throws IOException {
    write("Cargo.toml", PKG + "[package.metadata]\nx = " + "{a=".repeat(50_000) + "1" + "}".repeat(50_000) + "\n");
    write("src/main.rs", "fn main() {}\n");
    assertUserError(analyze(), "Cargo.toml:5:", "Nesting is too deep");
  }

  // ---- item 8: sources that nest too deeply ----------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nested modules     | mod a {                | fn f() { tokio::spawn(async {}); } | }
      nested use trees   | use tokio::{a::        | b                                  | };
      nested parentheses | fn g() { let x = (     | 1                                  | ); }
      nested blocks      | async fn h() { {       | tokio::spawn(async {});            | } }
      """)
  void aSourceFileNestedTooDeeplyIsSkippedCountedAndNamed(String name, String open, String middle, String close)
      throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\ntokio = { version = \"1\", features = [\"full\"] }\n");
    write("src/main.rs", "mod deep;\n#[tokio::main]\nasync fn main() {}\n");
    int n = 100_000;
    write("src/deep.rs", open.repeat(n) + middle + close.repeat(n) + "\n");
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertUserError(r, "src/deep.rs: skipped: brackets nested deeper than 256");
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/stats/skippedTooDeep").asInt()).isEqualTo(1);
    assertThat(a.at("/stats/rustFiles").asInt()).isEqualTo(1);
    assertThat(a.at("/members/0/runtimes/0/id").asText()).isEqualTo("tokio");
    assertThat(a.at("/problems/0/location/file").asText()).isEqualTo("src/deep.rs");
  }

  @Test
  void aSourceFileThatOverflowsTheStackAllTheSameIsSkippedCountedAndNamed() throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\ntokio = { version = \"1\", features = [\"full\"] }\n");
    write("src/main.rs", "mod paths;\n#[tokio::main]\nasync fn main() {}\n");
    // no deep brackets, but a macro body whose path the scanner's regular expression follows segment by segment
    write("src/paths.rs", "async fn f() { tokio::spawn(async {}); m!(" + "a::".repeat(60_000) + "a()); }\n");
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertUserError(r, "src/paths.rs: skipped: reading it overflowed the stack");
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/stats/skippedTooDeep").asInt()).isEqualTo(1);
    assertThat(a.at("/members/0/runtimes/0/id").asText()).isEqualTo("tokio");
  }

  @Test
  void aSourceFileNestedJustUnderTheLimitIsRead() throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\ntokio = { version = \"1\", features = [\"full\"] }\n");
    int n = 250;
    write("src/main.rs", "mod a { ".repeat(n) + "async fn f() { tokio::spawn(async { std::thread::sleep("
        + "std::time::Duration::from_secs(1)); }); }" + " }".repeat(n) + "\n#[tokio::main]\nasync fn main() {}\n");
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/stats/skippedTooDeep").asInt()).isZero();
    assertThat(a.at("/stats/rustFiles").asInt()).isEqualTo(1);
    assertThat(a.get("findings").toString()).as("the blocking call deep inside is found").contains("RTA004");
  }

  @Test
  void aLockfileWithADependencyChainThousandsDeepIsResolved() throws IOException {
    write("Cargo.toml", PKG + "[dependencies]\na0 = \"1\"\n");
    write("src/main.rs", "fn main() {}\n");
    int n = 50_000; // 4.7 MB, under the lockfile limit; the feature resolution used to recurse once per package
    StringBuilder lock = new StringBuilder("version = 3\n\n[[package]]\nname = \"app\"\nversion = \"0.1.0\"\n"
        + "dependencies = [\"a0\"]\n");
    for (int i = 0; i < n; i++) {
      lock.append("\n[[package]]\nname = \"a").append(i).append("\"\nversion = \"1.0.0\"\nsource = \"registry+x\"\n")
          .append("dependencies = [\"").append(i + 1 < n ? "a" + (i + 1) : "tokio").append("\"]\n");
    }
    lock.append("\n[[package]]\nname = \"tokio\"\nversion = \"1.0.0\"\nsource = \"registry+x\"\n");
    write("Cargo.lock", lock.toString());
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).at("/stats/graph").asText()).isEqualTo("lockfile");
  }

  @Test
  void tomlTheParserFailsOnIsASyntaxError() throws IOException {
    // found by fuzzing: tomlj throws a NullPointerException on this broken inline table instead of reporting it
    try (var in = MalformedInputTest.class.getResourceAsStream(
        "/dev/rta/analyzer/CargoFilesFuzzTestInputs/manifest/crash-tomlj-npe-broken-inline-table")) {
      Files.write(dir.resolve("Cargo.toml"), in.readAllBytes());
    }
    write("src/main.rs", "fn main() {}\n");
    Cli.Result r = analyze();
    assertUserError(r, "Cargo.toml: TOML syntax error (the TOML parser could not say where)");
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
