package dev.rta.analyzer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rta.domain.Answers;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Lang;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.AnalysisOptions;
import dev.rta.domain.analysis.AnalysisProgress;
import dev.rta.knowledge.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the files of a Cargo workspace that rta reads as data: Cargo.toml, Cargo.lock and rta.toml, each in a
 * workspace whose other files are sound. The property: whatever the bytes, the analysis gives a result (with its
 * problems) or an {@link InvalidInputException} (exit 2), never another exception.
 *
 * <p>In the test suite each method replays its seeds and the crashes once found, from
 * {@code src/test/resources/dev/rta/analyzer/CargoFilesFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes one
 * method (see .ci/run and the README).
 */
class CargoFilesFuzzTest {
  private static final Analyzer ANALYZER = new Analyzer(PackLoader.bundled(),
      AnalysisOptions.defaults().withoutCargo().withThreads(1));

  static final String MANIFEST = """
      [package]
      name = "app"
      version = "0.1.0"
      edition = "2021"

      [dependencies]
      tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
      async-std = { version = "1.12", optional = true }

      [features]
      default = []
      compat = ["dep:async-std"]
      """;

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "20s")
  void manifest(byte[] cargoToml) throws IOException {
    analyze(cargoToml, null, null);
  }

  @FuzzTest(maxDuration = "20s")
  void lockfile(byte[] cargoLock) throws IOException {
    analyze(MANIFEST.getBytes(StandardCharsets.UTF_8), cargoLock, null);
  }

  @FuzzTest(maxDuration = "20s")
  void rtaToml(byte[] config) throws IOException {
    analyze(MANIFEST.getBytes(StandardCharsets.UTF_8), null, config);
  }

  private static void analyze(byte[] manifest, byte @Nullable [] lock, byte @Nullable [] config) throws IOException {
    // no sources: SourcePrePassFuzzTest fuzzes those, and the manifests' data is what is read here
    Files.write(dir.resolve("Cargo.toml"), manifest);
    write(dir.resolve("Cargo.lock"), lock);
    write(dir.resolve("rta.toml"), config);
    List<Problem> problems;
    try {
      Analysis a = ANALYZER.analyze(dir, Answers.empty(), AnalysisProgress.NONE);
      problems = a.problems();
    } catch (InvalidInputException e) {
      problems = e.problems();
    }
    for (Problem p : problems) { // every problem can be printed, in both languages
      p.format(Lang.EN);
      p.format(Lang.ZH);
    }
  }

  private static void write(Path file, byte @Nullable [] content) throws IOException {
    if (content == null) {
      Files.deleteIfExists(file);
    } else {
      Files.write(file, content);
    }
  }
}
