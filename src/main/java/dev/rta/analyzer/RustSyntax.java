package dev.rta.analyzer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the source scanner asks of tree-sitter's Rust grammar, behind two bindings: {@link NativeRust} (the C runtime
 * built with optimisation by {@code native/build.sh}) and {@link PortableRust} (the prebuilt bonede binding, used
 * where the native build is missing). One instance per thread: parsers are not thread-safe.
 */
interface RustSyntax extends AutoCloseable {
  /**
   * Parses UTF-8 source.
   *
   * @param ranges six ints per included range (start row, start column, end row, end column, start byte, end byte);
   *     empty for the whole file
   */
  Tree parse(String text, byte[] bytes, int[] ranges);

  /** Which binding this is, for the record. */
  String name();

  @Override
  void close();

  /** A parsed file and the matches of the scanner's query over it. */
  interface Tree extends AutoCloseable {
    Node root();

    List<Match> matches();

    @Override
    void close();
  }

  /** A node of the tree; byte offsets are into the UTF-8 source. */
  interface Node {
    String type();

    int startByte();

    int endByte();

    @Nullable Node parent();

    @Nullable Node prevSibling();

    @Nullable Node childByField(String field);

    int childCount();

    @Nullable Node child(int index);

    boolean hasError();
  }

  /** One match of the query: its pattern's index, and its captures by name. */
  record Match(int pattern, List<String> names, List<Node> nodes) {
    @Nullable Node node(String name) {
      int i = names.indexOf(name);
      return i < 0 ? null : nodes.get(i);
    }
  }

  /** The optimised binding when its library loads, else the portable one. */
  static RustSyntax open(String query, boolean preferNative) {
    if (preferNative && NativeRust.available()) {
      return new NativeRust(query);
    }
    return new PortableRust(query);
  }
}
