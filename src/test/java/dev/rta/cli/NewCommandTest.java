package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.testing.Cli;
import dev.rta.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** {@code rta new}: what it writes, what it refuses, and that it never overwrites a file. */
class NewCommandTest {
  @TempDir Path tmp;

  /** The generated files of one template, each under a header, for a golden file. */
  private static String dump(Path project) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.walk(project)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.append("=== ").append(project.relativize(f).toString().replace('\\', '/')).append(" ===\n")
            .append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource({"tokio, echo, en", "smol, timers, en", "embassy, timers, zh"})
  void generatesTheTemplatesFiles(String runtime, String example, String lang) throws IOException {
    Path project = tmp.resolve("demo");
    Cli.Result r = Cli.run("new", project.toString(), "--runtime", runtime, "--example", example, "--lang", lang);
    assertThat(r.exit()).as(r.err()).isZero();
    Golden.assertMatches("new/" + runtime + "-" + example + "." + lang + ".txt", dump(project));
  }

  @Test
  void everyTemplateHasAWellFormedManifestWithThePacksRequirements() throws IOException {
    Map<String, List<String>> catalog = Map.of("tokio", List.of("echo", "http", "timers", "grpc"),
        "smol", List.of("echo", "timers"), "embassy", List.of("timers"));
    for (var e : catalog.entrySet()) {
      for (String example : e.getValue()) {
        Path project = tmp.resolve(e.getKey() + "-" + example);
        assertThat(Cli.run("new", project.toString(), "--runtime", e.getKey(), "--example", example).exit()).isZero();
        TomlParseResult toml = Toml.parse(Files.readString(project.resolve("Cargo.toml")));
        assertThat(toml.errors()).as("%s/%s Cargo.toml", e.getKey(), example).isEmpty();
        assertThat(toml.getString("package.name")).isEqualTo(e.getKey() + "-" + example);
        assertThat(toml.getTable("dependencies")).isNotNull();
        assertThat(Files.readString(project.resolve(".gitignore"))).isEqualTo("/target\n");
        assertThat(Files.readString(project.resolve("README.md"))).doesNotContain("{{");
      }
    }
    TomlParseResult tokio = Toml.parse(Files.readString(tmp.resolve("tokio-echo/Cargo.toml")));
    assertThat(tokio.getString("dependencies.tokio.version")).isEqualTo("1");
    assertThat(Toml.parse(Files.readString(tmp.resolve("smol-echo/Cargo.toml"))).getString("dependencies.smol")).isEqualTo("2");
  }

  @Test
  void theTemplatesThatCannotBeBuiltHereUseTodaysApis() throws IOException {
    Path http = tmp.resolve("web");
    Path grpc = tmp.resolve("rpc");
    Path embassy = tmp.resolve("blinky");
    Cli.run("new", http.toString(), "--runtime", "tokio", "--example", "http");
    Cli.run("new", grpc.toString(), "--runtime", "tokio", "--example", "grpc");
    Cli.run("new", embassy.toString(), "--runtime", "embassy");

    String axum = Files.readString(http.resolve("src/main.rs"));
    assertThat(axum).contains("axum::serve(listener, app)", "\"/users/{id}\"", "tokio::net::TcpListener::bind")
        .doesNotContain("axum::Server", "\"/users/:id\"");
    TomlParseResult axumToml = Toml.parse(Files.readString(http.resolve("Cargo.toml")));
    assertThat(axumToml.getString("dependencies.axum")).isEqualTo("0.8");

    TomlParseResult tonic = Toml.parse(Files.readString(grpc.resolve("Cargo.toml")));
    assertThat(tonic.errors()).isEmpty();
    assertThat(tonic.getString("dependencies.tonic")).isEqualTo("0.14");
    assertThat(tonic.getString("build-dependencies.tonic-prost-build")).isEqualTo("0.14");
    assertThat(Files.readString(grpc.resolve("build.rs"))).contains("tonic_prost_build::compile_protos(\"proto/hello.proto\")");
    assertThat(Files.readString(grpc.resolve("src/main.rs"))).contains("tonic::include_proto!(\"hello\")",
        "GreeterServer::new(", "#[tonic::async_trait]");
    assertThat(Files.readString(grpc.resolve("proto/hello.proto"))).contains("service Greeter");

    String firmware = Files.readString(embassy.resolve("src/main.rs"));
    assertThat(firmware).contains("#![no_std]", "#![no_main]", "spawner.spawn(heartbeat().unwrap());", "Ticker::every(",
        "#[embassy_executor::main]").doesNotContain("spawner.spawn(heartbeat()).unwrap()");
    TomlParseResult emb = Toml.parse(Files.readString(embassy.resolve("Cargo.toml")));
    assertThat(emb.errors()).isEmpty();
    assertThat(emb.getString("dependencies.embassy-executor.version")).isEqualTo("0.10");
    assertThat(emb.getArray("dependencies.embassy-executor.features").toList()).contains("platform-cortex-m")
        .doesNotContain("arch-cortex-m");
    TomlParseResult config = Toml.parse(Files.readString(embassy.resolve(".cargo/config.toml")));
    assertThat(config.errors()).isEmpty();
    assertThat(config.getString("build.target")).isEqualTo("thumbv7em-none-eabihf");
  }

