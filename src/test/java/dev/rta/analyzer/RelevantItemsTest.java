package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexical pre-pass: which items of a file tree-sitter gets to parse. */
class RelevantItemsTest {
  static final RelevantItems ITEMS = new RelevantItems(
      Set.of("tokio::spawn", "tokio::main", "std::thread::sleep", "std::fs::read_to_string", "tokio::runtime::Builder::new_multi_thread",
          "tokio::time", "std::fs"),
      Set.of("block_on"));

  /** The kept text: the parts of the source inside the ranges, or "" for none and the whole source for all. */
  static String kept(String src) {
    byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
    int[] r = ITEMS.ranges(bytes);
    if (r == null) {
      return "";
    }
    if (r.length == 0) {
      return src;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < r.length; i += 2) {
      out.append(new String(bytes, r[i], r[i + 1] - r[i], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  static String padding(int items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items; i++) {
      b.append("\nstruct Filler").append(i).append(" { a: u32, b: String }\n");
    }
    return b.toString();
  }

  @Test
  void aFileWithNothingOfInterestIsNotParsed() {
    assertThat(ITEMS.ranges("fn add(a: u32, b: u32) -> u32 { a + b }\n".getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void keepsItemsNamingARuntimeAndDropsTheRest() {
    String src = "use std::collections::HashMap;\n" + padding(20)
        + "\n#[tokio::main]\nasync fn main() {\n    tokio::spawn(async {});\n}\n" + padding(20);
    String kept = kept(src);
    assertThat(kept).contains("use std::collections::HashMap;", "#[tokio::main]", "tokio::spawn(async {});")
        .doesNotContain("Filler0", "Filler19");
  }

  @Test
  void namesImportedFromARuntimeAreTriggers() {
    String src = "use std::thread::sleep as nap;\nuse tokio::runtime::*;\n" + padding(20)
        + "async fn a() { nap(std_time()); }\n" + padding(5) + "fn b() { let rt = Builder::new_multi_thread(); }\n"
        + "fn c() { let s = \"tokio::spawn in a string\"; }\n" + padding(20);
    String kept = kept(src);
    assertThat(kept).contains("async fn a()", "fn b()").doesNotContain("fn c()", "Filler3");
  }

  @Test
  void methodsAndLocksAcrossAwaitsAreKept() {
    String src = padding(20) + "fn a(rt: &Rt) { rt.block_on(async {}); }\n"
        + "async fn b(m: &Mutex<u8>) { let g = m.lock().unwrap(); other().await; }\n"
        + "async fn c() { other().await; }\n" + padding(20);
    assertThat(kept(src)).contains("fn a(", "async fn b(").doesNotContain("async fn c(");
  }

  @Test
  void blocksAreOpenedAndKeepTheirHeaderAndAttributes() {
    String src = "#[cfg(test)]\nmod tests {\n    use super::*;\n" + padding(20).replace("\n", "\n    ")
        + "\n    #[tokio::test]\n    async fn t() {}\n" + padding(20).replace("\n", "\n    ") + "}\n"
        + "impl Server {\n    fn plain(&self) -> u32 { 1 }\n" + padding(20).replace("struct", "fn f").replace("{ a: u32, b: String }", "() {}")
        + "    async fn run(&self) { tokio::spawn(async {}); }\n}\n";
    String kept = kept(src);
    assertThat(kept).contains("#[cfg(test)]\nmod tests {", "use super::*;", "#[tokio::test]", "impl Server {",
        "async fn run(&self)").doesNotContain("Filler", "fn plain");
    assertThat(kept.strip()).endsWith("}");
  }

  @Test
  void stringsCommentsCharsAndLifetimesDoNotConfuseTheItemBoundaries() {
    String src = "const A: &str = \"} ; {\";\nconst B: &str = r#\"\" } { \"#;\nconst C: char = '{';\nconst D: char = '\\'';\n"
        + "/* } /* nested { */ still comment } */\nfn e<'a>(x: &'a str) -> &'a str { x }\n" + "// }\n"
        + "const F: char = 'é';\nstatic G: [u8; 2] = [1, 2];\n" + padding(20)
        + "fn after() { std::thread::sleep(d()); }\n" + padding(20);
    String kept = kept(src);
    assertThat(kept).contains("fn after() { std::thread::sleep(d()); }").doesNotContain("const A", "fn e<", "Filler7");
  }

  @Test
  void innerAttributesAndUsesAreAlwaysKept() {
    String src = "#![no_std]\n#![no_main]\nuse core::fmt;\n" + padding(30);
    assertThat(kept(src)).contains("#![no_std]", "#![no_main]", "use core::fmt;").doesNotContain("Filler");
  }

  @Test
  void mostlyRelevantFilesAreParsedWhole() {
    String src = "async fn a() { tokio::spawn(async {}); }\nasync fn b() { tokio::spawn(async {}); }\n";
    assertThat(ITEMS.ranges(src.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void rangesAreSortedAndDisjoint() {
    String src = "use tokio::spawn;\n" + padding(10) + "fn a() { spawn(x()); }\n" + padding(10) + "fn b() { spawn(y()); }\n"
        + padding(10);
    int[] r = ITEMS.ranges(src.getBytes(StandardCharsets.UTF_8));
    assertThat(r).isNotNull().isNotEmpty();
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < r.length; i += 2) {
      assertThat(r[i]).isLessThan(r[i + 1]);
      if (!ends.isEmpty()) {
        assertThat(r[i]).isGreaterThan(ends.get(ends.size() - 1));
      }
      ends.add(r[i + 1]);
    }
    assertThat(r.length / 2).isEqualTo(3);
  }
}
