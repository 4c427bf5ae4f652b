package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.TomlParseResult;

/** The target root files Cargo would build, with its auto-discovery rules. */
class CargoTargetsTest {
  @TempDir Path dir;

  void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  /** The targets as "KIND path", for a package with these [package] keys and tables. */
  List<String> targets(String packageKeys, String tables) throws IOException {
    write("Cargo.toml", "[package]\nname = \"app\"\nversion = \"0.1.0\"\n" + packageKeys + "\n" + tables);
    TomlParseResult toml = ManifestParser.parseToml(dir.resolve("Cargo.toml"), "Cargo.toml", new ArrayList<>());
    SourceTree tree = new SourceTree(Workspace.read(dir), new SourceScanner.Stats());
    return CargoTargets.of(dir, "app", toml, null, tree).stream()
        .map(t -> t.kind() + " " + dir.relativize(t.root().normalize()).toString().replace('\\', '/')).toList();
  }

  void layout() throws IOException {
    for (String f : List.of("src/lib.rs", "src/main.rs", "src/bin/tool.rs", "src/bin/multi/main.rs", "src/bin/multi/util.rs",
        "examples/demo.rs", "examples/big/main.rs", "tests/it.rs", "tests/common/mod.rs", "benches/speed.rs", "build.rs")) {
      write(f, "");
    }
    write("examples/nested/Cargo.toml", "[package]\nname = \"nested\"\n"); // a package of its own
    write("examples/nested/main.rs", "");
    write("tests/.#it.rs", ""); // an editor's lock file: Cargo skips dot files
    write("tests/.hidden/main.rs", "");
    write("tests/notes.txt", "");
  }

  @Test
  void discoversTheConventionalTargets() throws IOException {
    layout();
    assertThat(targets("edition = \"2021\"", "")).containsExactly("LIB src/lib.rs", "BIN src/main.rs",
        "BIN src/bin/multi/main.rs", "BIN src/bin/tool.rs", "EXAMPLE examples/big/main.rs", "EXAMPLE examples/demo.rs",
        "TEST tests/it.rs", "BENCH benches/speed.rs", "BUILD build.rs");
  }

  @Test
  void autoDiscoveryOffLeavesOnlyTheListedTargets() throws IOException {
    layout();
    assertThat(targets("edition = \"2021\"\nautobins = false\nautoexamples = false\nautotests = false\n"
        + "autobenches = false\nautolib = false\nbuild = false", "[[bin]]\nname = \"tool\"\n"))
        .containsExactly("BIN src/bin/tool.rs");
  }

  @Test
  void listedTargetsAddToDiscoveredOnesExceptInEdition2015() throws IOException {
    layout();
    String tables = "[lib]\npath = \"src/main.rs\"\n[[bin]]\nname = \"cli\"\npath = \"tools/cli.rs\"\n[[test]]\nname = \"it\"\n";
    assertThat(targets("edition = \"2021\"\nbuild = \"gen/build.rs\"", tables)).containsExactly("LIB src/main.rs",
        "BIN tools/cli.rs", "BIN src/main.rs", "BIN src/bin/multi/main.rs", "BIN src/bin/tool.rs",
        "EXAMPLE examples/big/main.rs", "EXAMPLE examples/demo.rs", "TEST tests/it.rs", "BENCH benches/speed.rs",
        "BUILD gen/build.rs");
    // No edition is 2015: a listed target of a kind turns that kind's discovery off.
    assertThat(targets("", tables)).containsExactly("LIB src/main.rs", "BIN tools/cli.rs",
        "EXAMPLE examples/big/main.rs", "EXAMPLE examples/demo.rs", "TEST tests/it.rs", "BENCH benches/speed.rs",
        "BUILD build.rs");
  }

  @Test
  void malformedTargetTablesAreIgnoredNotFatal() throws IOException {
    write("src/lib.rs", "");
    assertThat(targets("edition = \"2021\"\nautobins = \"no\"\nbuild = 5", "[lib]\npath = 7\n[[bin]]\nname = 5\npath = 6\n"))
        .containsExactly("LIB src/lib.rs");
  }
}
