package dev.rta.migrate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** {@code &raw} borrowing a variable named raw (not {@code &raw const x} / {@code &raw mut x}). */
  private static final Pattern RAW_VARIABLE = Pattern.compile("&raw(?![A-Za-z0-9_])(?!\\s+(?:const|mut)\\b)");
  private static final Pattern EXPRESSION_MACRO = Pattern.compile(
      "(?<![A-Za-z0-9_$])(" + String.join("|", MigrationRules.expressionMacros()) + ")!(?=\\s*\\()");

  /**
   * Parses the text. The parser reads a copy with the same length, so that every offset holds, while the file keeps
   * its own characters: form feed and vertical tab, whitespace in Rust but not in the grammar, read as spaces;
   * {@code &raw} of a variable named raw, which the grammar takes for a raw borrow, read as {@code &r_w}; and the
   * {@code !} of an expression macro read as a space, so that {@code assert!(p.exists().await)} is a call whose
   * arguments are code. When that last reading does not parse (a macro of the same name with its own syntax), the
   * macros stay macros.
   */
  static File parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // one char per byte, so that match positions are the parser's byte offsets
    String plain = RAW_VARIABLE.matcher(new String(bytes, StandardCharsets.ISO_8859_1).replace('\f', ' ')
        .replace('\u000b', ' ')).replaceAll("&r_w");
    byte[] forParser = plain.getBytes(StandardCharsets.ISO_8859_1);
    List<Integer> bangs = new ArrayList<>();
    Matcher m = EXPRESSION_MACRO.matcher(plain);
    while (m.find()) {
      bangs.add(m.end(1));
      forParser[m.end(1)] = ' ';
    }
    for (int tries = 0; ; tries++) {
      File file = parse(text, bytes, new String(forParser, StandardCharsets.UTF_8));
      Node error = file.firstError();
      if (error == null || bangs.isEmpty()) {
        return file;
      }
      // a macro of that name with its own syntax (tracing's `info!(?x)`): the last one before the error stays a macro
      // (an error before every macro is not theirs: all stay macros, as after a few tries)
      int undo = -1;
      for (int b : bangs) {
        if (b < error.start) {
          undo = b;
        }
      }
      if (undo < 0 || tries == 8) {
        bangs.forEach(b -> forParser[b] = '!');
        bangs.clear();
      } else {
        bangs.remove(Integer.valueOf(undo));
        forParser[undo] = '!';
      }
    }
  }

  private static File parse(String text, byte[] bytes, String forParser) {
    try (TSParser parser = new TSParser()) {
      parser.setLanguage(new TreeSitterRust());
      TSTree tree = parser.parseString(null, forParser);
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
