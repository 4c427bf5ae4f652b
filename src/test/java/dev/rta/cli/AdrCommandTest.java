package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.testing.Cli;
import dev.rta.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

class AdrCommandTest {
  @TempDir Path dir;

  private static final String[] WEB = {"--set", "platform=server", "--set", "project-type=web-api", "--set",
      "long-term=true", "--set", "features=tls"};

  private Cli.Result adr(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("adr", "--dir", dir.resolve("docs/decisions").toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void writesTheNextFreeNumberAndNeverOverwrites() throws IOException {
    Cli.Result first = adr(WEB);
    assertThat(first.exit()).as(first.err()).isZero();
    Path decisions = dir.resolve("docs/decisions");
    assertThat(first.out()).isEqualTo(decisions.resolve("0001-async-runtime-tokio.md") + "\n"
        + decisions.resolve("0001-async-runtime-tokio.answers.yaml") + "\n");
    String firstContent = Files.readString(decisions.resolve("0001-async-runtime-tokio.md"));

    Cli.Result second = adr("--set", "std-api=true");
    assertThat(second.exit()).isZero();
    assertThat(decisions.resolve("0002-async-runtime-smol.md")).exists();
    assertThat(Files.readString(decisions.resolve("0001-async-runtime-tokio.md"))).isEqualTo(firstContent);

    // A hand-written record keeps its number; the next one goes after it.
    Files.writeString(decisions.resolve("0007-use-postgres.md"), "# mine\n");
    adr(WEB);
    assertThat(decisions.resolve("0008-async-runtime-tokio.md")).exists();
    assertThat(Files.readString(decisions.resolve("0007-use-postgres.md"))).isEqualTo("# mine\n");
    try (Stream<Path> files = Files.list(decisions)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContainAnyElementsOf(List.of(".tmp"))
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void theAnswersFileBesideTheRecordReplaysTheDecision() throws IOException {
    adr(WEB);
    Path answers = dir.resolve("docs/decisions/0001-async-runtime-tokio.answers.yaml");
    assertThat(Files.readString(answers)).contains("platform: server\n").contains("features: [tls]\n");
    Cli.Result replay = Cli.run("recommend", "-q", "--answers", answers.toString());
    assertThat(replay.out()).isEqualTo("tokio\n");
  }

  @Test
  void goldenRecordsInBothLanguages() throws IOException {
    for (String lang : List.of("en", "zh")) {
      Path d = dir.resolve(lang);
      Cli.Result r = Cli.run(concat(new String[] {"--lang", lang, "adr", "--dir", d.toString()}, WEB));
      assertThat(r.exit()).isZero();
      Golden.assertMatches("adr/0001-async-runtime-tokio." + lang + ".md",
          Files.readString(d.resolve("0001-async-runtime-tokio.md")));
    }
  }

  @Test
  void denySnippetParsesAsTomlAndBansTheOtherRuntimes() {
    Cli.Result r = adr(concat(new String[] {"--format", "deny"}, WEB));
    assertThat(r.exit()).isZero();
    Golden.assertMatches("adr/deny.web-service.toml", r.out());
    TomlParseResult toml = Toml.parse(r.out(), TomlVersion.V1_0_0);
    assertThat(toml.errors()).isEmpty();
    TomlArray deny = toml.getArray("bans.deny");
    assertThat(deny).isNotNull();
    List<String> crates = new java.util.ArrayList<>();
    for (int i = 0; i < deny.size(); i++) {
      TomlTable entry = deny.getTable(i);
      crates.add(entry.getString("crate"));
      assertThat(entry.getString("use-instead")).isEqualTo("tokio");
      assertThat(entry.getString("reason")).isNotBlank();
    }
    assertThat(crates).containsExactly("async-std", "async-attributes", "smol", "smol-macros", "embassy-executor",
        "embassy-executor-macros");
    assertThat(r.out()).doesNotContain("crate = \"tokio");
  }

  @Test
  void denySnippetForANonTokioDecisionKeepsTokioForHyper() {
    Cli.Result r = adr("--format", "deny", "--set", "std-api=true");
    TomlParseResult toml = Toml.parse(r.out(), TomlVersion.V1_0_0);
    assertThat(toml.errors()).isEmpty();
    TomlArray deny = toml.getArray("bans.deny");
    TomlTable tokio = null;
    for (int i = 0; i < deny.size(); i++) {
      if ("tokio".equals(deny.getTable(i).getString("crate"))) {
        tokio = deny.getTable(i);
      }
    }
    assertThat(tokio).isNotNull();
    assertThat(tokio.getArray("wrappers").toList()).contains("hyper", "aws-smithy-async");
    assertThat(tokio.getString("use-instead")).isEqualTo("smol");
  }

  @Test
  void denyOnAConflictExitsOne() {
    Cli.Result r = adr("--format", "deny", "--set", "std=false", "--set", "grpc=true");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("nothing to ban");
  }

  @Test
  void mermaidShowsThePath() {
    Cli.Result r = adr("--format", "mermaid", "--set", "platform=embedded");
    assertThat(r.out()).startsWith("flowchart TD\n").contains("  class flowchart_embassy,platform path\n");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
