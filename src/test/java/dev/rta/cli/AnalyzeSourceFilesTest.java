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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files `rta analyze` reads: each member's targets and their module trees, never another package's directory
 * (an excluded fuzz package, vendor/, node_modules/), never an orphan .rs file, never a link out of the workspace;
 * what cannot be read is counted and named. The fixture is src/test/resources/analyzer-scan/member-files; links,
 * FIFOs and the like are made in a temporary directory.
 */
class AnalyzeSourceFilesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FIXTURE = Path.of("src/test/resources/analyzer-scan/member-files");
  static final String BLOCKING = "pub async fn f() {\n    std::thread::sleep(std::time::Duration::from_secs(1));\n}\n";

  @TempDir Path tmp;

  static Cli.Result run(Path dir, String... more) {
    List<String> args = new ArrayList<>(List.of("analyze", dir.toString(), "--no-cargo", "--format", "json",
        "--fail-on", "never"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  static JsonNode analyze(Path dir) throws IOException {
    Cli.Result r = run(dir);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** The findings as "id file:line". */
  static List<String> findings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.get("findings").forEach(f -> out.add(f.get("id").asText() + " " + f.at("/location/file").asText() + ":"
        + f.at("/location/line").asInt()));
    return out;
  }

  static List<String> problems(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.get("problems").forEach(p -> out.add(p.at("/location/file").asText() + ": " + p.get("message").asText()));
    return out;
  }

  Path write(Path root, String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** A one-package workspace in tmp/ws whose main.rs declares {@code mods} (e.g. "mod a;"). */
  Path project(String mods) throws IOException {
    Path ws = tmp.resolve("ws");
    write(ws, "Cargo.toml", "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n"
        + "tokio = { version = \"1\", features = [\"full\"] }\n");
    write(ws, "src/main.rs", mods + "\n#[tokio::main]\nasync fn main() {}\n");
    return ws;
  }

  static void link(Path link, Path target) {
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symlinks here: " + e);
    }
  }

  @Test
  void anExcludedFuzzPackageInsideAMemberIsNotItsSource() throws IOException {
    JsonNode a = analyze(FIXTURE);
    assertThat(a.toString()).doesNotContain("app/fuzz/").doesNotContain("async_std");
    assertThat(a.at("/members/0/runtimes").findValuesAsText("id")).containsExactly("tokio");
    assertThat(findings(a)).noneMatch(f -> f.startsWith("RTA001") || f.startsWith("RTA002"));
  }

  @Test
  void vendorAndNodeModulesAreNotRead() throws IOException {
    JsonNode a = analyze(FIXTURE);
    assertThat(a.toString()).doesNotContain("vendor/").doesNotContain("node_modules/");
    assertThat(findings(a)).noneMatch(f -> f.startsWith("RTA005"));
  }

  @Test
  void pathModulesAndBinPathsAreReadWhereverTheyLieInTheWorkspace() throws IOException {
    JsonNode a = analyze(FIXTURE);
    assertThat(findings(a)).containsExactly("RTA004 app/src/net/wire.rs:2", "RTA004 app/src/x/y.rs:2",
        "RTA004 common/clock.rs:3", "RTA004 tools/cli.rs:4");
    // main.rs, net.rs, net/wire.rs, x/y.rs, common/clock.rs, tools/cli.rs, examples/demo.rs
    assertThat(a.at("/stats/rustFiles").asInt()).isEqualTo(7);
  }

  @Test
  void anOrphanFileInNoModuleIsNotRead() throws IOException {
    JsonNode a = analyze(FIXTURE);
    assertThat(a.toString()).doesNotContain("unused.rs");
  }

  @Test
  void aLinkToADirectoryOutsideTheWorkspaceIsNotFollowed() throws IOException {
    Path outside = tmp.resolve("outside");
    write(outside, "mod.rs", BLOCKING);
    write(outside, "lib.rs", BLOCKING);
    write(outside, "evil.rs", "async fn g() { async_std::task::block_on(async {}); }\n");
    Path ws = project("mod linked;");
    link(ws.resolve("src/linked"), outside);          // a module reached through a link out: named, not read
    link(ws.resolve("everything"), Path.of("/"));     // a link to / in the project: not a target, not read
    link(ws.resolve("examples/far"), outside);        // a directory link out in examples/: likely data, skipped
    Cli.Result r = run(ws);
    assertThat(r.exit()).as("a source not read is a problem: exit 2 after the output").isEqualTo(2);
    JsonNode a = JSON.readTree(r.out());
    assertThat(findings(a)).isEmpty();
    assertThat(a.at("/stats/rustFiles").asInt()).isEqualTo(1);
    assertThat(a.at("/members/0/runtimes/0/evidence/0/file").asText()).isEqualTo("src/main.rs");
    assertThat(problems(a)).containsExactly("src/linked/mod.rs: a link out of the workspace (to "
        + outside.toRealPath().resolve("mod.rs") + "); not followed");
    assertThat(r.err()).contains("src/linked/mod.rs").doesNotContain("Exception");
  }

  @Test
  void aTestsDirectoryLinkedOutOfTheWorkspaceIsNamedNotListed() throws IOException {
    Path outside = tmp.resolve("outside");
    write(outside, "it.rs", BLOCKING);
    Path ws = project("");
    link(ws.resolve("tests"), outside);
    Cli.Result r = run(ws);
    JsonNode a = JSON.readTree(r.out());
    assertThat(findings(a)).isEmpty();
    assertThat(problems(a)).containsExactly("tests: a link out of the workspace (to " + outside.toRealPath()
        + "); not followed");
  }

  @Test
  void linksInsideTheWorkspaceAreFollowed() throws IOException {
    Path ws = project("mod shared;");
    write(ws, "common/mod.rs", BLOCKING);
    link(ws.resolve("src/shared"), Path.of("../common"));
    JsonNode a = analyze(ws);
    assertThat(findings(a)).containsExactly("RTA004 src/shared/mod.rs:2");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void unreadableSourcesAreCountedAndNamed() throws IOException, InterruptedException {
    String tooLong = "n".repeat(300);
    Path ws = project("mod gone;\nmod pipe;\n#[path = \"" + tooLong + ".rs\"]\nmod long;\nmod cycle;\nmod fine;");
    write(ws, "src/fine.rs", BLOCKING);
    link(ws.resolve("src/gone.rs"), Path.of("nowhere.rs"));
    link(ws.resolve("src/cycle.rs"), Path.of("cycle2.rs"));
    link(ws.resolve("src/cycle2.rs"), Path.of("cycle.rs"));
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", ws.resolve("src/pipe.rs").toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e);
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    Cli.Result r = run(ws);
    assertThat(r.exit()).isEqualTo(2);
    JsonNode a = JSON.readTree(r.out());
    assertThat(findings(a)).containsExactly("RTA004 src/fine.rs:2");
    assertThat(a.at("/stats/rustFiles").asInt()).isEqualTo(2);
    assertThat(a.at("/stats/skippedUnreadable").asInt()).isEqualTo(3);
    assertThat(a.at("/stats/skippedSymlinkLoops").asInt()).isEqualTo(1);
    assertThat(problems(a)).containsExactly(
        "src/gone.rs: cannot read this Rust source (a link to nothing); skipped",
        "src/pipe.rs: cannot read this Rust source (not a regular file: a FIFO, a device or a directory); skipped",
        "src/" + "n".repeat(76) + "…" + "n".repeat(77) + ".rs: cannot read this Rust source (the path is longer than"
            + " the system allows); skipped");
    assertThat(r.err()).doesNotContain("Exception");
    Cli.Result text = Cli.run("analyze", ws.toString(), "--no-cargo", "--fail-on", "never");
    assertThat(text.out()).contains("3 unreadable");
  }
}
