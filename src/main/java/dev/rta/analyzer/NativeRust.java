package dev.rta.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * tree-sitter's C runtime and Rust grammar compiled with optimisation by {@code native/build.sh} and packaged in the
 * jar under {@code dev/rta/native/<os>-<arch>/}; about four times faster than the prebuilt binding, whose native code
 * is a debug build. Available only where that build ran (Linux or macOS with a C compiler).
 */
final class NativeRust implements RustSyntax {
  private static @Nullable String unavailable = "not loaded yet";
  private static boolean tried;
  private static String[] symbols = new String[0];
  private static final Map<String, Integer> FIELDS = new HashMap<>();

  private final long parser;
  private final long query;
  private final String[] captureNames;
  private final long[] out = new long[4];

  NativeRust(String querySource) {
    parser = parserNew();
    if (parser == 0) {
      throw new IllegalStateException("the Rust grammar's ABI does not match the tree-sitter runtime");
    }
    int[] error = new int[2];
    query = queryNew(querySource.getBytes(StandardCharsets.UTF_8), error);
    if (query == 0) {
      parserDelete(parser);
      throw new IllegalArgumentException("query error " + error[1] + " at byte " + error[0]);
    }
    captureNames = new String[captureCount(query)];
    for (int i = 0; i < captureNames.length; i++) {
      captureNames[i] = captureName(query, i);
    }
  }

  /** Whether the optimised library is packaged for this platform and loads. */
  static synchronized boolean available() {
    if (!tried) {
      tried = true;
      unavailable = load();
    }
    return unavailable == null;
  }

  /** Why the optimised library is not used, or null when it is. */
  static synchronized @Nullable String whyUnavailable() {
    available();
    return unavailable;
  }

  private static @Nullable String load() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String platform = (os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "macos" : os) + "-"
        + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("arm64") ? "aarch64" : arch);
    String file = "librta_treesitter." + (platform.startsWith("macos") ? "dylib" : "so");
    try (InputStream in = NativeRust.class.getResourceAsStream("/dev/rta/native/" + platform + "/" + file)) {
      if (in == null) {
        return "no optimised build for " + platform + " in this jar";
      }
      Path tmp = Files.createTempFile("rta-treesitter", file.substring(file.indexOf('.')));
      tmp.toFile().deleteOnExit();
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      System.load(tmp.toAbsolutePath().toString());
      symbols = symbolNames();
      return null;
    } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
      return "the optimised build did not load: " + e.getMessage();
    }
  }

  /** The Rust grammar's language ABI, as text. */
  static String abiVersionText() {
    return "ABI " + abiVersion();
  }

  private static int field(String name) {
    synchronized (FIELDS) {
      return FIELDS.computeIfAbsent(name, NativeRust::fieldId);
    }
  }

  @Override
  public String name() {
    return "native";
  }

  @Override
  public RustSyntax.Tree parse(String text, byte[] bytes, int[] ranges) {
    long tree = parse(parser, bytes, ranges);
    return new RustSyntax.Tree() {
      @Override
      public RustSyntax.Node root() {
        NativeRust.root(tree, out);
        return node(out);
      }

      @Override
      public List<Match> matches() {
        long[] flat = NativeRust.matches(query, tree);
        List<Match> result = new ArrayList<>();
        int i = 0;
        while (i < flat.length) {
          int pattern = (int) flat[i++];
          int count = (int) flat[i++];
          List<String> names = new ArrayList<>(count);
          List<RustSyntax.Node> nodes = new ArrayList<>(count);
          for (int c = 0; c < count; c++) {
            names.add(captureNames[(int) flat[i]]);
            nodes.add(new Node(flat[i + 1], flat[i + 2], flat[i + 3], flat[i + 4]));
            i += 5;
          }
          result.add(new Match(pattern, names, nodes));
        }
        return result;
      }

      @Override
      public void close() {
        treeDelete(tree);
      }
    };
  }

  @Override
  public void close() {
    queryDelete(query);
    parserDelete(parser);
  }

  private Node node(long[] packed) {
    return new Node(packed[0], packed[1], packed[2], packed[3]);
  }

  /** A TSNode as four longs (its context words, id and tree); start byte is context[0]. */
  private final class Node implements RustSyntax.Node {
    private final long a;
    private final long b;
    private final long id;
    private final long tree;

    Node(long a, long b, long id, long tree) {
      this.a = a;
      this.b = b;
      this.id = id;
      this.tree = tree;
    }

    @Override
    public String type() {
      int s = symbol(a, b, id, tree);
      return s >= 0 && s < symbols.length && symbols[s] != null ? symbols[s] : "";
    }

    @Override
    public int startByte() {
      return (int) (a & 0xffffffffL);
    }

    @Override
    public int endByte() {
      return NativeRust.endByte(a, b, id, tree);
    }

    @Override
    public RustSyntax.@Nullable Node parent() {
      return NativeRust.parent(a, b, id, tree, out) ? node(out) : null;
    }

    @Override
    public RustSyntax.@Nullable Node prevSibling() {
      return NativeRust.prevSibling(a, b, id, tree, out) ? node(out) : null;
    }

    @Override
    public RustSyntax.@Nullable Node childByField(String name) {
      int f = field(name);
      return f != 0 && NativeRust.childByField(a, b, id, tree, f, out) ? node(out) : null;
    }

    @Override
    public int childCount() {
      return NativeRust.childCount(a, b, id, tree);
    }

    @Override
    public RustSyntax.@Nullable Node child(int index) {
      return NativeRust.child(a, b, id, tree, index, out) ? node(out) : null;
    }

    @Override
    public boolean hasError() {
      return NativeRust.hasError(a, b, id, tree);
    }
  }

  // JNI, in native/rta_treesitter.c

  static native int abiVersion();

  private static native String[] symbolNames();

  private static native int fieldId(String name);

  private static native long parserNew();

  private static native void parserDelete(long parser);

  private static native long parse(long parser, byte[] src, int[] ranges);

  private static native void treeDelete(long tree);

  static native boolean root(long tree, long[] out);

  private static native long queryNew(byte[] source, int[] errorOut);

  private static native void queryDelete(long query);

  private static native int captureCount(long query);

  private static native String captureName(long query, int index);

  private static native long[] matches(long query, long tree);

  private static native int symbol(long a, long b, long id, long tree);

  private static native int endByte(long a, long b, long id, long tree);

  private static native boolean hasError(long a, long b, long id, long tree);

  private static native boolean parent(long a, long b, long id, long tree, long[] out);

  private static native boolean prevSibling(long a, long b, long id, long tree, long[] out);

  private static native boolean childByField(long a, long b, long id, long tree, int field, long[] out);

  private static native int childCount(long a, long b, long id, long tree);

  private static native boolean child(long a, long b, long id, long tree, int index, long[] out);
}
