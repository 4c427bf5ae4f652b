package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.pack.CorrectedProfile;
import dev.rta.domain.pack.PerfMetric;
import dev.rta.domain.pack.RuntimeProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws the runtimes' performance tables (the document's star ratings, 0–5) as an SVG bar chart for a web
 * page: one group of horizontal bars per dimension (throughput, P99 latency…), one bar per runtime, each
 * labelled with the runtime's name and its value, a legend and a scale. Each runtime keeps one colour; every
 * colour has at least 4.5:1 contrast against the white background, and all words are near-black, so the
 * chart meets WCAG AA without the colours carrying meaning alone. Hovering a bar shows the document's note.
 */
public final class PerformanceChartSvgRenderer {
  /** The most runtimes one chart compares. */
  public static final int MAX_RUNTIMES = 4;

  /** One colour per runtime, in the order the runtimes are given. */
  static final List<String> COLOURS = List.of("#1f5fa8", "#b35900", "#2e7d32", "#7b3fa0");
  static final String TEXT = "#1a1a1a";
  static final String MUTED = "#4d4d4d";

  private static final int MARGIN = 16;
  private static final int STAR = 48;
  private static final int BAR = 18;
  private static final int ROW = 24;
  private static final int LINE = 17;
  private static final int GROUP_GAP = 12;
  private static final int SWATCH = 12;

  private final List<RuntimeProfile> runtimes;
  private final Lang lang;

  /**
   * @param profiles the runtimes to compare, one to four, in the order to draw them (the advisor's
   *     {@code compare(ids, baseline).profiles()}); a correction may change a note, never the stars
   * @param lang the language of the labels
   * @throws IllegalArgumentException for none or more than four runtimes
   */
  public PerformanceChartSvgRenderer(List<CorrectedProfile> profiles, Lang lang) {
    if (profiles.isEmpty() || profiles.size() > MAX_RUNTIMES) {
      throw new IllegalArgumentException("a performance chart compares 1 to " + MAX_RUNTIMES + " runtimes, not "
          + profiles.size());
    }
    this.runtimes = profiles.stream().map(CorrectedProfile::profile).toList();
    this.lang = lang;
  }

  private String m(String key, Object... args) {
    return Messages.get(lang, key, args);
  }

