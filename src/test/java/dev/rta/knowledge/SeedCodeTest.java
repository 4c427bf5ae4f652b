package dev.rta.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rta.domain.pack.CodeBlock;
import dev.rta.domain.pack.CodeExample;
import dev.rta.domain.pack.CodeKnowledge;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.domain.pack.MigrationLayer;
import dev.rta.domain.pack.MigrationStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed layer of examples.yaml and migrations.yaml is the document's code, byte for byte: each seed
 * block equals the first code block under its headings in the specification, and every code block of the
 * document's 代码示例对比 and 迁移指南 sections is in the pack. The specification is read from
 * {@code RTA_SPEC}, else the repository's copy {@code docs/spec/}, else {@code ../shared/seed/} beside the
 * repository; without it the test is skipped, except with {@code RTA_REQUIRE_SPEC=1} (CI), where that is a failure.
 */
class SeedCodeTest {
  static final String SPEC = "seed/rust-async-runtime-decision-tree.zh.md";
  private static final CodeKnowledge CODE = PackLoader.bundled().code();
  static List<String> lines;

  @BeforeAll
  static void readSpecification() throws IOException {
    Path spec = specification();
    if ("1".equals(System.getenv("RTA_REQUIRE_SPEC"))) {
      assertThat(spec).as("the specification %s beside the repository (../shared) or in RTA_SPEC", SPEC).isNotNull();
    }
    assumeTrue(spec != null, "the specification " + SPEC + " is not beside the repository (../shared) and RTA_SPEC is not set");
    lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
  }

  static @Nullable Path specification() {
    String env = System.getenv("RTA_SPEC");
    if (env != null && Files.isRegularFile(Path.of(env))) {
      return Path.of(env);
    }
    Path copy = Path.of("docs", "spec", Path.of(SPEC).getFileName().toString());
    if (Files.isRegularFile(copy)) {
      return copy;
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve(SPEC);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> seedBlocksAreTheDocumentsCode() {
    return seedBlocks().entrySet().stream().map(e -> DynamicTest.dynamicTest(String.join(" › ", e.getKey()), () -> {
      String document = codeUnder(e.getKey());
      assertThat(document).as("a code block under %s in the document", e.getKey()).isNotNull();
      assertThat(e.getValue().code()).isEqualTo(document);
    }));
  }

  @Test
  void everyCodeBlockOfTheExamplesAndMigrationSectionsIsInThePack() {
    List<String> inPack = seedBlocks().values().stream().map(CodeBlock::code).toList();
    List<String> missing = new ArrayList<>();
    for (String section : List.of("代码示例对比", "迁移指南")) {
      int start = headingLine(section, 0);
      int end = nextHeadingLine(start, level(lines.get(start)));
      for (int i = start; i < end; i++) {
        if (lines.get(i).startsWith("```") && lines.get(i).length() > 3) {
          String block = block(i);
          if (!inPack.contains(block)) {
            missing.add("line " + (i + 1) + ": " + block.lines().findFirst().orElse(""));
          }
          i += block.split("\n", -1).length;
        }
      }
    }
    assertThat(missing).as("code blocks of the document that no seed layer holds").isEmpty();
  }

  // ---- the pack's seed blocks --------------------------------------------------------------------

  /** Each seed block by the document's headings above it. */
  static Map<List<String>, CodeBlock> seedBlocks() {
    Map<List<String>, CodeBlock> out = new LinkedHashMap<>();
    for (CodeExample e : CODE.examples()) {
      assertThat(e.seed().blocks()).as("seed blocks of %s", e.id()).hasSize(1);
      out.put(e.heading(), e.seed().blocks().get(0));
    }
    for (MigrationGuide g : CODE.migrations()) {
      MigrationLayer seed = g.seed();
      if (seed == null) {
        continue;
      }
      for (MigrationStep s : seed.steps()) {
        assertThat(s.blocks()).as("seed blocks of %s/%s", g.id(), s.id()).hasSize(1);
        out.put(s.heading(), s.blocks().get(0));
      }
    }
    return out;
  }

  // ---- the document ------------------------------------------------------------------------------

  /** The first fenced block after the headings, each found after the one before, within the last one's section. */
  static @Nullable String codeUnder(List<String> headings) {
    int at = -1;
    for (String h : headings) {
      at = headingLine(h, at + 1);
      if (at < 0) {
        return null;
      }
    }
    int end = nextHeadingLine(at, level(lines.get(at)));
    for (int i = at + 1; i < end; i++) {
      if (lines.get(i).startsWith("```")) {
        return block(i);
      }
    }
    return null;
  }

  private static int headingLine(String text, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("#") && l.replaceFirst("^#+\\s*", "").equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /** The next heading at the same level or above, skipping fenced code (where # starts comments). */
  private static int nextHeadingLine(int at, int level) {
    boolean fenced = false;
    for (int i = at + 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && l.startsWith("#") && level(l) <= level) {
        return i;
      }
    }
    return lines.size();
  }

  private static int level(String heading) {
    int n = 0;
    while (n < heading.length() && heading.charAt(n) == '#') {
      n++;
    }
    return n;
  }

  /** The body of the fenced block opening at a line, each line ending with a newline. */
  private static String block(int open) {
    StringBuilder out = new StringBuilder();
    for (int i = open + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      out.append(lines.get(i)).append('\n');
    }
    return out.toString();
  }
}
