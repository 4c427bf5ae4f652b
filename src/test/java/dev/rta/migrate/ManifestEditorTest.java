package dev.rta.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** Cargo.toml edits that keep everything they do not change, byte for byte, and change nothing the second time. */
class ManifestEditorTest {
  static final ManifestEditor.Op TOKIO = new ManifestEditor.ReplaceDependency("async-std", "tokio", "1",
      List.of("rt-multi-thread", "macros", "net"));
  static final ManifestEditor.Op SQLX = new ManifestEditor.RenameFeature("sqlx", "runtime-async-std",
      "runtime-tokio");

  /** Edits, checks the result parses, and checks a second edit changes nothing. */
  static ManifestEditor.Result edit(String text, ManifestEditor.Op... ops) {
    ManifestEditor.Result r = ManifestEditor.edit(text, List.of(ops));
    TomlParseResult parsed = Toml.parse(r.text());
    assertThat(parsed.errors()).as(r.text()).isEmpty();
    ManifestEditor.Result again = ManifestEditor.edit(r.text(), List.of(ops));
    assertThat(again.text()).as("idempotent").isEqualTo(r.text());
    assertThat(again.changes()).isEmpty();
    return r;
  }

  @Test
  void replacesAnInlineEntryInPlaceKeepingTheComment() {
    String before = """
        [package]
        name = "x" # the name

        [dependencies]
        serde = "1"
        async-std = { version = "1.12", features = ["attributes"] } # runtime
        log = "0.4"
        """;
    ManifestEditor.Result r = edit(before, TOKIO);
    assertThat(r.text()).isEqualTo("""
        [package]
        name = "x" # the name

        [dependencies]
        serde = "1"
        tokio = { version = "1", features = ["macros", "net", "rt-multi-thread"] } # runtime
        log = "0.4"
        """);
    assertThat(r.changes()).extracting(ManifestEditor.Change::line).containsExactly(6);
  }

  @Test
  void aPlainStringEntryWithoutFeaturesStaysAString() {
    ManifestEditor.Result r = edit("[dev-dependencies]\nasync-std = \"1\"\n",
        new ManifestEditor.ReplaceDependency("async-std", "smol", "2", List.of()));
    assertThat(r.text()).isEqualTo("[dev-dependencies]\nsmol = \"2\"\n");
  }

  @Test
  void replacesTheTableFormWithItsMultiLineFeatures() {
    String before = """
        [dependencies.async-std]
        version = "1"
        features = [
            "attributes",  # main
            "unstable",
        ]
        default-features = true

        [dependencies.other]
        version = "2"
        """;
    ManifestEditor.Result r = edit(before, TOKIO);
    assertThat(r.text()).isEqualTo("""
        [dependencies.tokio]
        version = "1"
        features = ["macros", "net", "rt-multi-thread"]

        [dependencies.other]
        version = "2"
        """);
  }

  @Test
  void everyDependencyTableIncludingTargetsAndTheWorkspace() {
    String before = """
        [workspace.dependencies]
        async-std = "1.12"

        [target.'cfg(unix)'.dependencies]
        async-std = { workspace = true, features = ["attributes"] }

        [dev-dependencies]
        async-std = { version = "1", optional = true }
        """;
    ManifestEditor.Result r = edit(before, TOKIO);
    assertThat(r.text()).isEqualTo("""
        [workspace.dependencies]
        tokio = { version = "1", features = ["macros", "net", "rt-multi-thread"] }

        [target.'cfg(unix)'.dependencies]
        tokio = { workspace = true, features = ["macros", "net", "rt-multi-thread"] }

        [dev-dependencies]
        tokio = { version = "1", features = ["macros", "net", "rt-multi-thread"], optional = true }
        """);
  }

