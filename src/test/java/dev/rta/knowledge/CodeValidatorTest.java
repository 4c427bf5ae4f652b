package dev.rta.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.pack.CodeKnowledge;
import dev.rta.testing.Cli;
import dev.rta.testing.TestPacks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples.yaml and migrations.yaml are validated with the pack, so rta kb check catches their mistakes. */
class CodeValidatorTest {
  @TempDir Path dir;

  @Test
  void theBundledPackHoldsTheDocumentsCode() {
    CodeKnowledge code = PackLoader.bundled().code();
    assertThat(code.examples()).hasSize(10);
    assertThat(code.migrations()).extracting(g -> g.id())
        .containsExactly("async-std-tokio", "std-tokio", "smol-tokio", "async-std-smol");
    assertThat(code.migration("async-std-tokio").current().mappings()).hasSizeGreaterThan(40);
  }

  @Test
  void reportsEveryMistakeWithFileAndLine() {
    Path pack = TestPacks.copy(dir);
    // a duplicate id, an unknown correction, an empty Chinese text, a dependency without a version in the
    // current layer, and a guide whose id is not from-to
    TestPacks.edit(pack, "examples.yaml", "  - id: tcp-echo.async-std\n", "  - id: tcp-echo.tokio\n");
    TestPacks.edit(pack, "examples.yaml", "correction: axum-0.8-api\n          facts: \"§5 #3\"",
        "correction: axum-0.9-api\n          facts: \"§5 #3\"");
    TestPacks.edit(pack, "examples.yaml", "title: {zh: \"HTTP 服务器（Tokio + axum）\"", "title: {zh: \" \"");
    TestPacks.edit(pack, "examples.yaml", "            - {crate: tide, version: \"0.16\", latest: \"0.16.0\"}",
        "            - {crate: tide, latest: \"0.16.0\"}");
    TestPacks.edit(pack, "migrations.yaml", "  - id: smol-tokio\n", "  - id: smol-to-tokio\n");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PackLoader.fromDirectory(pack));
    assertThat(e).isNotNull();
    List<String> messages = e.problems().stream().map(p -> p.location().file().replaceAll(".*/", "") + ":"
        + p.location().line() + ": " + p.message().en()).toList();
    assertThat(messages).anySatisfy(m -> assertThat(m).matches("examples.yaml:\\d+: duplicate example id 'tcp-echo.tokio'.*"))
        .anySatisfy(m -> assertThat(m).startsWith("examples.yaml:").contains("unknown correction 'axum-0.9-api'"))
        .anySatisfy(m -> assertThat(m).startsWith("examples.yaml:").contains("the zh text is empty"))
        .anySatisfy(m -> assertThat(m).contains("dependency 'tide' has no version"))
        .anySatisfy(m -> assertThat(m).startsWith("migrations.yaml:")
            .contains("migration guide 'smol-to-tokio' goes from smol to tokio, so its id must be 'smol-tokio'"));
  }

  @Test
  void theCratesTableIsChecked() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "examples.yaml", "\ncrates:\n  - {crate: tokio, version: \"1\", latest: \"1.53.1\"}\n"
        + "  - {crate: smol, version: \"2\", latest: \"2.0.2\"}\n  - {crate: axum, version: \"0.8\", latest: \"0.8.9\"}\n",
        "\ncrates:\n  - {crate: smol, version: \"2\", latest: \"2.0.2\"}\n  - {crate: smol, version: \"2\"}\n"
        + "  - {crate: axum, version: \"0.8\", latest: \"0.9.1\"}\n");
    TestPacks.edit(pack, "examples.yaml", "\n  - {crate: prost, version: \"0.14\"}", "\n  - {crate: prost, version: \">=0.14\"}");
    Cli.Result r = Cli.run("kb", "check", pack.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("crate 'axum': `latest` '0.9.1' is not a release inside the requirement '0.8'")
        .contains("crate 'prost': '>=0.14' is not a version requirement").contains("crate 'smol' is listed twice")
        .contains("migration guide 'async-std-tokio' goes to tokio, but `crates` has no entry for tokio");
  }

  @Test
  void caretRequirementsAsCargoReadsThem() {
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("1", "1.53.1")).isTrue();
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("0.8", "0.8.9")).isTrue();
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("0.8", "0.9.0")).isFalse();
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("1.2", "1.1.9")).isFalse();
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("1.2", "1.3.0")).isTrue();
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("2", "1.9.9")).isFalse();
    assertThat(dev.rta.knowledge.internal.CodeValidator.caret("0.0.3", "0.0.4")).isFalse();
  }

  @Test
  void aChangedBlockNeedsAChangeThatSaysWhy() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "examples.yaml", "latest: \"2.0.2\"}\n          code: |\n            use smol::io::{AsyncReadExt, AsyncWriteExt};",
        "latest: \"2.0.2\"}\n          code: |\n            use smol::io::{AsyncWriteExt, AsyncReadExt};");
    Cli.Result r = Cli.run("kb", "check", pack.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("examples.yaml:").contains("'tcp-echo.smol': the current code differs from the document's, "
        + "but no change says why");
  }
}
