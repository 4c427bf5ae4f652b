package dev.rta.migrate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterRust;

/**
 * A Rust source file parsed with tree-sitter's Rust grammar and copied into plain Java nodes, so that the rewrite
 * rules can walk it freely (parents, fields) without native handles that outlive their tree. Offsets are byte
 * offsets into the UTF-8 source.
 */
final class Syntax {
  private Syntax() {}

  /** One node of the concrete syntax tree. */
  static final class Node {
    final String type;
    final int start;
    final int end;
    final @Nullable String field;
    final boolean named;
    final boolean error;
    final List<Node> children = new ArrayList<>();
    @Nullable Node parent;

    Node(String type, int start, int end, @Nullable String field, boolean named, boolean error) {
      this.type = type;
      this.start = start;
      this.end = end;
      this.field = field;
      this.named = named;
      this.error = error;
    }

    /** The first child in the field, or null. */
    @Nullable Node child(String name) {
      for (Node c : children) {
        if (name.equals(c.field)) {
          return c;
        }
      }
      return null;
    }

    /** The named children. */
    List<Node> named() {
      List<Node> out = new ArrayList<>();
      for (Node c : children) {
        if (c.named) {
          out.add(c);
        }
      }
      return out;
    }

    /** The first named child of one of the types, or null. */
    @Nullable Node first(String... types) {
      for (Node c : children) {
        for (String t : types) {
          if (c.type.equals(t)) {
            return c;
          }
        }
      }
      return null;
    }

    boolean is(String... types) {
      for (String t : types) {
        if (type.equals(t)) {
          return true;
        }
      }
      return false;
    }

    /** Whether an ancestor (not this node) has one of the types. */
    @Nullable Node ancestor(String... types) {
      for (Node p = parent; p != null; p = p.parent) {
        if (p.is(types)) {
          return p;
        }
      }
      return null;
    }

    /** Visits this node and its descendants, parents first. */
    void walk(Consumer<Node> visitor) {
      List<Node> stack = new ArrayList<>();
      stack.add(this);
      while (!stack.isEmpty()) {
        Node n = stack.remove(stack.size() - 1);
        visitor.accept(n);
        for (int i = n.children.size() - 1; i >= 0; i--) {
          stack.add(n.children.get(i));
        }
      }
    }

    @Override
    public String toString() {
      return type + "[" + start + "," + end + ")";
    }
  }

  /** A parsed file: its text, its UTF-8 bytes and its tree. */
  static final class File {
    final String text;
    final byte[] bytes;
    final Node root;

    File(String text, byte[] bytes, Node root) {
      this.text = text;
      this.bytes = bytes;
      this.root = root;
    }

    String text(Node n) {
      return new String(bytes, n.start, n.end - n.start, StandardCharsets.UTF_8);
    }

    /** The 1-based line of a byte offset. */
    int line(int offset) {
      int line = 1;
      for (int i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return line;
    }

    /** The 1-based column (in characters) of a byte offset. */
    int column(int offset) {
      int lineStart = offset;
      while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
        lineStart--;
      }
      return new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    }

    /** The whitespace that starts the line holding the offset. */
    String indent(int offset) {
      int lineStart = offset;
      while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
        lineStart--;
      }
      int i = lineStart;
      while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
        i++;
      }
      return new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
    }

    /** Whether the tree has a syntax error. */
    @Nullable Node firstError() {
      Node[] found = {null};
      root.walk(n -> {
        if (found[0] == null && (n.error || n.type.equals("ERROR"))) {
          found[0] = n;
        }
      });
      return found[0];
    }
  }

  /** Files nest deeper than this are refused rather than risk the stack. */
  private static final int MAX_DEPTH = 2_000;

  /** Parses the text. */
  static File parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (TSParser parser = new TSParser()) {
      parser.setLanguage(new TreeSitterRust());
      // Rust's whitespace includes form feed and vertical tab, the grammar's does not: the parser reads spaces in
      // their place (one byte for one, so every offset holds) and the file keeps its own characters
      TSTree tree = parser.parseString(null, text.replace('\f', ' ').replace('\u000b', ' '));
      try {
        return new File(text, bytes, copy(tree.getRootNode()));
      } finally {
        tree.close();
      }
    }
  }

  private static Node copy(TSNode rootNode) {
    Node root = node(rootNode, null);
    record Pending(TSNode ts, Node node, int depth) {}
    List<Pending> stack = new ArrayList<>();
    stack.add(new Pending(rootNode, root, 0));
    while (!stack.isEmpty()) {
      Pending p = stack.remove(stack.size() - 1);
      if (p.depth() > MAX_DEPTH) {
        throw new IllegalStateException("nested too deeply");
      }
      int count = p.ts().getChildCount();
      for (int i = 0; i < count; i++) {
        TSNode c = p.ts().getChild(i);
        Node child = node(c, p.ts().getFieldNameForChild(i));
        child.parent = p.node();
        p.node().children.add(child);
        if (c.getChildCount() > 0) {
          stack.add(new Pending(c, child, p.depth() + 1));
        }
      }
    }
    return root;
  }

  private static Node node(TSNode n, @Nullable String field) {
    return new Node(n.getType(), n.getStartByte(), n.getEndByte(), field, n.isNamed(),
        n.isMissing() || n.getType().equals("ERROR"));
  }
}
