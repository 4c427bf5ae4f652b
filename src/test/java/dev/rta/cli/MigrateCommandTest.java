package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.rta.testing.Cli;
import dev.rta.testing.Golden;
import dev.rta.testing.TempFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rta migrate}: the dry-run diff is what {@code git apply} accepts and what {@code --apply} writes; the
 * refusals (no Cargo.toml, not a git work tree, uncommitted changes, unparsable source) are one line, exit 2, and
 * change nothing; a second run changes nothing; modes and line endings are kept.
 */
class MigrateCommandTest {
  static final String MANIFEST = """
      [package]
      name = "echo"
      version = "0.1.0"
      edition = "2021"

      [dependencies]
      # the runtime
      async-std = { version = "1.12", features = ["attributes"] }
      """;

  static final String MAIN = """
      use async_std::net::TcpListener;
      use async_std::prelude::*;
      use async_std::task;

      #[async_std::main]
      async fn main() -> std::io::Result<()> {
          let listener = TcpListener::bind("127.0.0.1:0").await?;
          let mut incoming = listener.incoming();
          while let Some(stream) = incoming.next().await {
              let mut stream = stream?;
              task::spawn(async move {
                  let _ = stream.write_all(b"hi").await;
              });
          }
          Ok(())
      }
      """;

  @TempDir Path tmp;
  Path project;

  @BeforeEach
  void project() throws IOException {
    project = tmp.resolve("echo");
    TempFiles.write(project, "Cargo.toml", MANIFEST);
    TempFiles.write(project, "src/main.rs", MAIN);
  }

