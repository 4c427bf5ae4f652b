package dev.rta.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.pack.CodeBlock;
import dev.rta.domain.pack.CodeExample;
import dev.rta.domain.pack.CodeKnowledge;
import dev.rta.domain.pack.Dependency;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.domain.pack.MigrationStep;
import dev.rta.testing.DebianCrates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrected code of the knowledge pack (the current layer of examples.yaml and migrations.yaml) really
 * compiles: every Rust block whose crates Debian packages is checked with {@code cargo check --offline}
 * against {@code /usr/share/cargo/registry}, with warnings denied, each with exactly the dependencies and
 * features it declares. Versions are pinned to what the registry has (tokio 1.24, async-std 1.12, smol 1.3
 * on bookworm), which may be older than the declared requirement; the report says where.
 * Blocks whose crates are not packaged are listed in {@link #NOT_COMPILED_HERE} with the reason, and the
 * test fails when that list is not exactly what the registry lacks.
 */
class CodeCompilesTest {
  /** The blocks this machine cannot build, and why. */
  static final Map<String, String> NOT_COMPILED_HERE = Map.of(
      "tcp-echo.embassy", "embassy-executor 0.10, embassy-net, embassy-stm32 and the thumbv7em-none-eabi target are not "
          + "packaged by Debian; the code follows embassy's examples/stm32f7 eth.rs at embassy-stm32-v0.6.0",
      "timers.embassy", "embassy-executor 0.10, embassy-time, embassy-sync and embassy-stm32 are not packaged by Debian",
      "http.axum", "axum 0.8 is not packaged by Debian",
      "http.tide", "tide is not packaged by Debian",
      "mixing[1]", "async-compat is not packaged by Debian");

  private static final Pattern MAIN = Pattern.compile("^\\s*(async\\s+)?fn main\\(", Pattern.MULTILINE);
  private static final CodeKnowledge CODE = PackLoader.bundled().code();

  @TempDir static Path dir;
  static Map<String, String> registry;
  /** Block name → package name, for the blocks built here. */
  static final Map<String, String> packages = new LinkedHashMap<>();
  /** Package name → what cargo said, when it failed. */
  static final Map<String, String> failures = new TreeMap<>();
  static final List<String> pinned = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    registry = DebianCrates.versions();
    DebianCrates.need(registry.containsKey("tokio") && registry.containsKey("async-std") && registry.containsKey("smol"),
        "Debian's packaged Rust crates are not installed (apt-get install librust-tokio-dev librust-async-std-dev librust-smol-dev)");
    DebianCrates.need(cargo(dir, "--version").exit() == 0, "cargo is not on PATH");
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Map.Entry<String, CodeBlock> e : rustBlocks().entrySet()) {
      if (buildable(e.getValue())) {
        String pkg = writePackage(e.getKey(), e.getValue());
        packages.put(e.getKey(), pkg);
        groups.computeIfAbsent(manifestDependencies(e.getValue()), k -> new ArrayList<>()).add(pkg);
      }
    }
    // The document's smol timer code, to show that this harness fails where the code is wrong (facts.md §5 #18).
    CodeBlock seedSmolTimers = CODE.example("timers.smol").seed().blocks().get(0);
    packages.put("seed:timers.smol", writePackage("seed:timers.smol", seedSmolTimers));
    groups.computeIfAbsent("seed", k -> new ArrayList<>()).add(packages.get("seed:timers.smol"));
    Files.writeString(dir.resolve("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [" + String.join(", ",
        packages.values().stream().map(p -> "\"" + p + "\"").toList()) + "]\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve(".cargo"));
    Files.writeString(dir.resolve(".cargo/config.toml"), DebianCrates.cargoConfig(), StandardCharsets.UTF_8);
    // One cargo run per set of dependencies: cargo unifies features within a run, so a block is never
    // built with a feature that only another block enables. The target directory is shared.
    for (List<String> group : groups.values()) {
      List<String> args = new ArrayList<>(List.of("check", "--offline", "--all-targets", "--message-format", "short"));
      group.forEach(p -> args.addAll(List.of("-p", p)));
      DebianCrates.Run r = cargo(dir, args.toArray(String[]::new));
      if (r.exit() != 0) {
        group.forEach(p -> failures.put(p, r.output()));
      }
    }
    System.out.println("CodeCompilesTest: checked " + (packages.size() - 1) + " corrected blocks against " + registry.entrySet()
        .stream().filter(e -> List.of("tokio", "async-std", "smol").contains(e.getKey()))
        .map(e -> e.getKey() + " " + e.getValue()).toList() + "; pinned below the declared requirement: " + pinned
        + "; not compiled here: " + new TreeMap<>(NOT_COMPILED_HERE).keySet());
  }

  @TestFactory
  Stream<DynamicTest> correctedCodeCompiles() {
    return packages.keySet().stream().filter(b -> !b.startsWith("seed:")).map(block -> DynamicTest.dynamicTest(block, () ->
        assertThat(failures.get(packages.get(block))).as("cargo check of %s", block).isNull()));
  }

  @Test
  void theDocumentsSmolTimerCodeDoesNotCompile() {
    assertThat(failures.get(packages.get("seed:timers.smol"))).as("cargo check of the document's smol timer code")
        .contains("no method named `unwrap` found for unit type `()`");
  }

  @Test
  void everyBlockNotBuiltHereIsListedWithItsReason() {
    Map<String, List<String>> missing = new TreeMap<>();
    rustBlocks().forEach((name, b) -> {
      List<String> absent = b.dependencies().stream().map(Dependency::crate).filter(c -> !registry.containsKey(c)).toList();
      if (!absent.isEmpty()) {
        missing.put(name, absent);
      }
    });
    assertThat(missing.keySet()).as("blocks whose crates Debian does not package (missing crates: %s)", missing)
        .containsExactlyInAnyOrderElementsOf(NOT_COMPILED_HERE.keySet());
  }

  @Test
  void almostEveryCorrectedBlockIsBuiltHere() {
    assertThat(packages).hasSizeGreaterThanOrEqualTo(30);
  }

  // ---- the blocks ------------------------------------------------------------------------------

  /** Every Rust block of the current layer, named {@code example[i]} or {@code guide/step/role}. */
  static Map<String, CodeBlock> rustBlocks() {
    Map<String, CodeBlock> out = new LinkedHashMap<>();
    for (CodeExample e : CODE.examples()) {
      List<CodeBlock> blocks = e.current().blocks();
      for (int i = 0; i < blocks.size(); i++) {
        out.put(blocks.size() == 1 ? e.id() : e.id() + "[" + i + "]", blocks.get(i));
      }
    }
    for (MigrationGuide g : CODE.migrations()) {
      for (MigrationStep s : g.current().steps()) {
        for (CodeBlock b : s.blocks()) {
          out.put(g.id() + "/" + s.id() + "/" + (b.role() == null ? "code" : b.role().name().toLowerCase(java.util.Locale.ROOT)), b);
        }
      }
    }
    out.values().removeIf(b -> !b.lang().equals("rust"));
    return out;
  }

  private static boolean buildable(CodeBlock b) {
    return b.target() == null && b.dependencies().stream().allMatch(d -> registry.containsKey(d.crate()));
  }

  private static String writePackage(String block, CodeBlock b) throws IOException {
    String pkg = "b" + (packages.size() + 1) + "-" + block.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    Path root = dir.resolve(pkg);
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("Cargo.toml"), "[package]\nname = \"" + pkg + "\"\nversion = \"0.0.0\"\nedition = \"2021\"\n"
        + "publish = false\n\n[dependencies]\n" + manifestDependencies(b), StandardCharsets.UTF_8);
    Files.writeString(root.resolve(MAIN.matcher(b.code()).find() ? "src/main.rs" : "src/lib.rs"), b.code(), StandardCharsets.UTF_8);
    for (Dependency d : b.dependencies()) {
      String have = registry.get(d.crate());
      if (d.version() != null && !have.equals(d.version()) && !have.startsWith(d.version() + ".")) {
        String note = d.crate() + " " + d.version() + " → " + have;
        if (!pinned.contains(note)) {
          pinned.add(note);
        }
      }
    }
    return pkg;
  }

  /** The declared dependencies with their features, pinned to the registry's version. */
  private static String manifestDependencies(CodeBlock b) {
    StringBuilder out = new StringBuilder();
    for (Dependency d : b.dependencies()) {
      out.append(d.crate()).append(" = { version = \"=").append(registry.get(d.crate())).append('"');
      if (!d.features().isEmpty()) {
        out.append(", features = [").append(String.join(", ", d.features().stream().map(f -> "\"" + f + "\"").toList()))
            .append(']');
      }
      out.append(" }\n");
    }
    return out.toString();
  }

  // ---- cargo -----------------------------------------------------------------------------------

  /** The target directory, shared with the other tests that build with Debian's crates. */
  static final Path TARGET = Path.of("target/code-compiles");

  static DebianCrates.Run cargo(Path cwd, String... args) throws IOException, InterruptedException {
    return DebianCrates.cargo(cwd, TARGET, args);
  }
}