  @Test
  void refusesANonEmptyDirectoryAndChangesNothing() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(project.resolve("notes.txt"), "mine");
    Cli.Result r = Cli.run("new", project.toString(), "--runtime", "tokio");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly("rta: " + project + " is not empty; rta new does not write into it"
        + " (pass --force to add the missing files; existing files are never overwritten)");
    try (Stream<Path> files = Files.list(project)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
    }
  }

  @Test
  void withForceKeepsEveryExistingFile() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(project.resolve("Cargo.toml"), "# my own manifest\n");
    Files.writeString(project.resolve("README.md"), "mine\n");
    Cli.Result r = Cli.run("new", project.toString(), "--runtime", "smol", "--force");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(project.resolve("Cargo.toml"))).isEqualTo("# my own manifest\n");
    assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("mine\n");
    assertThat(project.resolve("src/main.rs")).exists();
    assertThat(project.resolve(".gitignore")).exists();
    assertThat(r.err()).contains("kept " + project.resolve("Cargo.toml"), "kept " + project.resolve("README.md"));
    assertThat(r.out()).contains("2 files created, 2 kept");
    try (Stream<Path> files = Files.walk(project)) {
      assertThat(files.map(Path::toString).filter(p -> p.endsWith(".tmp")).toList()).as("no temporary file is left").isEmpty();
    }
  }

  @Test
  void aSecondRunWithForceWritesNothing() throws IOException {
    Path project = tmp.resolve("twice");
    assertThat(Cli.run("new", project.toString(), "--runtime", "tokio").exit()).isZero();
    String before = dump(project);
    Cli.Result again = Cli.run("new", project.toString(), "--runtime", "tokio", "--example", "timers", "--force");
    assertThat(again.exit()).isZero();
    assertThat(dump(project)).isEqualTo(before);
  }

  @Test
  void userErrorsAreOneLineAndExitTwo() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThat(Cli.run("new", file.toString(), "--runtime", "tokio").err().strip())
        .isEqualTo("rta: " + file + " is a file, not a directory");
    Cli.Result combo = Cli.run("new", tmp.resolve("a").toString(), "--runtime", "smol", "--example", "grpc");
    assertThat(combo.exit()).isEqualTo(2);
    assertThat(combo.err().strip()).isEqualTo("rta: the smol templates have no example 'grpc' (valid combinations: tokio: echo,"
        + " http, timers, grpc; smol: echo, timers; embassy: timers)");
    Cli.Result runtime = Cli.run("new", tmp.resolve("b").toString(), "--runtime", "async-std");
    assertThat(runtime.exit()).isEqualTo(2);
    assertThat(runtime.err()).startsWith("rta: rta new has no templates for the runtime 'async-std' (valid combinations:");
    assertThat(Cli.run("new", tmp.resolve("c").toString()).exit()).isEqualTo(2);
    Cli.Result both = Cli.run("new", tmp.resolve("d").toString(), "--runtime", "tokio", "--from-adr", "x.md");
    assertThat(both.err().strip()).startsWith("rta: rta new needs exactly one of --runtime, --from-answers and --from-adr");
    Cli.Result name = Cli.run("new", tmp.resolve("e").toString(), "--runtime", "tokio", "--name", "9lives");
    assertThat(name.exit()).isEqualTo(2);
    assertThat(name.err()).startsWith("rta: '9lives' is not a valid package name");
    assertThat(tmp.resolve("a")).doesNotExist();
    assertThat(tmp.resolve("e")).doesNotExist();
  }

  @Test
  void takesTheRuntimeOfAnAdrAndLinksIt() throws IOException {
    Path decisions = tmp.resolve("docs/decisions");
    Cli.Result adr = Cli.run("adr", "--dir", decisions.toString(), "--set", "platform=embedded");
    assertThat(adr.exit()).as(adr.err()).isZero();
    Path record = Path.of(adr.out().lines().findFirst().orElseThrow());
    assertThat(record.getFileName().toString()).isEqualTo("0001-async-runtime-embassy.md");
    Path project = tmp.resolve("firmware");
    Cli.Result r = Cli.run("new", project.toString(), "--from-adr", record.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(project.resolve("README.md")))
        .contains("The decision to use embassy is recorded in [0001-async-runtime-embassy.md](../docs/decisions/"
            + "0001-async-runtime-embassy.md).");
    assertThat(Files.readString(project.resolve("src/main.rs"))).contains("#![no_std]");
  }

  @Test
  void anAdrThatNamesNoRuntimeIsAUserError() throws IOException {
    Path md = Files.writeString(tmp.resolve("0001-other.md"), "---\nstatus: proposed\n---\n\n# Use PostgreSQL\n");
    Cli.Result r = Cli.run("new", tmp.resolve("p").toString(), "--from-adr", md.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("rta: " + md + " names no runtime in its front matter (runtime:) or in its title");
  }

  @Test
  void takesTheRecommendedRuntimeOfAnAnswersFile() throws IOException {
    Path answers = Files.writeString(tmp.resolve("answers.yaml"), "platform: server\nproject-type: web-api\n");
    Path project = tmp.resolve("api");
    Cli.Result r = Cli.run("new", project.toString(), "--from-answers", answers.toString(), "--example", "http");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("tokio project 'api' (http example)");
    assertThat(Files.readString(project.resolve("README.md"))).contains("rta recommended Tokio for the answers in `"
        + answers.toString().replace('\\', '/') + "`");
  }

  @Test
  void writesTheReadmeInChinese() throws IOException {
    Path project = tmp.resolve("zh");
    Cli.Result r = Cli.run("new", project.toString(), "--runtime", "smol", "--lang", "zh");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("已创建");
    assertThat(Files.readString(project.resolve("README.md"))).contains("## 为什么选择 smol", "# 在另一个终端中：")
        .doesNotContain("## Why");
  }
}
