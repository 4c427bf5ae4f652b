package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.knowledge.PackLoader;
import dev.rta.report.Style;
import dev.rta.testing.Cli;
import dev.rta.testing.Golden;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** explain, compare, tree, list-keys and completion. */
class KnowledgeCommandsTest {
  private static final KnowledgePack PACK = PackLoader.bundled();

  @ParameterizedTest(name = "explain {0} ({1})")
  @CsvSource({
      "tokio, en", "tokio, zh", "async-std, en", "embassy, zh", "futures, en", "final.std-api, en", "final.std-api, zh",
      "constraint.features.signals, en", "checklist.team-experience, en", "platform, en", "platform, zh", "D1, en",
      "D1, zh", "async-std-discontinued, en", "async-std-discontinued, zh", "hard-realtime, en",
      "RUSTSEC-2025-0052, zh"})
  void explainsEveryKindOfTopic(String topic, String lang) {
    Cli.Result r = Cli.run("--lang", lang, "explain", topic);
    assertThat(r.exit()).as(r.err()).isZero();
    Golden.assertMatches("explain/" + topic + "." + lang + ".txt", r.out());
  }

  @Test
  void hardRealtimeIsBothAKeyAndACorrection() {
    // An answer key wins over the correction of the same name; the correction is still reachable by its text.
    assertThat(Cli.run("explain", "hard-realtime").out()).startsWith("hard-realtime  bool");
  }

  @Test
  void explainUnderTheSeedBaselineShowsTheDocument() {
    assertThat(Cli.run("explain", "final.std-api", "--baseline", "seed").out()).contains("effect: recommend async-std\n");
  }

  @Test
  void explainAnUnknownTopicSuggests() {
    Cli.Result r = Cli.run("explain", "tokoi");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown topic 'tokoi'; did you mean 'tokio'?");
  }

  @ParameterizedTest(name = "compare ({0})")
  @CsvSource({"en, current", "zh, current", "en, seed"})
  void comparesSideBySide(String lang, String baseline) {
    Cli.Result r = Cli.run("--lang", lang, "compare", "tokio", "async-std", "smol", "embassy", "--baseline", baseline,
        "--width", "120");
    assertThat(r.exit()).isZero();
    Golden.assertMatches("compare/all." + baseline + "." + lang + ".txt", r.out());
  }

  @ParameterizedTest(name = "compare fits {0} columns")
  @CsvSource({"60", "80", "100", "140"})
  void compareFitsTheWidth(int width) {
    for (String lang : List.of("en", "zh")) {
      Cli.Result r = Cli.run("--lang", lang, "compare", "tokio", "smol", "--width", String.valueOf(width));
      r.out().lines().forEach(line -> assertThat(Style.width(line)).as(line).isLessThanOrEqualTo(width));
    }
  }

  @Test
  void compareRejectsUnknownRuntimes() {
    Cli.Result r = Cli.run("compare", "tokio", "smoll");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown runtime 'smoll'; did you mean 'smol'?");
  }

  @ParameterizedTest(name = "tree {0} {1}")
  @CsvSource({"ascii, en", "ascii, zh", "mermaid, en", "dot, en"})
  void drawsTheFlowchart(String format, String lang) {
    Cli.Result plain = Cli.run("--lang", lang, "tree", "--format", format);
    Golden.assertMatches("tree/flowchart." + lang + "." + format, plain.out());
    Cli.Result path = Cli.run("--lang", lang, "tree", "--format", format, "--set", "platform=desktop",
        "--set", "io-multiplexing=false", "--set", "std-api=true");
    Golden.assertMatches("tree/path-desktop." + lang + "." + format, path.out());
  }

