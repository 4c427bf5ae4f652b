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

/** `rta analyze` on projects written in the test: bad input, skipped files, ignores, exit codes, languages. */
class AnalyzeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path write(String relative, String content) throws IOException {
    return dev.rta.testing.TempFiles.write(dir, relative, content);
  }

  static String pkg(String name, String deps) {
    return "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n" + deps;
  }

  Cli.Result analyze(String... more) {
    List<String> args = new ArrayList<>(List.of("analyze", dir.toString(), "--no-cargo"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  JsonNode json(String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("--format", "json", "--fail-on", "never"));
    args.addAll(List.of(more));
    Cli.Result r = analyze(args.toArray(String[]::new));
    return JSON.readTree(r.out());
  }

  @Test
  void aMissingPathIsOneLineAndExitTwo() {
    Cli.Result r = Cli.run("analyze", dir.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("nope").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aDirectoryWithoutCargoTomlSaysSo() {
    Cli.Result r = analyze();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Cargo.toml").doesNotContain("Exception");
  }

  @Test
  void aMalformedRootManifestNamesFileAndLine() throws IOException {
    write("Cargo.toml", "[package]\nname = \"broken\"\nversion = \"0.1.0\n");
    Cli.Result r = analyze();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Cargo.toml:3").doesNotContain("Exception");
  }

  @Test
  void oneMalformedMemberDoesNotHideTheOthers() throws IOException {
    write("Cargo.toml", "[workspace]\nmembers = [\"good\", \"bad\"]\nresolver = \"2\"\n");
    write("good/Cargo.toml", pkg("good", "async-std = \"1.12\"\n"));
    write("good/src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    write("bad/Cargo.toml", "[package\nname = \"bad\"\n");
    write("bad/src/lib.rs", "pub fn f() {}\n");
    Cli.Result r = analyze("--format", "json", "--fail-on", "never");
    assertThat(r.exit()).as("a problem still exits 2 after the output").isEqualTo(2);
    assertThat(r.err()).contains("bad" + java.io.File.separator + "Cargo.toml:1").doesNotContain("Exception");
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.at("/members/0/name").asText()).isEqualTo("good");
    assertThat(a.at("/members/0/runtimes/0/id").asText()).isEqualTo("async-std");
    assertThat(a.get("findings").toString()).contains("RTA002");
    assertThat(a.get("problems").size()).isEqualTo(1);
    assertThat(a.at("/problems/0/location/file").asText()).isEqualTo("bad/Cargo.toml");
  }

  @Test
  void unreadableSourcesAreSkippedAndCounted() throws IOException {
    write("Cargo.toml", pkg("odd", "tokio = { version = \"1\", features = [\"full\"] }\n"));
    write("src/main.rs", "mod weird;\nmod latin1;\nmod blob;\nmod huge;\nmod cycle;\n#[tokio::main]\nasync fn main() {}\n");
    Files.write(dir.resolve("src/latin1.rs"), new byte[] {'/', '/', ' ', (byte) 0xe9, (byte) 0xff, '\n'});
    Files.write(dir.resolve("src/blob.rs"), new byte[] {0, 1, 2, 3, 0, 0, 'x'});
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 5 * 1024 * 1024) {
      huge.append("pub const X: u32 = 1; // padding padding padding padding padding\n");
    }
    write("src/huge.rs", huge.toString());
    try {
      Files.createSymbolicLink(dir.resolve("src/cycle.rs"), Path.of("cycle2.rs"));
      Files.createSymbolicLink(dir.resolve("src/cycle2.rs"), Path.of("cycle.rs"));
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symlinks here: " + e);
    }
    JsonNode a = json();
    JsonNode s = a.get("stats");
    assertThat(s.get("skippedNonUtf8").asInt()).isEqualTo(1);
    assertThat(s.get("skippedBinary").asInt()).isEqualTo(1);
    assertThat(s.get("skippedLarge").asInt()).isEqualTo(1);
    assertThat(s.get("skippedSymlinkLoops").asInt()).isEqualTo(1);
    assertThat(s.get("rustFiles").asInt()).isEqualTo(1);
    assertThat(a.at("/members/0/runtimes/0/evidence/0/file").asText()).isEqualTo("src/main.rs");
    Cli.Result text = analyze("--fail-on", "never");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("skipped");
  }

  @Test
  void anIgnoreWithoutAReasonIsAnError() throws IOException {
    write("Cargo.toml", pkg("app", "async-std = \"1.12\"\n") + "\n[package.metadata.rta]\nignore = [{ id = \"RTA002\" }]\n");
    write("src/main.rs", "fn main() {}\n");
    Cli.Result r = analyze();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Cargo.toml:").contains("reason");
  }

  @Test
  void ignoresInRtaTomlSilenceAFindingAndStaleOnesAreReported() throws IOException {
    write("Cargo.toml", pkg("app", "async-std = \"1.12\"\n"));
    write("src/main.rs", "fn main() {}\n");
    write("rta.toml", """
        [[ignore]]
        id = "RTA002"
        crate = "app"
        reason = "migration to smol is planned for Q1"

        [[ignore]]
        id = "RTA004"
        reason = "nothing blocks here"
        """);
    JsonNode a = json();
    assertThat(a.at("/ignored/0/id").asText()).isEqualTo("RTA002");
    assertThat(a.at("/ignored/0/reason").asText()).isEqualTo("migration to smol is planned for Q1");
    assertThat(a.get("findings")).hasSize(1);
    assertThat(a.at("/findings/0/id").asText()).isEqualTo("RTA008");
    assertThat(a.at("/findings/0/location/file").asText()).isEqualTo("rta.toml");
    assertThat(a.at("/findings/0/location/line").asInt()).isEqualTo(6);
  }

  @Test
  void failOnSetsTheExitCode() throws IOException {
    write("Cargo.toml", pkg("app", "async-std = \"1.12\"\n"));
    write("src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    // RTA002 is a warning: the default (error) passes, warning and note fail, never never fails.
    assertThat(analyze().exit()).isZero();
    assertThat(analyze("--fail-on", "warning").exit()).isEqualTo(1);
    assertThat(analyze("--fail-on", "note").exit()).isEqualTo(1);
    assertThat(analyze("--fail-on", "never").exit()).isZero();
    Cli.Result bad = analyze("--fail-on", "sometimes");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip().lines()).hasSize(1);
  }

  @Test
  void aStatedAnswerTheProjectContradictsIsReported() throws IOException {
    write("Cargo.toml", pkg("svc", "tonic = \"0.12\"\ntokio = { version = \"1\", features = [\"full\"] }\n"));
    write("src/main.rs", "#[tokio::main]\nasync fn main() {}\n");
    JsonNode a = json("--set", "std=false");
    JsonNode rta007 = null;
    for (JsonNode f : a.get("findings")) {
      if (f.get("id").asText().equals("RTA007")) {
        rta007 = f;
      }
    }
    assertThat(rta007).as("RTA007 in %s", a.get("findings")).isNotNull();
    assertThat(rta007.get("message").asText()).contains("std");
    assertThat(a.at("/members/0/answers/std").asBoolean()).isFalse();
  }

  @Test
  void setOverridesAnInferredAnswer() throws IOException {
    write("Cargo.toml", pkg("svc", "axum = \"0.8\"\ntokio = { version = \"1\", features = [\"full\"] }\n"));
    write("src/main.rs", "#[tokio::main]\nasync fn main() {}\n");
    assertThat(json().at("/members/0/answers/http").asBoolean()).isTrue();
    JsonNode a = json("--set", "platform=embedded");
    assertThat(a.at("/members/0/answers/platform").asText()).isEqualTo("embedded");
  }

  @Test
  void writesToAFileAndFromAnySubdirectory() throws IOException {
    write("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n");
    write("crates/a/Cargo.toml", pkg("a", "smol = \"2\"\n"));
    write("crates/a/src/main.rs", "fn main() { smol::block_on(async {}); }\n");
    Path out = dir.resolve("report.sarif");
    Cli.Result r = Cli.run("analyze", dir.resolve("crates/a/src").toString(), "--no-cargo", "--format", "sarif", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode sarif = JSON.readTree(out.toFile());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode a = JSON.readTree(Cli.run("analyze", dir.resolve("crates/a").toString(), "--no-cargo", "--format", "json").out());
    assertThat(a.at("/workspace/members").toString()).contains("\"a\"");
    assertThat(a.at("/members/0/runtimes/0/id").asText()).isEqualTo("smol");
  }

  @Test
  void fingerprintsAreUniqueAndSurviveMovedLines() throws IOException {
    write("Cargo.toml", pkg("app", "tokio = { version = \"1\", features = [\"full\"] }\n"));
    String body = "async fn a() { std::thread::sleep(std::time::Duration::from_secs(1)); }\n"
        + "async fn b() { std::thread::sleep(std::time::Duration::from_secs(2)); }\n";
    write("src/lib.rs", body);
    List<String> before = fingerprints(json());
    assertThat(before).hasSize(2).doesNotHaveDuplicates();
    write("src/lib.rs", "// a comment that moves every line down\n\n" + body);
    JsonNode moved = json();
    assertThat(moved.at("/findings/0/location/line").asInt()).isEqualTo(3);
    assertThat(fingerprints(moved)).isEqualTo(before);
  }

  static List<String> fingerprints(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.get("findings").forEach(f -> out.add(f.get("fingerprint").asText()));
    return out;
  }

  @Test
  void textCutsLongListsAndJsonKeepsThemAll() throws IOException {
    write("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n");
    for (int i = 0; i < 11; i++) {
      write("crates/m" + i + "/Cargo.toml", pkg("m" + i, "tokio = { version = \"1\", features = [\"full\"] }\n"));
      write("crates/m" + i + "/src/lib.rs", "pub async fn f() { std::thread::sleep(std::time::Duration::ZERO); }\n");
    }
    Cli.Result text = analyze("--fail-on", "never");
    // the workspace view cuts the member list; member sections stop after eight
    assertThat(text.out()).contains("m6 and 3 more\n", "… and 3 more members (--member NAME shows one");
    // every finding is listed, its hint once
    assertThat(text.out().split("RTA004", -1)).hasSize(12);
    assertThat(text.out().split("A blocking call stalls", -1)).hasSize(2);
    Cli.Result md = analyze("--fail-on", "never", "--format", "markdown");
    assertThat(md.out()).contains("| RTA004 | warning | 11 | A blocking call inside async code |", "and 3 more |",
        "… and 3 more members");
    JsonNode a = json();
    assertThat(a.get("members")).hasSize(11);
    // tokio is declared with its runtime features, but no source names it: declared, unused
    assertThat(a.at("/workspace/runtimes/0/declaredUnused")).hasSize(11);
    assertThat(a.at("/members/10/runtimes/0/status").asText()).isEqualTo("declared-unused");
  }

  @Test
  void aNestedPackageIsNotPartOfTheMember() throws IOException {
    // an archived crate with its own Cargo.toml inside the member's directory is not compiled with the member
    write("Cargo.toml", pkg("cli", "smol = \"2\"\n"));
    write("src/main.rs", "fn main() { smol::block_on(async {}); }\n");
    write("archive/old/Cargo.toml", pkg("old", "tokio = { version = \"1\", features = [\"full\"] }\n"));
    write("archive/old/src/main.rs", "#[tokio::main]\nasync fn main() {}\n");
    JsonNode a = json();
    assertThat(a.at("/members/0/runtimes").toString()).contains("\"smol\"").doesNotContain("tokio");
    assertThat(a.get("findings").toString()).doesNotContain("RTA001");
  }

  @Test
  void noStdUnlessAFeatureFollowsTheDefaultFeatures() throws IOException {
    String lib = "#![cfg_attr(not(feature = \"use-std\"), no_std)]\npub fn f() {}\n";
    write("Cargo.toml", pkg("proto", "serde = \"1\"\n") + "\n[features]\nuse-std = []\n");
    write("src/lib.rs", lib);
    assertThat(json().at("/members/0/inferred/std/value").asBoolean()).isFalse();
    write("Cargo.toml", pkg("proto", "serde = \"1\"\n") + "\n[features]\ndefault = [\"use-std\"]\nuse-std = []\n");
    assertThat(json().at("/members/0/inferred/std/value").asBoolean()).isTrue();
  }

  @Test
  void aToolchainTargetIsNotAStdMembersTarget() throws IOException {
    // rust-toolchain.toml installs the firmware's target for the whole workspace; the std host is not built for it
    write("Cargo.toml", "[workspace]\nmembers = [\"fw\", \"host\"]\n");
    write("rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\ntargets = [\"thumbv6m-none-eabi\"]\n");
    write("fw/Cargo.toml", pkg("fw", "embassy-executor = \"0.7\"\n"));
    write("fw/src/main.rs", "#![no_std]\n#![no_main]\n#[embassy_executor::main]\nasync fn main(_s: embassy_executor::Spawner) {}\n");
    write("host/Cargo.toml", pkg("host", "tokio = { version = \"1\", features = [\"full\"] }\n"));
    write("host/src/main.rs", "#[tokio::main]\nasync fn main() {}\n");
    JsonNode a = json();
    assertThat(a.at("/members/0/name").asText()).isEqualTo("fw");
    assertThat(a.at("/members/0/inferred/target/value").asText()).isEqualTo("thumbv6m-none-eabi");
    assertThat(a.at("/members/1/inferred/target").isMissingNode()).isTrue();
  }

  @Test
  void anOptionalDependencyShowsOnlyWhatItIs() throws IOException {
    // only the facts the optional dependency shows hold with its feature, not every value of every list
    write("Cargo.toml", pkg("svc", "serde = { version = \"1\", optional = true }\n"));
    write("src/lib.rs", "pub fn f() {}\n");
    JsonNode under = json().at("/members/0/underFeatures");
    assertThat(under).hasSize(1);
    assertThat(under.get(0).get("key").asText()).isEqualTo("libraries");
    assertThat(under.get(0).get("value").toString()).isEqualTo("[\"serde\"]");
    assertThat(under.get(0).get("feature").asText()).isEqualTo("serde");
  }

  @Test
  void aDatabaseBehindALibraryIsADatabase() throws IOException {
    write("Cargo.toml", pkg("svc", "tower-sessions-redis-store = \"0.15\"\nclap = \"4\"\n"));
    write("Cargo.lock", """
        version = 3

        [[package]]
        name = "svc"
        version = "0.1.0"
        dependencies = ["clap", "tower-sessions-redis-store"]

        [[package]]
        name = "tower-sessions-redis-store"
        version = "0.15.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        dependencies = ["redis", "serde"]

        [[package]]
        name = "redis"
        version = "0.27.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"

        [[package]]
        name = "serde"
        version = "1.0.200"
        source = "registry+https://github.com/rust-lang/crates.io-index"

        [[package]]
        name = "clap"
        version = "4.5.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        """);
    write("src/main.rs", "fn main() {}\n");
    JsonNode m = json().at("/members/0");
    assertThat(m.at("/inferred/databases/value").toString()).isEqualTo("[\"redis\"]");
    assertThat(m.at("/inferred/databases/evidence/0/text").asText()).isEqualTo("redis (through tower-sessions-redis-store)");
    // a crate under a library is no library choice of the member, and decides no single answer
    assertThat(m.at("/inferred/libraries").isMissingNode()).isTrue();
    assertThat(m.at("/inferred/platform/value").asText()).isEqualTo("desktop");
  }

  @Test
  void aPathDependencyInsideTheWorkspaceIsAMember() throws IOException {
    write("Cargo.toml", "[workspace]\nmembers = [\"app\"]\nexclude = [\"vendor/skip\"]\n");
    write("app/Cargo.toml", pkg("app", "display = { path = \"../display\" }\nskip = { path = \"../vendor/skip\" }\n"));
    write("app/src/main.rs", "fn main() {}\n");
    write("display/Cargo.toml", pkg("display", "smol = \"2\"\n"));
    write("display/src/lib.rs", "pub fn show() { smol::block_on(async {}) }\n");
    write("vendor/skip/Cargo.toml", pkg("skip", ""));
    write("vendor/skip/src/lib.rs", "pub fn f() {}\n");
    assertThat(json().at("/workspace/members").toString()).isEqualTo("[\"app\",\"display\"]");
  }

  @Test
  void memberSelectsOneMemberAndWhoseAnswersAreSaved() throws IOException {
    write("Cargo.toml", "[workspace]\nmembers = [\"fw\", \"host\"]\n");
    write("fw/Cargo.toml", pkg("fw", "embassy-executor = \"0.7\"\n"));
    write("fw/src/main.rs", "#![no_std]\n#![no_main]\n#[embassy_executor::main]\nasync fn main(_s: embassy_executor::Spawner) {}\n");
    write("host/Cargo.toml", pkg("host", "tokio = { version = \"1\", features = [\"full\"] }\n"));
    write("host/src/main.rs", "#[tokio::main]\nasync fn main() {}\n");
    Path answers = dir.resolve("answers.yaml");
    Cli.Result which = analyze("--save-answers", answers.toString());
    assertThat(which.exit()).isEqualTo(2);
    assertThat(which.out()).isEmpty();
    assertThat(which.err()).contains("--save-answers needs --member NAME").contains("members: fw, host")
        .doesNotContain("Exception");
    assertThat(answers).doesNotExist();
    Cli.Result unknown = analyze("--member", "nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no member 'nope'");
    Cli.Result host = analyze("--member", "host", "--save-answers", answers.toString(), "--format", "json");
    assertThat(host.exit()).as(host.err()).isZero();
    JsonNode a = JSON.readTree(host.out());
    assertThat(a.get("members")).hasSize(1);
    assertThat(a.at("/members/0/name").asText()).isEqualTo("host");
    assertThat(Files.readString(answers)).contains("std: true").doesNotContain("embedded");
  }

  @Test
  void sarifLocationsAreRootedAtTheRepository() throws IOException {
    Files.createDirectories(dir.resolve(".git")); // the repository's top level
    write("fw/Cargo.toml", pkg("fw", "tokio = { version = \"1\", features = [\"full\"] }\n"));
    write("fw/src/main.rs", "#[tokio::main]\nasync fn main() { std::thread::sleep(std::time::Duration::ZERO); }\n");
    Cli.Result r = Cli.run("analyze", dir.resolve("fw").toString(), "--no-cargo", "--format", "sarif", "--fail-on", "never");
    JsonNode sarif = JSON.readTree(r.out());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("fw/src/main.rs");
    assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/description/text").asText()).contains("repository");
    JsonNode json = JSON.readTree(Cli.run("analyze", dir.resolve("fw").toString(), "--no-cargo", "--format", "json",
        "--fail-on", "never").out());
    assertThat(json.get("repoPrefix").asText()).isEqualTo("fw/");
    assertThat(json.at("/findings/0/location/file").asText()).isEqualTo("src/main.rs");
  }

  static JsonNode runtime(JsonNode a, String id) {
    for (JsonNode r : a.at("/members/0/runtimes")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no runtime " + id + " in " + a.at("/members/0/runtimes"));
  }

  @Test
  void featuresNameWhatTheyEnable() throws IOException {
    // an optional dependency named in `default` is on by default; an implicit feature is named after the
    // dependency; a runtime a library's feature selects keeps the member feature that enables it
    write("Cargo.toml", pkg("db", """
        tokio = { version = "1", features = ["rt", "net"], optional = true }
        smol = { version = "2", optional = true }
        sqlx = { version = "0.8", optional = true }
        """) + "\n[features]\ndefault = [\"tokio\"]\nlegacy = [\"sqlx/runtime-async-std\", \"sqlx/postgres\"]\n");
    write("src/lib.rs", "pub async fn f() { let _ = tokio::net::TcpStream::connect(\"x\").await; }\n"
        + "#[cfg(feature = \"smol\")]\npub fn g() { smol::block_on(async {}) }\n");
    JsonNode a = json();
    assertThat(runtime(a, "tokio").get("activation").asText()).isEqualTo("always");
    assertThat(runtime(a, "smol").get("activation").asText()).isEqualTo("feature");
    assertThat(runtime(a, "smol").get("feature").asText()).isEqualTo("smol");
    JsonNode asyncStd = runtime(a, "async-std");
    assertThat(asyncStd.get("status").asText()).isEqualTo("in-use");
    assertThat(asyncStd.get("feature").asText()).isEqualTo("legacy");
    assertThat(asyncStd.at("/paths/0/path").asText()).isEqualTo("db → sqlx[runtime-async-std]");
    // the database the same feature brings holds with it, not always
    assertThat(a.at("/members/0/inferred/databases").isMissingNode()).isTrue();
    assertThat(a.at("/members/0/underFeatures").toString()).contains("postgres").contains("legacy");
  }

  @Test
  void aTokioLibraryBehindAFeatureWithItsCompatLayerIsFine() throws IOException {
    String main = "fn main() { smol::block_on(async {}); }\n";
    write("Cargo.toml", pkg("app", """
        smol = "2"
        mongodb = { version = "3", optional = true }
        async-compat = { version = "0.2", optional = true }
        aws-config = { version = "1", optional = true }
        """) + "\n[features]\nmongo = [\"dep:mongodb\", \"dep:async-compat\"]\naws = [\"dep:aws-config\"]\n");
    write("src/main.rs", main);
    JsonNode a = json();
    List<JsonNode> rta003 = new ArrayList<>();
    a.get("findings").forEach(f -> {
      if (f.get("id").asText().equals("RTA003")) {
        rta003.add(f);
      }
    });
    // mongodb comes with async-compat in the same feature: nothing to say; aws-config has no compat layer:
    // a warning that holds with the feature aws, not an error
    assertThat(rta003).hasSize(1);
    assertThat(rta003.get(0).get("message").asText()).contains("aws-config").contains("feature aws");
    assertThat(rta003.get(0).get("level").asText()).isEqualTo("warning");
    assertThat(rta003.get(0).get("feature").asText()).isEqualTo("aws");
  }

  @Test
  void targetOnlyCratesAndARuntimesOwnPartsAreNoRuntimesOfTheirOwn() throws IOException {
    write("Cargo.toml", pkg("poller", "async-std = { version = \"1.13\", features = [\"attributes\"] }\nreqwest = \"0.12\"\n"));
    write("Cargo.lock", """
        version = 3

        [[package]]
        name = "poller"
        version = "0.1.0"
        dependencies = ["async-std", "reqwest"]

        [[package]]
        name = "async-std"
        version = "1.13.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        dependencies = ["async-global-executor", "async-io", "async-process", "wasm-bindgen-futures"]

        [[package]]
        name = "async-global-executor"
        version = "2.4.1"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        dependencies = ["async-executor"]

        [[package]]
        name = "async-executor"
        version = "1.13.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"

        [[package]]
        name = "async-io"
        version = "2.3.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"

        [[package]]
        name = "async-process"
        version = "2.2.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"

        [[package]]
        name = "reqwest"
        version = "0.12.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        dependencies = ["tokio", "wasm-bindgen-futures"]

        [[package]]
        name = "tokio"
        version = "1.40.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"

        [[package]]
        name = "wasm-bindgen-futures"
        version = "0.4.40"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        """);
    write("src/main.rs", "#[async_std::main]\nasync fn main() {}\n");
    JsonNode a = json();
    assertThat(a.at("/members/0/runtimes").toString()).doesNotContain("\"smol\"");
    JsonNode wasm = runtime(a, "wasm");
    assertThat(wasm.get("status").asText()).isEqualTo("pulled-in");
    assertThat(wasm.get("activation").asText()).isEqualTo("target");
    assertThat(wasm.get("target").asText()).isEqualTo("cfg(target_arch = \"wasm32\")");
    assertThat(runtime(a, "tokio").get("status").asText()).isEqualTo("pulled-in");
    assertThat(runtime(a, "async-std").get("status").asText()).isEqualTo("in-use");
  }

  @Test
  void chineseOutput() throws IOException {
    write("Cargo.toml", pkg("app", "async-std = \"1.12\"\n"));
    write("src/main.rs", "#[async_std::main]\nasync fn main() { std::thread::sleep(std::time::Duration::from_secs(1)); }\n");
    Map<String, String> env = Cli.env();
    env.put("RTA_LANG", "zh");
    Cli.Result r = Cli.run(env, "", "analyze", dir.toString(), "--no-cargo");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("运行时").contains("RTA002").contains("RTA004");
    Cli.Result missing = Cli.run(env, "", "analyze", dir.resolve("nope").toString());
    assertThat(missing.err()).containsPattern("[\\u4e00-\\u9fff]");
  }
}
