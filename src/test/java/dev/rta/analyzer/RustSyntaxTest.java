package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two tree-sitter bindings give the same trees and matches; the optimised one is built where CI runs. */
class RustSyntaxTest {
  static final String QUERY = "(call_expression function: (_) @callee) @call\n(await_expression) @await";
  static final String SRC = """
      use tokio::time::sleep;

      async fn run() {
          let v = tokio::spawn(async { 1 }).await;
          sleep(d()).await;
      }
      """;

  @Test
  void theOptimisedBuildIsThereInCi() {
    if ("1".equals(System.getenv("RTA_REQUIRE_NATIVE"))) {
      assertThat(NativeRust.whyUnavailable()).isNull();
    }
    assumeTrue(NativeRust.available(), NativeRust.whyUnavailable());
    assertThat(NativeRust.abiVersion()).isBetween(14, 15);
  }

  static List<String> describe(RustSyntax syntax, int[] ranges) {
    List<String> out = new ArrayList<>();
    byte[] bytes = SRC.getBytes(StandardCharsets.UTF_8);
    try (RustSyntax.Tree tree = syntax.parse(SRC, bytes, ranges)) {
      out.add("root " + tree.root().type() + " error=" + tree.root().hasError());
      for (RustSyntax.Match m : tree.matches()) {
        StringBuilder b = new StringBuilder("match " + m.pattern());
        for (int i = 0; i < m.names().size(); i++) {
          RustSyntax.Node n = m.nodes().get(i);
          RustSyntax.Node parent = n.parent();
          RustSyntax.Node prev = n.prevSibling();
          RustSyntax.Node function = n.childByField("function");
          b.append(" @").append(m.names().get(i)).append('=').append(n.type()).append('[').append(n.startByte()).append(',')
              .append(n.endByte()).append("] parent=").append(parent == null ? "-" : parent.type())
              .append(" prev=").append(prev == null ? "-" : prev.type())
              .append(" function=").append(function == null ? "-" : new String(bytes, function.startByte(),
                  function.endByte() - function.startByte(), StandardCharsets.UTF_8))
              .append(" children=").append(n.childCount());
          if (n.childCount() > 0) {
            b.append(" first=").append(n.child(0).type());
          }
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  @Test
  void bothBindingsAgree() {
    assumeTrue(NativeRust.available(), NativeRust.whyUnavailable());
    int[] all = new int[0];
    // Only the function: from byte 25 (after the use line) to the end.
    int start = SRC.indexOf("async fn");
    int end = SRC.length();
    int[] part = {2, 0, 6, 1, start, end};
    try (RustSyntax fast = new NativeRust(QUERY); RustSyntax portable = new PortableRust(QUERY)) {
      List<String> whole = describe(fast, all);
      assertThat(whole).isEqualTo(describe(portable, all));
      assertThat(whole).hasSizeGreaterThan(4).anyMatch(s -> s.contains("function=tokio::spawn"));
      assertThat(describe(fast, part)).isEqualTo(describe(portable, part));
    }
  }

  @Test
  void includedRangesKeepTheirOffsets() {
    assumeTrue(NativeRust.available(), NativeRust.whyUnavailable());
    int start = SRC.indexOf("async fn");
    try (RustSyntax fast = new NativeRust(QUERY)) {
      List<String> d = describe(fast, new int[] {2, 0, 6, 1, start, SRC.length()});
      assertThat(String.join("\n", d)).contains("function=tokio::spawn").doesNotContain("use_declaration");
    }
  }
}
