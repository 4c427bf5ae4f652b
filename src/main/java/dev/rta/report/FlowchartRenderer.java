package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.decision.FlowPath;
import dev.rta.domain.pack.FlowBranch;
import dev.rta.domain.pack.FlowNode;
import dev.rta.domain.pack.Flowchart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Draws the flowchart as an ASCII tree, a Mermaid flowchart or a Graphviz DOT graph; with answers,
 * the path they take is highlighted.
 */
public final class FlowchartRenderer {
  private final FlowchartView view;
  private final Flowchart flow;
  private final Style style;

  /**
   * @param leafLabels what each leaf recommends under the chosen baseline
   * @param path the path some answers take, or null
   */
  public FlowchartRenderer(Flowchart flow, Map<String, LocalizedText> leafLabels, Lang lang, Style style,
      @Nullable FlowPath path) {
    this.view = new FlowchartView(flow, leafLabels, lang, path);
    this.flow = flow;
    this.style = style;
  }

  private String t(LocalizedText text) {
    return view.t(text);
  }

  private String leaf(String id) {
    return view.leaf(id);
  }

  // ---- ASCII ---------------------------------------------------------------------------------

  public String ascii() {
    StringBuilder out = new StringBuilder();
    FlowNode start = flow.node(flow.start());
    if (start == null) {
      return "";
    }
    out.append(mark(view.onPath(start.id()), t(start.text()))).append(style.dim("  [" + start.key() + "]")).append('\n');
    asciiBranches(start, "", view.onPath(start.id()), out);
    if (view.hasPath()) {
      out.append('\n').append(style.dim(Messages.get(view.lang(), "tree.legend"))).append('\n');
    }
    return out.toString();
  }

  private void asciiBranches(FlowNode node, String indent, boolean here, StringBuilder out) {
    List<FlowBranch> branches = node.branches();
    for (int i = 0; i < branches.size(); i++) {
      FlowBranch b = branches.get(i);
      boolean last = i == branches.size() - 1;
      boolean isTaken = here && view.taken(node, b);
      String connector = last ? "└─ " : "├─ ";
      String childIndent = indent + (last ? "   " : "│  ");
      String label = t(b.label()) + (b.decision() == null ? "" : style.dim(view.decided(b)));
      FlowNode next = flow.node(b.next());
      if (next == null) {
        out.append(indent).append(connector).append(mark(isTaken, label + " → " + leaf(b.next())))
            .append(style.dim("  [" + b.next() + "]")).append('\n');
      } else {
        out.append(indent).append(connector).append(mark(isTaken, label)).append('\n');
        out.append(childIndent).append("└─ ").append(mark(isTaken && view.onPath(next.id()), t(next.text())))
            .append(style.dim("  [" + next.key() + "]")).append('\n');
        asciiBranches(next, childIndent + "   ", isTaken && view.onPath(next.id()), out);
      }
    }
  }

  private String mark(boolean on, String text) {
    return on ? style.good(style.bold("» " + text)) : text;
  }

  // ---- Mermaid -------------------------------------------------------------------------------

  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    Map<String, String> ids = new LinkedHashMap<>();
    for (FlowNode n : flow.nodes()) {
      ids.put(n.id(), id(n.id()));
      out.append("  ").append(id(n.id())).append("{\"").append(mermaidText(t(n.text()))).append("\"}\n");
    }
    for (var l : flow.leaves()) {
      ids.put(l.id(), id(l.id()));
      out.append("  ").append(id(l.id())).append("[\"").append(mermaidText(leaf(l.id()))).append("\"]\n");
    }
    int edge = 0;
    List<Integer> pathEdges = new ArrayList<>();
    for (FlowchartView.Edge e : view.edges()) {
      FlowBranch b = e.branch();
      // A dotted edge is rta's decision, as the ASCII tree says in words.
      out.append("  ").append(ids.get(e.from().id())).append(b.decision() == null ? " -->|\"" : " -.->|\"")
          .append(mermaidText(view.edgeLabel(b))).append("\"| ").append(ids.get(b.next())).append('\n');
      if (e.taken()) {
        pathEdges.add(edge);
      }
      edge++;
    }
    if (view.hasPath()) {
      out.append("  classDef path fill:#d9f2d9,stroke:#2e7d32,stroke-width:2px\n");
      List<String> nodes = new ArrayList<>();
      for (String n : view.pathIds()) {
        nodes.add(ids.get(n));
      }
      nodes.sort(String::compareTo);
      out.append("  class ").append(String.join(",", nodes)).append(" path\n");
      if (!pathEdges.isEmpty()) {
        out.append("  linkStyle ").append(String.join(",", pathEdges.stream().map(String::valueOf).toList()))
            .append(" stroke:#2e7d32,stroke-width:3px\n");
      }
    }
    return out.toString();
  }

  /** A node id Mermaid and DOT accept: letters, digits and underscores. */
  static String id(String s) {
    return s.replaceAll("[^A-Za-z0-9]", "_");
  }

  private static String mermaidText(String s) {
    return s.replace("\"", "#quot;").replace("\n", " ");
  }

  // ---- DOT -----------------------------------------------------------------------------------

  public String dot() {
    StringBuilder out = new StringBuilder("digraph flowchart {\n  rankdir=TB;\n  node [fontname=\"sans-serif\"];\n");
    for (FlowNode n : flow.nodes()) {
      out.append("  ").append(id(n.id())).append(" [shape=diamond, label=\"").append(dotText(t(n.text()))).append('"')
          .append(view.onPath(n.id()) ? ", color=\"#2e7d32\", penwidth=2" : "").append("];\n");
    }
    for (var l : flow.leaves()) {
      out.append("  ").append(id(l.id())).append(" [shape=box, style=rounded, label=\"").append(dotText(leaf(l.id())))
          .append('"').append(view.onPath(l.id()) ? ", color=\"#2e7d32\", penwidth=2" : "").append("];\n");
    }
    for (FlowchartView.Edge e : view.edges()) {
      FlowBranch b = e.branch();
      out.append("  ").append(id(e.from().id())).append(" -> ").append(id(b.next())).append(" [label=\"")
          .append(dotText(view.edgeLabel(b))).append('"').append(b.decision() == null ? "" : ", style=dashed")
          .append(e.taken() ? ", color=\"#2e7d32\", penwidth=3" : "").append("];\n");
    }
    return out.append("}\n").toString();
  }

  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
