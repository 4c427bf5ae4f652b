package dev.rta.report;

import static dev.rta.report.SvgDocuments.elements;
import static dev.rta.report.SvgDocuments.hasClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.app.Advisor;
import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.decision.Baseline;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowLeaf;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.Flowchart;
import dev.rta.domain.pack.Preference;
import dev.rta.testing.Golden;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FlowchartSvgRendererTest {
  private static final Advisor ADVISOR = Advisor.bundled();
  private static final Flowchart FLOW = ADVISOR.pack().flowchart();

  private static @Nullable FlowPath path(String... sets) {
    return sets.length == 0 ? null
        : ADVISOR.recommend(ADVISOR.parseAnswers(List.of(sets)), Baseline.CURRENT).flowchart();
  }

  private static String render(Lang lang, @Nullable FlowPath path) {
    return new FlowchartSvgRenderer(FLOW, ADVISOR.knowledge(Baseline.CURRENT).leafLabels(), lang, path).svg();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"en, none", "zh, none", "en, server-tokio", "zh, server-tokio"})
  void matchesTheGoldenFiles(String lang, String answers) {
    FlowPath path = answers.equals("none") ? null : path("platform=server", "high-throughput=true");
    Golden.assertMatches("svg/flowchart." + answers + "." + lang + ".svg", render(Lang.parse(lang), path));
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    FlowPath path = path("platform=desktop", "io-multiplexing=false", "std-api=true");
    assertThat(render(Lang.EN, path)).isEqualTo(render(Lang.EN, path("platform=desktop", "io-multiplexing=false",
        "std-api=true")));
  }

  @Test
  void everyNodeLeafAndBranchIsDrawnWithAStableIdAndHoverText() {
    Document doc = SvgDocuments.parse(render(Lang.EN, null));
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Decision flowchart");
    List<Element> nodes = elements(doc, "g").stream().filter(g -> hasClass(g, "node")).toList();
    Set<String> expected = Stream.concat(FLOW.nodes().stream().map(FlowNode::id), FLOW.leaves().stream()
        .map(FlowLeaf::id)).collect(Collectors.toSet());
    assertThat(nodes).extracting(g -> g.getAttribute("data-node")).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(nodes).allSatisfy(g -> {
      assertThat(g.getAttribute("id")).isEqualTo("rta-node-" + g.getAttribute("data-node").replaceAll("[.]", "_"));
      assertThat(elements(doc, "title")).anySatisfy(t -> assertThat(t.getParentNode()).isSameAs(g));
    });
    assertThat(doc.getElementById("rta-node-std-compat")).isNull(); // ids are attributes, not DTD ids
    assertThat(nodes).filteredOn(g -> g.getAttribute("id").equals("rta-node-std-compat")).hasSize(1);
    assertThat(nodes).filteredOn(g -> g.getAttribute("id").equals("rta-node-flowchart_tokio")).singleElement()
        .satisfies(g -> assertThat(hasClass(g, "leaf")).isTrue());
    int branches = FLOW.nodes().stream().mapToInt(n -> n.branches().size()).sum();
    assertThat(elements(doc, "g").stream().filter(g -> hasClass(g, "edge"))).hasSize(branches);
    assertThat(elements(doc, "g")).noneMatch(g -> hasClass(g, "taken"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'platform=server,high-throughput=true'", "'platform=desktop,io-multiplexing=false,std-api=false'",
      "'platform=server'", "'platform=embedded'"})
  void highlightsExactlyThePathsNodesAndBranches(String answers) {
    FlowPath path = path(answers.split(","));
    Document doc = SvgDocuments.parse(render(Lang.EN, path));
    Set<String> nodes = new HashSet<>();
    Set<String> branches = new HashSet<>();
    for (FlowStep s : path.steps()) {
      nodes.add(s.node());
      if (s.value() != null) {
        branches.add(s.node() + "=" + s.value());
      }
    }
    if (path.leaf() != null) {
      nodes.add(path.leaf());
    }
    List<Element> taken = elements(doc, "g").stream().filter(g -> hasClass(g, "taken")).toList();
    assertThat(taken.stream().filter(g -> hasClass(g, "node")).map(g -> g.getAttribute("data-node")))
        .containsExactlyInAnyOrderElementsOf(nodes);
    assertThat(taken.stream().filter(g -> hasClass(g, "edge"))
        .map(g -> g.getAttribute("data-from") + "=" + g.getAttribute("data-value")))
        .containsExactlyInAnyOrderElementsOf(branches);
    // Without the page's CSS the path still stands out: its boxes and lines are drawn green.
    assertThat(taken).allSatisfy(g -> assertThat(g.getElementsByTagName("*")).satisfies(children -> {
      boolean green = false;
      for (int i = 0; i < children.getLength(); i++) {
        green |= "#2e7d32".equals(((Element) children.item(i)).getAttribute("stroke"));
      }
      assertThat(green).isTrue();
    }));
    assertThat(doc.getDocumentElement().getAttribute("aria-label")).startsWith("Decision flowchart; highlighted");
  }

  @Test
  void longLabelsAreWrapped() {
    Document doc = SvgDocuments.parse(render(Lang.EN, null));
    assertThat(elements(doc, "tspan")).allSatisfy(t -> assertThat(Style.width(t.getTextContent())).isLessThanOrEqualTo(26));
    assertThat(elements(doc, "text")).anySatisfy(t -> assertThat(t.getElementsByTagName("tspan").getLength()).isGreaterThan(1));
  }

  /** As Mermaid and DOT do, a node the start does not reach (a pack the check rejects) is drawn, not dropped. */
  @Test
  void drawsANodeTheStartDoesNotReach() {
    LocalizedText text = LocalizedText.same("?");
    Flowchart flow = new Flowchart("a", List.of(
        new FlowNode("a", "k", text, List.of(new FlowBranch("true", text, "leaf.x", null))),
        new FlowNode("b", "k", text, List.of(new FlowBranch("true", text, "leaf.x", null)))),
        List.of(new FlowLeaf("leaf.x", text, Preference.of("tokio"), null)));
    Document doc = SvgDocuments.parse(new FlowchartSvgRenderer(flow, Map.of(), Lang.EN, null).svg());
    assertThat(elements(doc, "g").stream().filter(g -> hasClass(g, "node")).map(g -> g.getAttribute("data-node")))
        .containsExactly("a", "leaf.x", "b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "zh"})
  void everyTextIsEscaped(String lang) {
    String evil = "<script>alert('x')</script> & \"q\" {{ page }}";
    LocalizedText text = LocalizedText.same(evil);
    Flowchart flow = new Flowchart("q\"<", List.of(new FlowNode("q\"<", "key", text,
        List.of(new FlowBranch("v&'", text, "leaf.x", null)))), List.of(new FlowLeaf("leaf.x", text,
        Preference.of("tokio"), null)));
    FlowPath path = new FlowPath(List.of(new FlowStep("q\"<", "key", text, "v&'", text, null)), "leaf.x", text, null);
    String svg = new FlowchartSvgRenderer(flow, Map.of("leaf.x", text), Lang.parse(lang), path).svg();
    assertThat(svg).doesNotContain("<script", "{{", "& ", "'x'", "\"q\"")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &#123;&#123; page &#125;&#125;");
    Document doc = SvgDocuments.parse(svg);
    assertThat(elements(doc, "script")).isEmpty();
    assertThat(elements(doc, "g")).filteredOn(g -> hasClass(g, "taken")).extracting(g -> g.getAttribute("data-node"))
        .contains("q\"<");
    // The parser gives the words back as they were: escaped, not altered.
    assertThat(doc.getDocumentElement().getAttribute("aria-label")).contains(evil);
  }
}
