package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rta.knowledge.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the reading of one Rust source file: the lexical pre-pass ({@link RelevantItems}), then the whole per-file
 * scan (the call-graph summary, tree-sitter through {@link RustSyntax}, the queries). The property: any bytes give a
 * result (the file read, or skipped and counted), never an exception; the pre-pass's ranges are ordered, disjoint and
 * inside the file, as tree-sitter's included ranges must be.
 *
 * <p>Seeds and crashes once found: {@code src/test/resources/dev/rta/analyzer/SourcePrePassFuzzTestInputs/source/}.
 */
class SourcePrePassFuzzTest {
  private static final SourceScanner SCANNER = new SourceScanner(PackLoader.bundled().analysis())
      .mentions(Set.of("tokio", "async_std", "smol"));
  private static final RelevantItems RELEVANT = new RelevantItems(
      List.of("tokio::spawn", "tokio::main", "std::thread::sleep", "std::sync::Mutex", "futures::executor::block_on"),
      List.of("block_on"));

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "30s")
  void source(byte[] bytes) throws IOException {
    int[] ranges = RELEVANT.ranges(bytes);
    if (ranges != null) {
      assertThat(ranges.length % 2).isZero();
      for (int i = 0; i < ranges.length; i += 2) {
        assertThat(ranges[i]).isGreaterThanOrEqualTo(i == 0 ? 0 : ranges[i - 1]).isLessThan(ranges[i + 1]);
        assertThat(ranges[i + 1]).isLessThanOrEqualTo(bytes.length);
      }
    }
    // the scan reads only UTF-8: give it the same text, made valid
    byte[] text = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("lib.rs");
    Files.write(file, text);
    SourceScanner.Stats stats = new SourceScanner.Stats();
    SCANNER.scan(List.of(new SourceScanner.SourceFile("app", file, "src/lib.rs", false)), stats, 1, done -> { });
    assertThat(stats.files + stats.skippedBinary + stats.skippedNonUtf8 + stats.skippedLarge + stats.tooDeep.size())
        .as("the file is read or skipped and counted").isEqualTo(1);
  }
}
