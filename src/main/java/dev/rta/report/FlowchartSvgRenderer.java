package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.decision.FlowStep;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.Flowchart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Draws the flowchart as an SVG image for a web page: questions in rounded boxes, leaves (recommendations) in
 * square tinted boxes, branches as arrows with their labels, laid out top-down in layers. With answers, the
 * nodes and branches on their path carry the class {@code taken} and are drawn green and bold.
 *
 * <p>Colours and strokes are SVG presentation attributes: the image reads without any style sheet, and a
 * page's CSS (which outranks presentation attributes) can restyle {@code .rta-flowchart .taken} and the rest.
 * Every node's {@code id} is {@code rta-node-} and its pack id with characters other than letters, digits,
 * {@code -} and {@code _} as {@code _}; {@code data-node} holds the pack id as it is.
 */
public final class FlowchartSvgRenderer {
  private static final int MARGIN = 16;
  private static final int NODE_COLUMNS = 26;
  private static final int LABEL_COLUMNS = 18;
  private static final int PAD_X = 14;
  private static final int PAD_Y = 10;
  private static final int LINE = 17;
  private static final int MIN_WIDTH = 120;
  private static final int GAP_X = 32;
  private static final int GAP_Y = 90;
  /** How far down the gap between two layers a branch's label sits: far enough that siblings' labels part. */
  private static final double LABEL_AT = 0.55;

  private static final String TEXT = "#1a1a1a";
  private static final String LINE_COLOUR = "#5f6b7a";
  private static final String LEAF_FILL = "#eef3fb";
  private static final String LEAF_STROKE = "#1f5fa8";
  private static final String TAKEN = "#2e7d32";
  private static final String TAKEN_FILL = "#e3f3e4";
  private static final String TAKEN_TEXT = "#1b5e20";

  private final FlowchartView view;

  /** A node or leaf placed: its wrapped label, box size and position (x is the centre, y the top). */
  private static final class Box {
    final String id;
    final boolean leaf;
    final List<String> lines;
    final int width;
    final int height;
    int layer;
    int x;
    int y;

    Box(String id, boolean leaf, List<String> lines) {
      this.id = id;
      this.leaf = leaf;
      this.lines = lines;
      this.width = Math.max(MIN_WIDTH, lines.stream().mapToInt(Svg::width).max().orElse(0) + 2 * PAD_X);
      this.height = lines.size() * LINE + 2 * PAD_Y;
    }

    int bottom() {
      return y + height;
    }
  }

  /**
   * @param flow the pack's flowchart
   * @param leafLabels what each leaf recommends under the chosen baseline (the advisor's knowledge view)
   * @param lang the language of the labels
   * @param path the path some answers take (the recommendation's flowchart path), or null for none
   */
  public FlowchartSvgRenderer(Flowchart flow, Map<String, LocalizedText> leafLabels, Lang lang,
      @Nullable FlowPath path) {
    this.view = new FlowchartView(flow, leafLabels, lang, path);
  }