  @Test
  void mergesFeaturesWhenTheNewCrateIsAlreadyThere() {
    String before = """
        [dependencies]
        tokio = { version = "1.20", features = ["sync"] }
        async-std = "1"
        """;
    ManifestEditor.Result r = edit(before, TOKIO);
    assertThat(r.text()).isEqualTo("""
        [dependencies]
        tokio = { version = "1.20", features = ["sync", "macros", "net", "rt-multi-thread"] }
        """);
    String plain = edit("[dependencies]\ntokio = \"1.20\"\nasync-std = \"1\"\n", TOKIO).text();
    assertThat(plain).isEqualTo(
        "[dependencies]\ntokio = { version = \"1.20\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }\n");
  }

  @Test
  void followsTheRenameInFeaturesAndDropsTheOldCratesFeatures() {
    String before = """
        [dependencies]
        async-std = { version = "1", optional = true }

        [features]
        default = ["rt"]
        rt = ["dep:async-std", "async-std/attributes"]
        legacy = ["async-std?/unstable", "log"]
        """;
    ManifestEditor.Result r = edit(before, TOKIO);
    assertThat(r.text()).isEqualTo("""
        [dependencies]
        tokio = { version = "1", features = ["macros", "net", "rt-multi-thread"], optional = true }

        [features]
        default = ["rt"]
        rt = ["dep:tokio"]
        legacy = ["log"]
        """);
  }

  @Test
  void aRenamedPackageOrAPathIsLeftForAPerson() {
    String before = "[dependencies]\nrt = { package = \"async-std\", version = \"1\" }\n"
        + "async-std = { path = \"../async-std\" }\n";
    ManifestEditor.Result r = ManifestEditor.edit(before, List.of(TOKIO));
    assertThat(r.text()).isEqualTo(before);
    assertThat(r.unsupported()).hasSize(1).first().extracting(ManifestEditor.Change::line).isEqualTo(3);
  }

  @Test
  void renamesLibraryFeaturesByPrefix() {
    String before = """
        [dependencies]
        sqlx = { version = "0.8", features = ["runtime-async-std-rustls", "postgres"] }

        [dependencies.other-sqlx-user]
        version = "1"

        [features]
        pg = ["sqlx/runtime-async-std-native-tls", "sqlx?/runtime-async-std"]
        """;
    ManifestEditor.Result r = edit(before, SQLX);
    assertThat(r.text()).isEqualTo("""
        [dependencies]
        sqlx = { version = "0.8", features = ["runtime-tokio-rustls", "postgres"] }

        [dependencies.other-sqlx-user]
        version = "1"

        [features]
        pg = ["sqlx/runtime-tokio-native-tls", "sqlx?/runtime-tokio"]
        """);
    String table = edit("[dependencies.sqlx]\nversion = \"0.8\"\nfeatures = [\n  \"runtime-async-std\",\n]\n", SQLX)
        .text();
    assertThat(table).isEqualTo("[dependencies.sqlx]\nversion = \"0.8\"\nfeatures = [\n  \"runtime-tokio\",\n]\n");
  }

  @Test
  void keepsWindowsLineEndingsAndAMissingFinalNewline() {
    String before = "[package]\r\nname = \"x\"\r\n\r\n[dependencies.async-std]\r\nversion = \"1\"\r\n\r\n"
        + "[dependencies]\r\nlog = \"0.4\"";
    ManifestEditor.Result r = edit(before, TOKIO);
    assertThat(r.text()).isEqualTo("[package]\r\nname = \"x\"\r\n\r\n[dependencies.tokio]\r\nversion = \"1\"\r\n"
        + "features = [\"macros\", \"net\", \"rt-multi-thread\"]\r\n\r\n[dependencies]\r\nlog = \"0.4\"");
  }

  @Test
  void nothingToDoChangesNothing() {
    String before = "[dependencies]\nserde = \"1\" # keep\n";
    ManifestEditor.Result r = edit(before, TOKIO, SQLX);
    assertThat(r.text()).isEqualTo(before);
    assertThat(r.changes()).isEmpty();
  }

  @Test
  void malformedInputIsRefused() {
    assertThatThrownBy(() -> ManifestEditor.edit("[dependencies\n", List.of(TOKIO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("1:");
  }
}
