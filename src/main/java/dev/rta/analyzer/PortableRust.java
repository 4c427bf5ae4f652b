package dev.rta.analyzer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSPoint;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSRange;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterRust;

/** tree-sitter through the prebuilt bonede binding: runs everywhere, but its native code is built without optimisation. */
final class PortableRust implements RustSyntax {
  private final TSParser parser = new TSParser();
  private final TSQuery query;

  PortableRust(String querySource) {
    TreeSitterRust rust = new TreeSitterRust();
    parser.setLanguage(rust);
    query = new TSQuery(rust, querySource);
  }

  @Override
  public String name() {
    return "portable";
  }

  @Override
  public Tree parse(String text, byte[] bytes, int[] ranges) {
    TSRange[] included = new TSRange[ranges.length / 6];
    for (int i = 0; i < included.length; i++) {
      int k = 6 * i;
      included[i] = new TSRange(new TSPoint(ranges[k], ranges[k + 1]), new TSPoint(ranges[k + 2], ranges[k + 3]),
          ranges[k + 4], ranges[k + 5]);
    }
    parser.setIncludedRanges(included);
    TSTree tree = parser.parseString(null, text);
    return new Tree() {
      @Override
      public RustSyntax.Node root() {
        return new Node(tree.getRootNode());
      }

      @Override
      public List<Match> matches() {
        List<Match> out = new ArrayList<>();
        try (TSQueryCursor cursor = new TSQueryCursor()) {
          cursor.exec(query, tree.getRootNode());
          TSQueryMatch m = new TSQueryMatch();
          while (cursor.nextMatch(m)) {
            List<String> names = new ArrayList<>();
            List<RustSyntax.Node> nodes = new ArrayList<>();
            for (TSQueryCapture c : m.getCaptures()) {
              names.add(query.getCaptureNameForId(c.getIndex()));
              nodes.add(new Node(c.getNode()));
            }
            out.add(new Match(m.getPatternIndex(), names, nodes));
          }
        }
        return out;
      }

      @Override
      public void close() {
        tree.close();
      }
    };
  }

  @Override
  public void close() {
    query.close();
    parser.close();
  }

  private record Node(TSNode n) implements RustSyntax.Node {
    private static RustSyntax.@Nullable Node of(TSNode n) {
      return n.isNull() ? null : new Node(n);
    }

    @Override
    public String type() {
      return n.getType();
    }

    @Override
    public int startByte() {
      return n.getStartByte();
    }

    @Override
    public int endByte() {
      return n.getEndByte();
    }

    @Override
    public RustSyntax.@Nullable Node parent() {
      return of(n.getParent());
    }

    @Override
    public RustSyntax.@Nullable Node prevSibling() {
      return of(n.getPrevSibling());
    }

    @Override
    public RustSyntax.@Nullable Node childByField(String field) {
      return of(n.getChildByFieldName(field));
    }

    @Override
    public int childCount() {
      return n.getChildCount();
    }

    @Override
    public RustSyntax.@Nullable Node child(int index) {
      return of(n.getChild(index));
    }

    @Override
    public boolean hasError() {
      return n.hasError();
    }
  }
}