  /** The flowchart as a standalone {@code <svg>} element, the same bytes for the same input. */
  public String svg() {
    Map<String, Box> boxes = layout();
    int width = boxes.values().stream().mapToInt(b -> b.x + b.width / 2).max().orElse(0) + MARGIN;
    int height = boxes.values().stream().mapToInt(Box::bottom).max().orElse(0) + MARGIN;
    String legend = view.hasPath() ? m("svg.flowchart.legend") : null;
    if (legend != null) {
      width = Math.max(width, Svg.width(legend) + 2 * MARGIN);
      height += LINE + 4;
    }
    String label = label();
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rta-flowchart\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Svg.escape(label)).append("\" font-family=\"sans-serif\"")
        .append(" font-size=\"13\">\n");
    out.append("<title>").append(Svg.escape(label)).append("</title>\n");
    out.append("<defs>").append(arrow("rta-arrow", LINE_COLOUR)).append(arrow("rta-arrow-taken", TAKEN))
        .append("</defs>\n");
    for (FlowchartView.Edge e : view.edges()) {
      edge(e, boxes.get(e.from().id()), boxes.get(e.branch().next()), out);
    }
    for (Box b : boxes.values()) {
      node(b, out);
    }
    if (legend != null) {
      out.append("<text class=\"legend\" x=\"").append(MARGIN).append("\" y=\"").append(height - MARGIN)
          .append("\" fill=\"").append(TAKEN_TEXT).append("\" font-weight=\"bold\">").append(Svg.escape(legend))
          .append("</text>\n");
    }
    return out.append("</svg>\n").toString();
  }

  private String m(String key, Object... args) {
    return Messages.get(view.lang(), key, args);
  }

  /** The image's accessible name: what it is and, with answers, the path in words. */
  private String label() {
    FlowPath path = view.path();
    if (path == null) {
      return m("svg.flowchart");
    }
    List<String> steps = new ArrayList<>();
    for (FlowStep s : path.steps()) {
      steps.add(view.t(s.question()) + (s.label() == null ? "" : " " + view.t(s.label())));
    }
    if (path.leaf() != null) {
      steps.add(view.leaf(path.leaf()));
    }
    return m("svg.flowchart.path", String.join(" → ", steps));
  }

  private static String arrow(String id, String colour) {
    return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
        + " markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
        + colour + "\"/></marker>";
  }

  // ---- layout ----------------------------------------------------------------------------------

  /**
   * Places every node and leaf (the pack check requires the flowchart to have no cycle): each sits one layer
   * below its lowest parent, a layer is ordered by the mean position of its parents and centred under them,
   * and boxes never overlap.
   */
  private Map<String, Box> layout() {
    Flowchart flow = view.flow();
    Map<String, Box> boxes = new LinkedHashMap<>();
    List<String> finished = new ArrayList<>();
    visit(flow.start(), boxes, finished);
    // A pack the check rejects may hold nodes the start does not reach: drawn from the top, as DOT draws them.
    flow.nodes().forEach(n -> visit(n.id(), boxes, finished));
    // Reversed finishing order is a topological order: parents before children.
    Map<String, List<Box>> parents = new HashMap<>();
    for (int i = finished.size() - 1; i >= 0; i--) {
      FlowNode n = flow.node(finished.get(i));
      if (n != null) {
        Box from = boxes.get(n.id());
        for (FlowBranch b : n.branches()) {
          Box to = boxes.get(b.next());
          to.layer = Math.max(to.layer, from.layer + 1);
          parents.computeIfAbsent(to.id, k -> new ArrayList<>()).add(from);
        }
      }
    }
    List<Box> discovery = new ArrayList<>(boxes.values());
    int layers = discovery.stream().mapToInt(b -> b.layer).max().orElse(-1) + 1;
    int top = MARGIN;
    for (int layer = 0; layer < layers; layer++) {
      int l = layer;
      List<Box> row = new ArrayList<>(discovery.stream().filter(b -> b.layer == l).toList());
      Map<Box, Double> wanted = new HashMap<>();
      row.forEach(b -> wanted.put(b, parents.getOrDefault(b.id, List.of()).stream().mapToInt(p -> p.x).average()
          .orElse(0)));
      row.sort(Comparator.comparingDouble(wanted::get));
      place(row, wanted);
      for (Box b : row) {
        b.y = top;
      }
      top += row.stream().mapToInt(b -> b.height).max().orElse(0) + GAP_Y;
    }
    int left = boxes.values().stream().mapToInt(b -> b.x - b.width / 2).min().orElse(0);
    boxes.values().forEach(b -> b.x += MARGIN - left);
    return boxes;
  }

  /** Depth-first from a node, in branch order: boxes in discovery order, ids in finishing order. */
  private void visit(String id, Map<String, Box> boxes, List<String> finished) {
    if (boxes.containsKey(id)) {
      return;
    }
    FlowNode n = view.flow().node(id);
    String text = n == null ? view.leaf(id) : view.t(n.text());
    boxes.put(id, new Box(id, n == null, Svg.wrap(text, NODE_COLUMNS)));
    if (n != null) {
      for (FlowBranch b : n.branches()) {
        visit(b.next(), boxes, finished);
      }
    }
    finished.add(id);
  }

  /** Puts each box of a row as near its wanted centre as the boxes before it allow, then centres the row. */
  private static void place(List<Box> row, Map<Box, Double> wanted) {
    int right = Integer.MIN_VALUE;
    double shift = 0;
    for (Box b : row) {
      int x = (int) Math.round(wanted.get(b));
      if (right != Integer.MIN_VALUE) {
        x = Math.max(x, right + GAP_X + b.width / 2);
      }
      b.x = x;
      right = x + b.width - b.width / 2;
      shift += wanted.get(b) - x;
    }
    int by = (int) Math.round(shift / row.size());
    row.forEach(b -> b.x += by);
  }

  // ---- drawing ---------------------------------------------------------------------------------

  private void edge(FlowchartView.Edge e, Box from, Box to, StringBuilder out) {
    FlowBranch b = e.branch();
    String colour = e.taken() ? TAKEN : LINE_COLOUR;
    out.append("<g id=\"").append(Svg.id("rta-edge-", e.from().id() + "-" + b.value())).append("\" class=\"edge")
        .append(b.decision() == null ? "" : " decided").append(e.taken() ? " taken" : "").append("\" data-from=\"")
        .append(Svg.escape(e.from().id())).append("\" data-value=\"").append(Svg.escape(b.value())).append("\">");
    String text = view.edgeLabel(b);
    out.append("<title>").append(Svg.escape(text)).append("</title>");
    int y1 = from.bottom();
    int y2 = to.y;
    out.append("<path d=\"M").append(from.x).append(',').append(y1).append(" L").append(to.x).append(',').append(y2)
        .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(e.taken() ? 3 : 1.5)
        .append('"').append(b.decision() == null ? "" : " stroke-dasharray=\"6 4\"").append(" marker-end=\"url(#")
        .append(e.taken() ? "rta-arrow-taken" : "rta-arrow").append(")\"/>");
    // The label sits on the line a little below the middle of the gap under the parent.
    int ly = y1 + (int) Math.round(GAP_Y * LABEL_AT);
    int lx = from.x + (int) Math.round((to.x - from.x) * (double) (ly - y1) / Math.max(1, y2 - y1));
    List<String> lines = Svg.wrap(text, LABEL_COLUMNS);
    int w = lines.stream().mapToInt(Svg::width).max().orElse(0) + 8;
    int h = lines.size() * LINE + 4;
    out.append("<rect x=\"").append(lx - w / 2).append("\" y=\"").append(ly - h / 2).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>");
    out.append(Svg.text(lines, lx, ly - h / 2 + 2 + LINE - 4, LINE, " text-anchor=\"middle\" fill=\""
        + (e.taken() ? TAKEN_TEXT : TEXT) + '"' + (e.taken() ? " font-weight=\"bold\"" : "")));
    out.append("</g>\n");
  }

  private void node(Box b, StringBuilder out) {
    boolean on = view.onPath(b.id);
    FlowNode n = view.flow().node(b.id);
    String hover = n == null ? view.leaf(b.id) + " [" + b.id + "]" : view.t(n.text()) + " [" + n.key() + "]";
    out.append("<g id=\"").append(Svg.id("rta-node-", b.id)).append("\" class=\"node ")
        .append(b.leaf ? "leaf" : "question").append(on ? " taken" : "").append("\" data-node=\"")
        .append(Svg.escape(b.id)).append("\">");
    out.append("<title>").append(Svg.escape(hover)).append("</title>");
    out.append("<rect x=\"").append(b.x - b.width / 2).append("\" y=\"").append(b.y).append("\" width=\"")
        .append(b.width).append("\" height=\"").append(b.height).append("\" rx=\"").append(b.leaf ? 2 : 12)
        .append("\" fill=\"").append(on ? TAKEN_FILL : b.leaf ? LEAF_FILL : "#ffffff").append("\" stroke=\"")
        .append(on ? TAKEN : b.leaf ? LEAF_STROKE : LINE_COLOUR).append("\" stroke-width=\"").append(on ? 3 : 1.5)
        .append("\"/>");
    out.append(Svg.text(b.lines, b.x, b.y + PAD_Y + LINE - 4, LINE, " text-anchor=\"middle\" fill=\"" + TEXT + '"'
        + (on ? " font-weight=\"bold\"" : "")));
    out.append("</g>\n");
  }
}
