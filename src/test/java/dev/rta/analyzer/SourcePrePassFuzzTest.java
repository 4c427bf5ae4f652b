package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rta.knowledge.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the reading of one Rust source file. {@link #prePass} drives the lexical pre-pass ({@link RelevantItems}),
 * the call-graph summary and tree-sitter through {@link RustSyntax} on the chosen ranges, without threads (fast);
 * {@link #scan} drives the scanner's whole per-file work as {@code rta analyze} does (slower). The property: any bytes
 * give a result (the file read, or skipped and counted), never an exception; the pre-pass's ranges are ordered,
 * disjoint and inside the file, as tree-sitter's included ranges must be.
 *
 * <p>Seeds, shared by both methods: {@code src/test/resources/dev/rta/analyzer/SourcePrePassFuzzTestInputs/};
 * crashes once found go to its {@code <method>/} directories.
 */
class SourcePrePassFuzzTest {
  private static final List<String> PATHS = List.of("tokio::spawn", "tokio::main", "std::thread::sleep",
      "std::sync::Mutex", "futures::executor::block_on", "smol::block_on");
  private static final RelevantItems RELEVANT = new RelevantItems(PATHS, List.of("block_on"));
  private static final CallGraph CALLS = new CallGraph(PackLoader.bundled().analysis(),
      Set.of("futures::executor::block_on", "smol::block_on"), Set.of("block_on"));
  private static final RustSyntax SYNTAX = RustSyntax.open(String.join("\n",
      "(call_expression function: (_) @callee) @call",
      "(macro_invocation macro: (_) @macroname (token_tree) @tokens)",
      "(use_declaration argument: (_) @use)",
      "(await_expression) @await"), true);
  private static final SourceScanner SCANNER = new SourceScanner(PackLoader.bundled().analysis())
      .mentions(Set.of("tokio", "async_std", "smol"));

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "20s")
  void prePass(byte[] raw) {
    int[] kept = RELEVANT.ranges(raw); // the lexer reads any bytes
    assertRanges(kept, raw.length);
    byte[] bytes = utf8(raw);
    RelevantItems.Tokens tokens = RelevantItems.Tokens.lex(bytes);
    if (tokens.tooDeep()) {
      return; // the scanner skips such a file before anything below
    }
    CALLS.summarize(tokens, new SourceScanner.SourceFile("app", dir.resolve("lib.rs"), "src/lib.rs", false,
        dir.resolve("lib.rs"), dir));
    int[] ranges = RELEVANT.ranges(tokens);
    assertRanges(ranges, bytes.length);
    if (ranges == null) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    try (RustSyntax.Tree tree = SYNTAX.parse(text, bytes, included(bytes, ranges))) {
      tree.root().hasError();
      for (RustSyntax.Match m : tree.matches()) {
        for (RustSyntax.Node n : m.nodes()) {
          assertThat(n.startByte()).isBetween(0, n.endByte());
          assertThat(n.endByte()).isLessThanOrEqualTo(bytes.length);
          for (RustSyntax.Node p = n.parent(); p != null; p = p.parent()) { // as the scanner walks up
            p.type();
          }
        }
      }
    }
  }

  @FuzzTest(maxDuration = "20s")
  void scan(byte[] raw) throws IOException {
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws.resolve("src"));
    Files.writeString(ws.resolve("Cargo.toml"), "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    Files.write(ws.resolve("src/lib.rs"), utf8(raw)); // the scanner reads only UTF-8: the same text, made valid
    SourceScanner.Stats stats = new SourceScanner.Stats();
    Workspace workspace = Workspace.read(ws);
    SourceTree tree = new SourceTree(workspace, stats);
    SCANNER.scan(SourceScanner.roots(workspace, tree), tree, stats, 1, dev.rta.domain.analysis.AnalysisProgress.NONE);
    assertThat(stats.files + stats.skippedBinary + stats.skippedNonUtf8 + stats.skippedLarge + stats.tooDeep.size()
        + stats.overflowed.size() + stats.skippedUnreadable)
        .as("the root file is read or skipped and counted (the modules it names too)").isGreaterThanOrEqualTo(1);
  }

  private static byte[] utf8(byte[] raw) {
    return new String(raw, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
  }

  private static void assertRanges(int[] ranges, int length) {
    if (ranges == null) {
      return;
    }
    assertThat(ranges.length % 2).isZero();
    for (int i = 0; i < ranges.length; i += 2) {
      assertThat(ranges[i]).isGreaterThanOrEqualTo(i == 0 ? 0 : ranges[i - 1]).isLessThan(ranges[i + 1]);
      assertThat(ranges[i + 1]).isLessThanOrEqualTo(length);
    }
  }

  /** [start, end) byte pairs as tree-sitter's included ranges: six ints each, rows and columns as the scanner does. */
  private static int[] included(byte[] bytes, int[] ranges) {
    List<Integer> lineStarts = new ArrayList<>(List.of(0));
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lineStarts.add(i + 1);
      }
    }
    int[] out = new int[ranges.length * 3];
    for (int i = 0; i < ranges.length / 2; i++) {
      int start = ranges[2 * i];
      int end = ranges[2 * i + 1];
      int startLine = line(lineStarts, start);
      int endLine = line(lineStarts, end);
      out[6 * i] = startLine;
      out[6 * i + 1] = start - lineStarts.get(startLine);
      out[6 * i + 2] = endLine;
      out[6 * i + 3] = end - lineStarts.get(endLine);
      out[6 * i + 4] = start;
      out[6 * i + 5] = end;
    }
    return out;
  }

  private static int line(List<Integer> lineStarts, int offset) {
    int line = java.util.Collections.binarySearch(lineStarts, offset);
    return line < 0 ? -line - 2 : line;
  }
}