  static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.email=t@example.com", "-c", "user.name=t", "-C",
        dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
    return out;
  }

  void commit() throws Exception {
    git(project, "init", "-q");
    git(project, "add", "-A");
    git(project, "commit", "-qm", "before");
  }

  @Test
  void dryRunPrintsADiffThatGitApplies() throws Exception {
    commit();
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio");
    assertThat(r.exit()).as(r.err()).isZero();
    Golden.assertMatches("migrate/cli/echo-tokio.diff", r.out());
    assertThat(r.err()).contains("rewritten").contains("Dry run");
    assertThat(Files.readString(project.resolve("src/main.rs"))).isEqualTo(MAIN);
    Path patch = tmp.resolve("m.diff");
    Files.writeString(patch, r.out());
    git(project, "apply", "--check", patch.toString());
    git(project, "apply", patch.toString());
    String applied = Files.readString(project.resolve("src/main.rs"));
    git(project, "checkout", "-q", "--", ".");

    Cli.Result a = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEmpty();
    assertThat(Files.readString(project.resolve("src/main.rs"))).isEqualTo(applied);
    assertThat(Files.readString(project.resolve("Cargo.toml"))).contains("# the runtime").contains("tokio")
        .doesNotContain("async-std");

    git(project, "commit", "-qam", "after");
    Cli.Result again = Cli.run("migrate", project.toString(), "--to", "tokio", "--fail-on-changes");
    assertThat(again.out()).as("a second run changes nothing").isEmpty();
    assertThat(again.exit()).as(again.err()).isZero();
  }

  @Test
  void failOnChangesExitsOneWhenAMigrationIsNeeded() {
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "smol", "--fail-on-changes");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("+++ b/src/main.rs").contains("smol::block_on");
  }

  @Test
  void applyRefusesOutsideAGitWorkTreeAndChangesNothing() throws IOException {
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply");
    Cli.assertOneLineError(r, "git work tree");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(Files.readString(project.resolve("src/main.rs"))).isEqualTo(MAIN);
    assertThat(Files.readString(project.resolve("Cargo.toml"))).isEqualTo(MANIFEST);
  }

  @Test
  void applyRefusesUncommittedChangesUnlessAllowed() throws Exception {
    commit();
    String dirty = MAIN + "// local change\n";
    Files.writeString(project.resolve("src/main.rs"), dirty);
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply");
    Cli.assertOneLineError(r, "uncommitted", "src/main.rs");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(Files.readString(project.resolve("src/main.rs"))).isEqualTo(dirty);
    assertThat(Files.readString(project.resolve("Cargo.toml"))).isEqualTo(MANIFEST);

    Cli.Result allowed = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply", "--allow-dirty");
    assertThat(allowed.exit()).as(allowed.err()).isZero();
    assertThat(Files.readString(project.resolve("src/main.rs"))).contains("#[tokio::main]").endsWith(
        "// local change\n");
  }

  @Test
  void keepsFileModesAndLineEndings() throws Exception {
    Files.writeString(project.resolve("src/main.rs"), MAIN.replace("\n", "\r\n"));
    Files.setPosixFilePermissions(project.resolve("src/main.rs"), PosixFilePermissions.fromString("rwxr-x---"));
    commit();
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply");
    assertThat(r.exit()).as(r.err()).isZero();
    String after = Files.readString(project.resolve("src/main.rs"));
    assertThat(after).contains("#[tokio::main]\r\n");
    assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve("src/main.rs"))))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void aPipedDiffKeepsControlCharactersOfTheSourcesSoThatGitAppliesIt() throws Exception {
    // a form feed between sections, as older code has: shown as \x0c on a terminal, the byte itself in a pipe
    String main = MAIN.replace("#[async_std::main]", "\f\n#[async_std::main]");
    Files.writeString(project.resolve("src/main.rs"), main);
    commit();
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(" \f\n").doesNotContain("\\x0c");
    Path patch = tmp.resolve("ff.diff");
    Files.writeString(patch, r.out());
    git(project, "apply", patch.toString());
    assertThat(Files.readString(project.resolve("src/main.rs"))).contains("\f\n#[tokio::main]");
  }

  @Test
  void anUnparsableSourceStopsTheMigrationUnlessSkippedThenItIsACheckListItem() throws Exception {
    // real code the grammar alone rejects (Delta Chat's aheader.rs: `&raw` borrowing a variable) is read all the same
    TempFiles.write(project, "src/raw.rs", "pub async fn f(raw: String) -> usize {\n"
        + "    async_std::task::yield_now().await;\n    g(&raw)\n}\nfn g(s: &str) -> usize { s.len() }\n");
    TempFiles.write(project, "src/broken.rs", "pub async fn f() {\n    async_std::task::yield_now().await;\n"
        + "    let x = (1;\n}\n");
    TempFiles.write(project, "src/garbage.rs", "fn broken( {\n");
    commit();
    Cli.Result refused = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply");
    Cli.assertOneLineError(refused, "src/broken.rs:3:", "cannot parse", "--skip-unparsable");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(Files.readString(project.resolve("src/main.rs"))).isEqualTo(MAIN);
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio", "--apply", "--skip-unparsable");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("src/broken.rs:3:").contains("cannot parse this file here")
        .contains("async-std is named 1 times").doesNotContain("garbage.rs").doesNotContain("raw.rs");
    assertThat(Files.readString(project.resolve("src/broken.rs"))).contains("async_std::task::yield_now()");
    assertThat(Files.readString(project.resolve("src/raw.rs"))).contains("tokio::task::yield_now()");
    assertThat(Files.readString(project.resolve("src/main.rs"))).contains("#[tokio::main]");
  }

  @Test
  void noCargoTomlIsOneLine() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Cli.Result r = Cli.run("migrate", empty.toString(), "--to", "tokio");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines().count()).isLessThanOrEqualTo(2);
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void aProjectWithoutAsyncStdOrSmolSaysSo() throws IOException {
    Files.writeString(project.resolve("Cargo.toml"), MANIFEST.replace("async-std", "serde"));
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio");
    Cli.assertOneLineError(r, "nothing to migrate");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void unknownTargetIsAUsageError() {
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "embassy");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("async-std").doesNotContain("Exception");
  }

  @Test
  void jsonListsEveryEditAndManualItemAndMatchesItsSchema() throws Exception {
    TempFiles.write(project, "src/extra.rs", """
        pub async fn handles() {
            let mut v = Vec::new();
            v.push(async_std::task::spawn(async { 1 }));
        }
        """);
    Cli.Result r = Cli.run("migrate", project.toString(), "--to", "tokio", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(Path.of("schema/migrate.schema.json")));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.path("migration").asText()).isEqualTo("async-std-tokio");
    assertThat(json.path("summary").path("manual").asInt()).isEqualTo(1);
    assertThat(json.path("manual").get(0).path("file").asText()).isEqualTo("src/extra.rs");
    assertThat(json.path("manual").get(0).path("line").asInt()).isEqualTo(3);
    assertThat(json.path("files").findValuesAsText("path")).contains("Cargo.toml", "src/main.rs");
    JsonNode first = json.path("files").findValue("edits").get(0);
    assertThat(first.path("rule").asText()).startsWith("async-std-tokio:");
    assertThat(first.path("range").path("start").path("line").asInt()).isPositive();
  }

  @Test
  void aWorkspaceMigratesEveryMemberAndItsOwnManifest() throws Exception {
    Path ws = tmp.resolve("ws");
    TempFiles.write(ws, "Cargo.toml", "[workspace]\nmembers = [\"core\", \"app\"]\nresolver = \"2\"\n");
    TempFiles.write(ws, "core/Cargo.toml", MANIFEST.replace("\"echo\"", "\"core\""));
    TempFiles.write(ws, "core/src/lib.rs", """
        pub async fn nap() {
            async_std::task::sleep(std::time::Duration::from_millis(1)).await;
        }
        """);
    TempFiles.write(ws, "app/Cargo.toml", MANIFEST.replace("\"echo\"", "\"app\""));
    TempFiles.write(ws, "app/src/main.rs", MAIN);
    Cli.Result r = Cli.run("migrate", ws.toString(), "--to", "tokio");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("+++ b/core/src/lib.rs", "+++ b/app/src/main.rs", "+++ b/core/Cargo.toml",
        "+++ b/app/Cargo.toml");
    // Each member gets the features its own code needs.
    String core = r.out().substring(r.out().indexOf("+++ b/core/Cargo.toml"));
    core = core.substring(0, core.indexOf("diff --git") < 0 ? core.length() : core.indexOf("diff --git"));
    assertThat(core).contains("\"time\"").doesNotContain("\"net\"");
  }
}