  /** Parses Mermaid flowchart lines and checks the structure against the pack's flowchart. */
  @Test
  void mermaidHasEveryNodeAndBranchAndHighlightsThePath() {
    String mermaid = Cli.run("tree", "--format", "mermaid", "--set", "platform=server", "--set", "high-throughput=false",
        "--set", "std-api=false").out();
    List<String> lines = mermaid.lines().toList();
    assertThat(lines.get(0)).isEqualTo("flowchart TD");
    Pattern node = Pattern.compile("^  (\\w+)(\\{\"[^\"]*\"\\}|\\[\"[^\"]*\"\\])$");
    Pattern edge = Pattern.compile("^  (\\w+) -\\.?->\\|\"[^\"]*\"\\| (\\w+)$");
    Set<String> nodes = new LinkedHashSet<>();
    List<String[]> edges = new ArrayList<>();
    String classLine = null;
    String linkStyle = null;
    for (String l : lines.subList(1, lines.size())) {
      Matcher n = node.matcher(l);
      Matcher e = edge.matcher(l);
      if (n.matches()) {
        nodes.add(n.group(1));
      } else if (e.matches()) {
        edges.add(new String[] {e.group(1), e.group(2)});
      } else if (l.startsWith("  class ")) {
        classLine = l;
      } else if (l.startsWith("  linkStyle ")) {
        linkStyle = l;
      } else {
        assertThat(l).as("an unexpected Mermaid line").startsWith("  classDef ");
      }
    }
    assertThat(nodes).hasSize(PACK.flowchart().nodes().size() + PACK.flowchart().leaves().size());
    int branches = PACK.flowchart().nodes().stream().mapToInt(n -> n.branches().size()).sum();
    assertThat(edges).hasSize(branches);
    assertThat(edges).allSatisfy(e -> assertThat(nodes).contains(e[0], e[1]));
    assertThat(classLine).isEqualTo("  class flowchart_smol,high_throughput,platform,std_compat path");
    // The highlighted edges are the branches taken, in declaration order.
    List<String> taken = new ArrayList<>();
    int index = 0;
    for (FlowNode n : PACK.flowchart().nodes()) {
      for (FlowBranch b : n.branches()) {
        boolean on = n.id().equals("platform") && b.value().equals("server")
            || n.id().equals("high-throughput") && b.value().equals("false")
            || n.id().equals("std-compat") && b.value().equals("false");
        if (on) {
          taken.add(String.valueOf(index));
        }
        index++;
      }
    }
    assertThat(linkStyle).startsWith("  linkStyle " + String.join(",", taken) + " ");
  }

  /** The branch rta decided (D1: the desktop branch's "no") is marked in every format, as the ASCII tree marks it. */
  @ParameterizedTest(name = "tree {0} {1} marks D1")
  @CsvSource({"ascii, en, '└─ no (rta decision D1)'", "ascii, zh, '└─ 否（rta 决定 D1）'",
      "mermaid, en, 'io_multiplexing -.->|\"no (rta decision D1)\"| std_compat'",
      "dot, en, 'io_multiplexing -> std_compat [label=\"no (rta decision D1)\", style=dashed]'",
      "mermaid, zh, 'io_multiplexing -.->|\"否（rta 决定 D1）\"| std_compat'",
      "dot, zh, 'io_multiplexing -> std_compat [label=\"否（rta 决定 D1）\", style=dashed]'"})
  void marksTheBranchRtaDecided(String format, String lang, String expected) {
    String out = Cli.run("--lang", lang, "tree", "--format", format).out();
    assertThat(out).contains(expected);
    // Only that branch: every other edge is drawn as the document draws it.
    assertThat(out.split("rta decision D1|rta 决定 D1", -1)).hasSize(2);
  }

  @Test
  void listKeysInBothLanguages() {
    Golden.assertMatches("list-keys.en.txt", Cli.run("list-keys").out());
    Golden.assertMatches("list-keys.zh.txt", Cli.run("--lang", "zh", "list-keys").out());
  }

  @Test
  void completionScripts() {
    Cli.Result bash = Cli.run("completion", "bash");
    assertThat(bash.exit()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("recommend").contains("--baseline");
    Cli.Result zsh = Cli.run("completion", "zsh");
    assertThat(zsh.out()).startsWith("#compdef rta\n").contains("bashcompinit");
  }

  @Test
  void coloursOnlyWhenAskedOrOnATerminal() {
    assertThat(Cli.run("recommend", "--set", "platform=server").out()).doesNotContain("\u001b[");
    assertThat(Cli.run("--color", "always", "recommend", "--set", "platform=server").out()).contains("\u001b[1m");
    assertThat(Cli.run("--color", "always", "--no-color", "recommend").out()).doesNotContain("\u001b[");
  }

  @Test
  void listKeysAsJsonHasEveryKeyWithItsValues() throws Exception {
    Cli.Result r = Cli.run("list-keys", "--format", "json");
    assertThat(r.exit()).isZero();
    var keys = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(keys.size()).isEqualTo(PackLoader.bundled().questions().size());
    assertThat(keys.get(0).get("key").asText()).isEqualTo("platform");
    assertThat(keys.get(0).get("values").get(1).get("id").asText()).isEqualTo("server");
  }

  @ParameterizedTest
  @CsvSource({"RTA002, en, discontinued", "rta002, zh, 停止维护", "RTA008, en, RTA008"})
  void findingIdsAreExplainTopics(String topic, String lang, String expected) {
    Cli.Result r = Cli.run("--lang", lang, "explain", topic);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(expected);
  }
}
