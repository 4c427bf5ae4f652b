package dev.rta.report;

import static dev.rta.report.SvgDocuments.elements;
import static dev.rta.report.SvgDocuments.hasClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rta.app.Advisor;
import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.decision.Baseline;
import dev.rta.domain.pack.CorrectedProfile;
import dev.rta.domain.pack.PerfMetric;
import dev.rta.domain.pack.RuntimeProfile;
import dev.rta.testing.Golden;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PerformanceChartSvgRendererTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static List<CorrectedProfile> profiles(String... ids) {
    return ADVISOR.compare(List.of(ids), Baseline.CURRENT).profiles();
  }

  private static String render(Lang lang, String... ids) {
    return new PerformanceChartSvgRenderer(profiles(ids), lang).svg();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"en, tokio async-std smol embassy", "zh, tokio async-std smol embassy", "en, smol", "zh, smol"})
  void matchesTheGoldenFiles(String lang, String ids) {
    String name = ids.contains(" ") ? "all" : ids;
    Golden.assertMatches("svg/performance." + name + "." + lang + ".svg", render(Lang.parse(lang), ids.split(" ")));
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(render(Lang.ZH, "tokio", "smol")).isEqualTo(render(Lang.ZH, "tokio", "smol"));
  }

  @Test
  void drawsOneBarPerRuntimeAndDimensionWithItsValueInWords() {
    List<CorrectedProfile> profiles = profiles("tokio", "embassy", "smol");
    Document doc = SvgDocuments.parse(new PerformanceChartSvgRenderer(profiles, Lang.EN).svg());
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label"))
        .isEqualTo("Performance of Tokio, embassy, smol (the document's star ratings, out of 5)");
    List<Element> bars = elements(doc, "g").stream().filter(g -> hasClass(g, "bar")).toList();
    long metrics = profiles.stream().flatMap(p -> p.profile().performance().stream()).map(PerfMetric::metric)
        .distinct().count();
    assertThat(bars).hasSize((int) metrics * profiles.size());
    for (CorrectedProfile c : profiles) {
      for (PerfMetric p : c.profile().performance()) {
        Element bar = bars.stream().filter(g -> g.getAttribute("data-runtime").equals(c.profile().id())
            && g.getAttribute("data-metric").equals(p.metric())).findFirst().orElseThrow();
        assertThat(((Element) bar.getElementsByTagName("rect").item(0)).getAttribute("width"))
            .isEqualTo(String.valueOf(p.stars() * 48));
        assertThat(bar.getTextContent()).contains(c.profile().name(), p.stars() + "/5", p.note().en());
      }
    }
    // The legend names each runtime next to its colour.
    Element legend = elements(doc, "g").stream().filter(g -> hasClass(g, "legend")).findFirst().orElseThrow();
    assertThat(legend.getTextContent()).isEqualTo("Tokioembassysmol");
  }

  @Test
  void aDimensionARuntimeDoesNotRateIsSaidInWordsWithoutABar() {
    RuntimeProfile smol = profiles("smol").get(0).profile();
    RuntimeProfile without = smol.withPerformance(smol.performance().subList(1, smol.performance().size()));
    Document doc = SvgDocuments.parse(new PerformanceChartSvgRenderer(
        List.of(profiles("tokio").get(0), CorrectedProfile.seed(without)), Lang.ZH).svg());
    Element bar = elements(doc, "g").stream().filter(g -> g.getAttribute("data-runtime").equals("smol")
        && g.getAttribute("data-metric").equals(smol.performance().get(0).metric())).findFirst().orElseThrow();
    assertThat(bar.getElementsByTagName("rect").getLength()).isZero();
    assertThat(bar.getTextContent()).endsWith("未评级");
  }

  @Test
  void comparesOneToFourRuntimes() {
    assertThatThrownBy(() -> new PerformanceChartSvgRenderer(List.of(), Lang.EN))
        .isInstanceOf(IllegalArgumentException.class);
    List<CorrectedProfile> five = Stream.of("tokio", "async-std", "smol", "embassy", "tokio")
        .map(id -> profiles(id).get(0)).toList();
    assertThatThrownBy(() -> new PerformanceChartSvgRenderer(five, Lang.EN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 4");
  }

  /** WCAG AA: 4.5:1 for text against the white background; the bars' colours meet it too. */
  @Test
  void everyColourKeepsAaContrastAgainstWhite() {
    Stream.concat(PerformanceChartSvgRenderer.COLOURS.stream(),
        Stream.of(PerformanceChartSvgRenderer.TEXT, PerformanceChartSvgRenderer.MUTED))
        .forEach(c -> assertThat(contrast(c, "#ffffff")).as(c).isGreaterThanOrEqualTo(4.5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "zh"})
  void everyTextIsEscaped(String lang) {
    String evil = "<script>alert('x')</script> & \"q\" {{ page }}";
    RuntimeProfile tokio = profiles("tokio").get(0).profile();
    RuntimeProfile odd = new RuntimeProfile(evil, evil, true, tokio.overview(), null,
        List.of(new PerfMetric("throughput", 3, LocalizedText.same(evil))), List.of(), null, List.of());
    String svg = new PerformanceChartSvgRenderer(List.of(CorrectedProfile.seed(odd)), Lang.parse(lang)).svg();
    assertThat(svg).doesNotContain("<script", "{{", "& ", "'x'", "\"q\"")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &#123;&#123; page &#125;&#125;");
    Document doc = SvgDocuments.parse(svg);
    assertThat(elements(doc, "script")).isEmpty();
    assertThat(doc.getDocumentElement().getAttribute("aria-label")).contains(evil);
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
