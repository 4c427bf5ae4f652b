package dev.rta.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.Lang;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.knowledge.PackLoader;
import dev.rta.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Before/after pairs for the codemod's rules: each {@code src/test/resources/migrate/rules/MIGRATION/CASE.rs} is
 * migrated, and the result and its checklist are golden files ({@code golden/migrate/MIGRATION/CASE.after.rs} and
 * {@code .manual.txt}); the result migrated again must not change (idempotence).
 */
class CodemodRulesTest {
  private static final Path CASES = Path.of("src/test/resources/migrate/rules");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.walk(CASES)) {
      return files.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream();
    }
  }

  static MigrationRules rules(String migration) {
    MigrationGuide g = PackLoader.bundled().code().migrations().stream().filter(m -> m.id().equals(migration))
        .findFirst().orElseThrow();
    return MigrationRules.of(g);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void migratesAsTheGoldenPairSaysAndOnlyOnce(Path file) throws Exception {
    String migration = file.getParent().getFileName().toString();
    String name = file.getFileName().toString().replace(".rs", "");
    MigrationRules rules = rules(migration);
    String before = Files.readString(file, StandardCharsets.UTF_8);
    Codemod.Outcome o = Codemod.rust(rules, before);
    Golden.assertMatches("migrate/" + migration + "/" + name + ".after.rs", o.text());
    StringBuilder manual = new StringBuilder();
    for (Codemod.Manual m : o.manual()) {
      manual.append(m.line()).append(':').append(m.column()).append(' ').append(m.rule()).append('\n')
          .append("  ").append(m.code()).append('\n')
          .append("  ").append(m.reason().in(Lang.EN)).append('\n');
    }
    manual.append("needs: ").append(o.needs()).append('\n');
    manual.append("uses: ").append(o.uses()).append(", automatic: ").append(o.automatic()).append('\n');
    Golden.assertMatches("migrate/" + migration + "/" + name + ".manual.txt", manual.toString());
    assertThat(o.automatic()).isLessThanOrEqualTo(o.uses());
    assertThat(o.manual().size() + o.automatic()).as("every use is rewritten or listed").isGreaterThanOrEqualTo(
        o.uses());

    Codemod.Outcome again = Codemod.rust(rules, o.text());
    assertThat(again.text()).as("a second run changes nothing").isEqualTo(o.text());
    assertThat(again.edits()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keepsWindowsLineEndings(Path file) throws Exception {
    String migration = file.getParent().getFileName().toString();
    MigrationRules rules = rules(migration);
    String before = Files.readString(file, StandardCharsets.UTF_8);
    Codemod.Outcome unix = Codemod.rust(rules, before);
    Codemod.Outcome windows = Codemod.rust(rules, before.replace("\n", "\r\n"));
    assertThat(windows.text().replace("\r\n", "\n")).isEqualTo(unix.text());
    assertThat(windows.text().replace("\r\n", "")).doesNotContain("\n");
  }
}
