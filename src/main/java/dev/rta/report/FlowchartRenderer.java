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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Draws the flowchart as an ASCII tree, a Mermaid flowchart or a Graphviz DOT graph; with answers,
 * the path they take is highlighted.
 */
public final class FlowchartRenderer {
  private final Flowchart flow;
  private final Map<String, LocalizedText> leafLabels;
  private final Lang lang;
  private final Style style;
  /** Branches on the path, as "node=value". */
  private final Set<String> taken = new HashSet<>();
  private final Set<String> onPath = new HashSet<>();

  /**
   * @param leafLabels what each leaf recommends under the chosen baseline
   * @param path the path some answers take, or null
   */
  public FlowchartRenderer(Flowchart flow, Map<String, LocalizedText> leafLabels, Lang lang, Style style,
      @Nullable FlowPath path) {
    this.flow = flow;
    this.leafLabels = leafLabels;
    this.lang = lang;
    this.style = style;
    if (path != null) {
      for (FlowStep s : path.steps()) {
        onPath.add(s.node());
        if (s.value() != null) {
          taken.add(s.node() + "=" + s.value());
        }
      }
      if (path.leaf() != null) {
        onPath.add(path.leaf());
      }
    }
  }

  private String t(LocalizedText text) {
    return text.in(lang);
  }

  private String leaf(String id) {
    LocalizedText l = leafLabels.get(id);
    return l == null ? id : t(l);
  }

  // ---- ASCII ---------------------------------------------------------------------------------

  public String ascii() {
    StringBuilder out = new StringBuilder();
    FlowNode start = flow.node(flow.start());
    if (start == null) {
      return "";
    }
    out.append(mark(onPath.contains(start.id()), t(start.text()))).append(style.dim("  [" + start.key() + "]")).append('\n');
    asciiBranches(start, "", onPath.contains(start.id()), out);
    if (!onPath.isEmpty()) {
      out.append('\n').append(style.dim(Messages.get(lang, "tree.legend"))).append('\n');
    }
    return out.toString();
  }

  private void asciiBranches(FlowNode node, String indent, boolean here, StringBuilder out) {
    List<FlowBranch> branches = node.branches();
    for (int i = 0; i < branches.size(); i++) {
      FlowBranch b = branches.get(i);
      boolean last = i == branches.size() - 1;
      boolean isTaken = here && taken.contains(node.id() + "=" + b.value());
      String connector = last ? "└─ " : "├─ ";
      String childIndent = indent + (last ? "   " : "│  ");
      String label = t(b.label()) + (b.decision() == null ? "" : style.dim(decided(b)));
      FlowNode next = flow.node(b.next());
      if (next == null) {
        out.append(indent).append(connector).append(mark(isTaken, label + " → " + leaf(b.next())))
            .append(style.dim("  [" + b.next() + "]")).append('\n');
      } else {
        out.append(indent).append(connector).append(mark(isTaken, label)).append('\n');
        out.append(childIndent).append("└─ ").append(mark(isTaken && onPath.contains(next.id()), t(next.text())))
            .append(style.dim("  [" + next.key() + "]")).append('\n');
        asciiBranches(next, childIndent + "   ", isTaken && onPath.contains(next.id()), out);
      }
    }
  }

  /** " (rta decision D1)": the branch is rta's where the document draws none. */
  private String decided(FlowBranch b) {
    return Messages.get(lang, "tree.decided", b.decision());
  }

  /** A branch's label for Mermaid and DOT, with the rta decision it rests on. */
  private String edgeLabel(FlowBranch b) {
    return t(b.label()) + (b.decision() == null ? "" : decided(b));
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
    for (FlowNode n : flow.nodes()) {
      for (FlowBranch b : n.branches()) {
        // A dotted edge is rta's decision, as the ASCII tree says in words.
        out.append("  ").append(ids.get(n.id())).append(b.decision() == null ? " -->|\"" : " -.->|\"")
            .append(mermaidText(edgeLabel(b))).append("\"| ").append(ids.get(b.next())).append('\n');
        if (taken.contains(n.id() + "=" + b.value())) {
          pathEdges.add(edge);
        }
        edge++;
      }
    }
    if (!onPath.isEmpty()) {
      out.append("  classDef path fill:#d9f2d9,stroke:#2e7d32,stroke-width:2px\n");
      List<String> nodes = new ArrayList<>();
      for (String n : onPath) {
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
          .append(onPath.contains(n.id()) ? ", color=\"#2e7d32\", penwidth=2" : "").append("];\n");
    }
    for (var l : flow.leaves()) {
      out.append("  ").append(id(l.id())).append(" [shape=box, style=rounded, label=\"").append(dotText(leaf(l.id())))
          .append('"').append(onPath.contains(l.id()) ? ", color=\"#2e7d32\", penwidth=2" : "").append("];\n");
    }
    for (FlowNode n : flow.nodes()) {
      for (FlowBranch b : n.branches()) {
        out.append("  ").append(id(n.id())).append(" -> ").append(id(b.next())).append(" [label=\"")
            .append(dotText(edgeLabel(b))).append('"').append(b.decision() == null ? "" : ", style=dashed")
            .append(taken.contains(n.id() + "=" + b.value()) ? ", color=\"#2e7d32\", penwidth=3" : "").append("];\n");
      }
    }
    return out.append("}\n").toString();
  }

  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