  /** The chart as a standalone {@code <svg>} element, the same bytes for the same input. */
  public String svg() {
    Set<String> metrics = new LinkedHashSet<>();
    runtimes.forEach(r -> r.performance().forEach(p -> metrics.add(p.metric())));
    String heading = m("explain.performance");
    String label = m("svg.performance", String.join(lang == Lang.ZH ? "、" : ", ",
        runtimes.stream().map(RuntimeProfile::name).toList()));
    int names = runtimes.stream().mapToInt(r -> Svg.width(r.name())).max().orElse(0);
    int bars = MARGIN + names + 8;
    int values = Math.max(Svg.width(m("svg.performance.value", 5)), Svg.width(m("svg.performance.none")));
    int legend = runtimes.stream().mapToInt(r -> SWATCH + 6 + Svg.width(r.name()) + 18).sum();
    int width = Math.max(bars + 5 * STAR + 8 + values, Math.max(legend, Svg.width(heading)) + MARGIN) + MARGIN;

    StringBuilder body = new StringBuilder();
    int y = MARGIN + LINE;
    body.append("<text class=\"heading\" x=\"").append(MARGIN).append("\" y=\"").append(y)
        .append("\" font-weight=\"bold\" fill=\"").append(TEXT).append("\">").append(Svg.escape(heading))
        .append("</text>\n");
    y += 10;
    y = legend(body, y);
    List<int[]> groups = new ArrayList<>();
    for (String metric : metrics) {
      y += LINE;
      body.append("<text class=\"dimension\" x=\"").append(MARGIN).append("\" y=\"").append(y)
          .append("\" font-weight=\"bold\" fill=\"").append(TEXT).append("\">").append(Svg.escape(m("metric." + metric)))
          .append("</text>\n");
      y += 6;
      int top = y;
      for (int i = 0; i < runtimes.size(); i++) {
        bar(body, runtimes.get(i), i, metric, bars, y);
        y += ROW;
      }
      groups.add(new int[] {top, y - ROW + BAR});
      y += GROUP_GAP;
    }
    StringBuilder out = new StringBuilder();
    int height = y + LINE + MARGIN;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rta-performance\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Svg.escape(label)).append("\" font-family=\"sans-serif\"")
        .append(" font-size=\"13\">\n");
    out.append("<title>").append(Svg.escape(label)).append("</title>\n");
    out.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");
    scale(out, bars, groups, y);
    out.append(body);
    return out.append("</svg>\n").toString();
  }

  /** A swatch and the name of each runtime on one line; returns the y below it. */
  private int legend(StringBuilder out, int y) {
    out.append("<g class=\"legend\">");
    int x = MARGIN;
    for (int i = 0; i < runtimes.size(); i++) {
      RuntimeProfile r = runtimes.get(i);
      out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 4).append("\" width=\"").append(SWATCH)
          .append("\" height=\"").append(SWATCH).append("\" fill=\"").append(COLOURS.get(i)).append("\"/>");
      out.append("<text x=\"").append(x + SWATCH + 6).append("\" y=\"").append(y + 4 + SWATCH - 1).append("\" fill=\"")
          .append(TEXT).append("\">").append(Svg.escape(r.name())).append("</text>");
      x += SWATCH + 6 + Svg.width(r.name()) + 18;
    }
    out.append("</g>\n");
    return y + SWATCH + 12;
  }

  /** Light lines at each star behind each dimension's bars (not its heading), numbered below the last. */
  private void scale(StringBuilder out, int x0, List<int[]> groups, int bottom) {
    out.append("<g class=\"scale\">");
    for (int s = 0; s <= 5; s++) {
      int x = x0 + s * STAR;
      for (int[] g : groups) {
        out.append("<line x1=\"").append(x).append("\" y1=\"").append(g[0] - 3).append("\" x2=\"").append(x)
            .append("\" y2=\"").append(g[1] + 3).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
      }
      out.append("<text x=\"").append(x).append("\" y=\"").append(bottom + LINE - 2)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(MUTED).append("\">").append(s)
          .append("</text>");
    }
    out.append("</g>\n");
  }

  /** One runtime's bar in a dimension: its name, the bar and the value, or "not rated" without a bar. */
  private void bar(StringBuilder out, RuntimeProfile r, int index, String metric, int x0, int y) {
    Optional<PerfMetric> p = r.performance().stream().filter(x -> x.metric().equals(metric)).findFirst();
    String value = p.map(x -> m("svg.performance.value", x.stars())).orElse(m("svg.performance.none"));
    String title = r.name() + " · " + m("metric." + metric) + ": " + value
        + p.map(x -> " · " + x.note().in(lang)).orElse("");
    int baseline = y + BAR - 5;
    out.append("<g class=\"bar\" data-runtime=\"").append(Svg.escape(r.id())).append("\" data-metric=\"")
        .append(Svg.escape(metric)).append("\">");
    out.append("<title>").append(Svg.escape(title)).append("</title>");
    out.append("<text x=\"").append(x0 - 8).append("\" y=\"").append(baseline).append("\" text-anchor=\"end\" fill=\"")
        .append(TEXT).append("\">").append(Svg.escape(r.name())).append("</text>");
    int length = p.map(x -> x.stars() * STAR).orElse(0);
    if (p.isPresent()) {
      out.append("<rect x=\"").append(x0).append("\" y=\"").append(y).append("\" width=\"").append(length)
          .append("\" height=\"").append(BAR).append("\" fill=\"").append(COLOURS.get(index)).append("\"/>");
    }
    out.append("<text class=\"value\" x=\"").append(x0 + length + 6).append("\" y=\"").append(baseline)
        .append("\" fill=\"").append(p.isPresent() ? TEXT : MUTED).append("\">").append(Svg.escape(value))
        .append("</text>");
    out.append("</g>\n");
  }
}
