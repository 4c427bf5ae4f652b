package dev.rta.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Problem;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.testing.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {
  @TempDir Path dir;

  @Test
  void loadsTheBundledPack() {
    KnowledgePack pack = PackLoader.bundled();
    assertThat(pack.candidates()).containsExactly("tokio", "async-std", "smol", "embassy");
    assertThat(pack.runtime("futures").candidate()).isFalse();
    assertThat(pack.scenario()).hasSize(8);
    assertThat(pack.features()).hasSize(8);
    assertThat(pack.ecosystem()).hasSize(8);
    assertThat(pack.ecosystemMaturity()).hasSize(4);
    assertThat(pack.finalMatrix()).hasSize(6);
    assertThat(pack.performance()).hasSize(3);
    assertThat(pack.checklist()).hasSize(4);
    assertThat(pack.flowchart().leaves()).hasSize(5);
    assertThat(pack.questions()).extracting(q -> q.key()).containsExactly("platform", "std", "project-type",
        "high-throughput", "io-multiplexing", "std-api", "target-rps", "p99-ms", "hard-realtime", "http", "grpc",
        "databases", "libraries", "features", "long-term", "team-experience", "resource-constrained", "experimental");
    assertThat(pack.corrections()).allSatisfy(c -> {
      assertThat(c.source()).isNotBlank();
      assertThat(c.asOf()).isNotNull();
    });
    assertThat(pack.advisory("RUSTSEC-2025-0052").alternative()).isEqualTo("smol");
  }

  @Test
  void loadsAPackFromADirectory() {
    KnowledgePack pack = PackLoader.fromDirectory(TestPacks.copy(dir));
    assertThat(pack.version()).isEqualTo(PackLoader.bundled().version());
  }

  private List<Problem> problems(Path pack) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PackLoader.fromDirectory(pack));
    assertThat(e).as("the pack should not load").isNotNull();
    return e.problems();
  }

  @Test
  void reportsEveryProblemAtOnceWithFileAndLine() {
    Path pack = TestPacks.copy(dir);
    // an unknown key, a wrong type, a missing field, a bad reference, a bad answer value
    TestPacks.edit(pack, "runtimes.yaml", "    candidate: true\n    overview:\n      positioning: {zh: 企业级生产环境首选",
        "    candidate: true\n    colour: blue\n    overview:\n      positioning: {zh: 企业级生产环境首选");
    TestPacks.edit(pack, "pack.yaml", "    weight: 5\n", "    weight: heavy\n");
    TestPacks.edit(pack, "final-matrix.yaml", "    reason: {zh: 轻量高效, en: lightweight and efficient}\n", "");
    TestPacks.edit(pack, "flowchart.yaml", "next: flowchart.smol}", "next: flowchart.smoll}");
    TestPacks.edit(pack, "matrices.yaml", "when: {project-type: cli}", "when: {project-type: cli-tool}");
    List<String> lines = problems(pack).stream().map(Problem::format).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(".*runtimes\\.yaml:\\d+:\\d+: unknown key 'colour' in a runtime profile.*"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(".*pack\\.yaml:\\d+:\\d+: expected a number but found 'heavy'.*"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(".*final-matrix\\.yaml:\\d+:\\d+: missing key 'reason' in a final row.*"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(".*flowchart\\.yaml:\\d+:\\d+: unknown node or leaf 'flowchart\\.smoll'; did you mean 'flowchart\\.smol'\\?.*"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(".*matrices\\.yaml:\\d+:\\d+: bad value 'cli-tool' for 'project-type'.*"));
  }

  @Test
  void reportsBadReferencesAcrossFiles() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "corrections.yaml", "rules: [checklist.http.yes]", "rules: [checklist.http.maybe]");
    TestPacks.edit(pack, "rules.yaml", "    source: profile.embassy\n", "    source: profile.embasy\n");
    TestPacks.edit(pack, "matrices.yaml", "      embassy: {level: \"yes\", note: {zh: 硬件定时器, en: hardware timers}}\n", "");
    List<String> lines = problems(pack).stream().map(Problem::format).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("corrections.yaml:").contains("'checklist.http.maybe' is not a rule that recommends"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("rules.yaml:").contains("unknown section 'profile.embasy'; did you mean 'profile.embassy'?"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("matrices.yaml:").contains("row 'timers' has no cell for runtime 'embassy'"));
  }

  @Test
  void checksWhatTheAnalyzerReads() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "analysis.yaml", "  - {path: tokio::spawn, runtime: tokio}", "  - {path: tokio::spawn, runtime: tokyo}");
    TestPacks.edit(pack, "analysis.yaml", "  - {key: grpc, value: \"true\", crates", "  - {key: grpc, value: \"maybe\", crates");
    TestPacks.edit(pack, "analysis.yaml", "features: {tokio: [net]}, source: net,", "features: {tokio: [net]}, source: nett,");
    TestPacks.edit(pack, "analysis.yaml", "  - id: RTA002", "  - id: RTA001");
    List<String> lines = problems(pack).stream().map(Problem::format).toList();
    int tokyo = lineOf(pack.resolve("analysis.yaml"), "runtime: tokyo}");
    int maybe = lineOf(pack.resolve("analysis.yaml"), "value: \"maybe\"");
    int nett = lineOf(pack.resolve("analysis.yaml"), "source: nett,");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("analysis.yaml:" + tokyo + ":").contains("'tokyo'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("analysis.yaml:" + maybe + ":").contains("'maybe'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("analysis.yaml:" + nett + ":")
        .contains("unknown source 'nett'; did you mean 'net'?"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("analysis.yaml:").contains("RTA001"));
  }

  @Test
  void checksThatAProfileChangeFindsWhatItRewrites() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "corrections.yaml", "seed: 中小型Web服务", "seed: 中小型Web服务器");
    TestPacks.edit(pack, "corrections.yaml", "at: 底层平台抽象", "at: 平台抽象层");
    TestPacks.edit(pack, "corrections.yaml", "      - profile:\n          runtime: tokio\n          part: ecosystem\n          text:",
        "      - profile:\n          runtime: tokio\n          part: ecosystem\n          to: caution\n          text:");
    TestPacks.edit(pack, "runtimes.yaml", "{zh: \"线程模式 (std)\", en: \"thread mode (std)\"}", "\"线程模式 (std)\"");
    List<String> lines = problems(pack).stream().map(Problem::format).toList();
    int web = lineOf(pack.resolve("corrections.yaml"), "seed: 中小型Web服务器");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("corrections.yaml:" + web + ":")
        .contains("the profile of async-std has no item '中小型Web服务器'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("corrections.yaml:")
        .contains("the profile of smol has no '平台抽象层'; places: 应用代码, smol 组合式运行时, 底层平台抽象"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("corrections.yaml:").contains("only a scenario can move"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("runtimes.yaml:")
        .contains("'线程模式 (std)' is Chinese text without an English translation"));
  }

  /** The 1-based line of the first line that contains the text. */
  static int lineOf(Path file, String text) {
    try {
      List<String> all = Files.readAllLines(file);
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).contains(text)) {
          return i + 1;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError(text + " is not in " + file);
  }

  @Test
  void reportsSyntaxErrorsAndMissingFiles() throws Exception {
    Path pack = TestPacks.copy(dir);
    Files.writeString(pack.resolve("decisions.yaml"), "decisions:\n  - id: D1\n    title: {zh: x, en: [\n");
    Files.delete(pack.resolve("advisories.yaml"));
    List<String> lines = problems(pack).stream().map(Problem::format).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(".*decisions\\.yaml:\\d+:\\d+: YAML syntax error.*"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("advisories.yaml: missing file"));
  }

  @Test
  void aMissingDirectoryIsOneProblem() {
    assertThat(problems(dir.resolve("nope"))).singleElement()
        .satisfies(p -> assertThat(p.format()).contains("no such directory"));
  }
}
