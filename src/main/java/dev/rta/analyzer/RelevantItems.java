package dev.rta.analyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A lexical pre-pass that tells which items of a Rust file can hold anything the source scanner looks for, so that
 * tree-sitter parses only those (through included ranges) and skips the rest of a large file.
 *
 * <p>The file is split into items (functions, impl blocks, structs, uses...) by a scan that knows comments, strings,
 * raw strings, char literals and lifetimes. An item is kept when one of its identifiers is a trigger: the first
 * segment of a path the knowledge pack names ({@code tokio}, {@code std}, {@code smol}...), a method it names
 * ({@code block_on}), or a local name that a {@code use} in the file binds to such a path ({@code sleep} after
 * {@code use std::thread::sleep}). Items that take a lock and await are kept for the guard-across-await check; uses,
 * {@code extern crate} and inner attributes are always kept. Impl, trait and mod blocks are opened, so a large impl
 * keeps only the methods that matter, inside its own header (attributes such as {@code #[cfg(test)]} stay visible).
 * The answer errs on the side of keeping: a kept item costs time, a dropped one would cost a finding.
 */
final class RelevantItems {
  /** Parse the whole file when the kept items cover at least this share of it. */
  private static final double WHOLE_FILE_SHARE = 0.8;

  /**
   * The deepest bracket nesting rta reads. The item walks here and in {@link CallGraph}, and the expansion of use
   * trees, recurse once per level; real code nests a few dozen levels at most, and a file nested deeper (a hundred
   * thousand parentheses) is skipped and named rather than allowed to exhaust the stack.
   */
  static final int MAX_NESTING = 256;

  private final Set<String> roots = new HashSet<>();
  private final Set<String> methods;
  private final List<String> paths;

  /**
   * @param paths every path the scanner matches, and every module path whose use is a signal
   * @param methods method names that matter on any receiver
   */
  RelevantItems(Collection<String> paths, Collection<String> methods) {
    this.paths = List.copyOf(paths);
    this.methods = Set.copyOf(methods);
    for (String p : paths) {
      int sep = p.indexOf("::");
      roots.add(sep < 0 ? p : p.substring(0, sep));
    }
  }

  /** What to parse: {@code null} for nothing, an empty array for the whole file, else [start, end) byte pairs. */
  int @Nullable [] ranges(byte[] src) {
    return ranges(Tokens.lex(src));
  }

  /**
   * {@link #ranges(byte[])} from the tokens of the file, when the caller has lexed it already. A file nested deeper
   * than {@link #MAX_NESTING} is not split (the whole file; the scanner skips such files before asking).
   */
  int @Nullable [] ranges(Tokens t) {
    if (t.tooDeep()) {
      return new int[0];
    }
    byte[] src = t.src;
    Set<String> triggers = new HashSet<>(roots);
    triggers.addAll(methods);
    importedTriggers(t, triggers);
    List<int[]> keep = new ArrayList<>();
    items(t, 0, t.size, new Words(triggers), keep);
    if (keep.isEmpty()) {
      return null;
    }
    long kept = 0;
    for (int[] r : keep) {
      kept += r[1] - r[0];
    }
    if (kept >= WHOLE_FILE_SHARE * src.length) {
      return new int[0];
    }
    int[] out = new int[keep.size() * 2];
    for (int i = 0; i < keep.size(); i++) {
      out[2 * i] = keep.get(i)[0];
      out[2 * i + 1] = keep.get(i)[1];
    }
    return out;
  }

  /** Local names that `use` declarations anywhere in the file bind to paths that matter. */
  private void importedTriggers(Tokens t, Set<String> triggers) {
    for (int i = 0; i < t.size; i++) {
      boolean isUse = t.isIdent(i, "use");
      boolean isExternCrate = t.isIdent(i, "extern") && i + 1 < t.size && t.isIdent(i + 1, "crate");
      if (!isUse && !isExternCrate) {
        continue;
      }
      StringBuilder tree = new StringBuilder();
      int j = i + (isUse ? 1 : 2);
      for (; j < t.size && !t.isPunct(j, ';'); j++) {
        if (t.kind[j] == Tokens.IDENT && j > i + 1 && t.kind[j - 1] == Tokens.IDENT) {
          tree.append(' ');
        }
        tree.append(t.text(j));
      }
      Map<String, String> aliases = new HashMap<>();
      Set<String> named = new HashSet<>();
      String text = tree.toString();
      if (isExternCrate) {
        int as = text.indexOf(" as ");
        if (as > 0 && roots.contains(text.substring(0, as).trim())) {
          triggers.add(text.substring(as + 4).trim());
        }
        continue;
      }
      UseTrees.expand(text, "", aliases, named);
      aliases.forEach((local, full) -> {
        if (matters(full)) {
          triggers.add(local);
        }
      });
      for (String full : named) {
        if (!aliases.containsValue(full)) { // a glob: the names under it that matter
          for (String p : paths) {
            if (p.startsWith(full + "::")) {
              String rest = p.substring(full.length() + 2);
              int sep = rest.indexOf("::");
              triggers.add(sep < 0 ? rest : rest.substring(0, sep));
            }
          }
        }
      }
      i = j;
    }
  }

  /** Whether a full path leads to, or lies under, one the scanner matches. */
  private boolean matters(String full) {
    for (String p : paths) {
      if (p.equals(full) || under(p, full) || under(full, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} is {@code prefix::…} (without building the string). */
  private static boolean under(String path, String prefix) {
    return path.length() > prefix.length() + 2 && path.startsWith(prefix) && path.startsWith("::", prefix.length());
  }

  /** The items among tokens [from, to), kept ones appended to {@code keep} as byte ranges. */
  private void items(Tokens t, int from, int to, Words triggers, List<int[]> keep) {
    t.items(from, to, (start, end, inner) -> {
      if (inner) {
        add(keep, t.byteStart(start), t.end[end - 1]); // an inner attribute: its own item, always kept
      } else {
        item(t, start, end, triggers, keep);
      }
    });
  }

  private void item(Tokens t, int from, int to, Words triggers, List<int[]> keep) {
    int begin = t.byteStart(from);
    int end = t.end[to - 1];
    String kind = kind(t, from, to);
    if (kind.equals("use") || kind.equals("extern-crate")) {
      add(keep, begin, end);
      return;
    }
    boolean lock = false;
    boolean await = false;
    boolean relevant = false;
    for (int i = from; i < to && !relevant; i++) {
      if (t.kind[i] == Tokens.IDENT) {
        relevant = triggers.at(t, i);
        lock |= t.isIdent(i, "lock") || t.isIdent(i, "read") || t.isIdent(i, "write");
        await |= t.isIdent(i, "await");
      }
    }
    if (!relevant && !(lock && await)) {
      return;
    }
    int open = kind.equals("container") ? t.firstAtDepth0(from, to, '{') : -1;
    if (open < 0 || !t.isPunct(to - 1, '}')) {
      add(keep, begin, end);
      return;
    }
    // A block of items: its header, the items inside that matter, its closing brace.
    add(keep, begin, t.end[open]);
    items(t, open + 1, to - 1, triggers, keep);
    add(keep, t.byteStart(to - 1), end);
  }

  /** fn, container (impl, trait, mod, extern block), use, extern-crate, or other. */
  private static String kind(Tokens t, int from, int to) {
    boolean container = false;
    for (int i = t.headerIdent(from, to); i >= 0; i = t.headerIdent(i + 1, to)) {
      switch (t.text(i)) {
        case "fn" -> {
          return "fn";
        }
        case "use" -> {
          return "use";
        }
        case "crate" -> {
          if (i > from && t.isIdent(i - 1, "extern")) {
            return "extern-crate";
          }
        }
        case "impl", "trait", "mod", "extern" -> container = true;
        default -> { }
      }
    }
    return container ? "container" : "other";
  }

  private static void add(List<int[]> keep, int start, int end) {
    if (end <= start) {
      return;
    }
    if (!keep.isEmpty() && keep.get(keep.size() - 1)[1] >= start) {
      int[] prev = keep.get(keep.size() - 1);
      prev[1] = Math.max(prev[1], end);
      return;
    }
    keep.add(new int[] {start, end});
  }

  /**
   * A set of words to look identifiers up in without making a String of each: by String hash code (computed on the
   * token's bytes, which for ASCII is the same), then, when the hash is one of theirs, by the word itself.
   */
  static final class Words {
    private final Set<String> words;
    private final int[] hashes;

    Words(Set<String> words) {
      this.words = words;
      this.hashes = words.stream().mapToInt(String::hashCode).sorted().toArray();
    }

    /** Whether token i may be one of the words: its hash is one of theirs, or it is not ASCII (not hashed here). */
    boolean mayBe(Tokens t, int i) {
      int h = 0;
      for (int b = t.start[i]; b < t.end[i]; b++) {
        byte c = t.src[b];
        if (c < 0) {
          return true;
        }
        h = 31 * h + c;
      }
      return java.util.Arrays.binarySearch(hashes, h) >= 0;
    }

    /** Whether token i is one of the words. */
    boolean at(Tokens t, int i) {
      return mayBe(t, i) && words.contains(t.text(i));
    }
  }

  /** The tokens of a Rust file: identifiers, punctuation, literals and lifetimes, with byte offsets. */
  static final class Tokens {
    static final byte IDENT = 1;
    static final byte PUNCT = 2;
    static final byte LITERAL = 3;
    static final byte LIFETIME = 4;

    final byte[] src;
    byte[] kind = new byte[256];
    int[] start = new int[256];
    int[] end = new int[256];
    /** Where the gap before each token begins: items own the whitespace and comments before them. */
    int[] gap = new int[256];
    int size;
    /** The deepest nesting of ( [ { (closing brackets without an opening one are not counted). */
    int maxDepth;
    private int depth;

    private Tokens(byte[] src) {
      this.src = src;
    }

    /** Whether brackets nest deeper than {@link #MAX_NESTING}. */
    boolean tooDeep() {
      return maxDepth > MAX_NESTING;
    }

    static Tokens lex(byte[] s) {
      Tokens t = new Tokens(s);
      int n = s.length;
      int i = 0;
      int gapStart = 0;
      while (i < n) {
        byte c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          i++;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
          while (i < n && s[i] != '\n') {
            i++;
          }
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
          i = blockComment(s, i);
        } else if (c == '"') {
          int e = string(s, i + 1);
          t.add(LITERAL, i, e, gapStart);
          gapStart = i = e;
        } else if (c == '\'') {
          int e = quote(s, i, t, gapStart);
          gapStart = i = e;
        } else if (identStart(c)) {
          int e = i + 1;
          while (e < n && identPart(s[e])) {
            e++;
          }
          int len = e - i;
          boolean prefix = (len == 1 && (c == 'b' || c == 'c' || c == 'r')) || (len == 2 && (c == 'b' || c == 'c') && s[i + 1] == 'r');
          if (prefix && e < n && (s[e] == '"' || (s[e] == '#' && s[e - 1] == 'r'))) {
            int lit = s[e - 1] == 'r' ? rawString(s, e) : string(s, e + 1);
            if (lit > e) {
              t.add(LITERAL, i, lit, gapStart);
              gapStart = i = lit;
              continue;
            }
          }
          if (len == 1 && c == 'r' && e + 1 < n && s[e] == '#' && identStart(s[e + 1])) { // r#ident
            int r = e + 1;
            while (r < n && identPart(s[r])) {
              r++;
            }
            t.add(IDENT, e + 1, r, gapStart);
            gapStart = i = r;
            continue;
          }
          t.add(IDENT, i, e, gapStart);
          gapStart = i = e;
        } else if (c >= '0' && c <= '9') {
          int e = i + 1;
          while (e < n && (identPart(s[e]) || (s[e] == '.' && e + 1 < n && s[e + 1] >= '0' && s[e + 1] <= '9'))) {
            e++;
          }
          t.add(LITERAL, i, e, gapStart);
          gapStart = i = e;
        } else {
          if (c == '(' || c == '[' || c == '{') {
            t.maxDepth = Math.max(t.maxDepth, ++t.depth);
          } else if ((c == ')' || c == ']' || c == '}') && t.depth > 0) {
            t.depth--;
          }
          t.add(PUNCT, i, i + 1, gapStart);
          gapStart = i = i + 1;
        }
      }
      return t;
    }

    private static int blockComment(byte[] s, int i) {
      int depth = 0;
      int n = s.length;
      while (i < n) {
        if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
          depth++;
          i += 2;
        } else if (s[i] == '*' && i + 1 < n && s[i + 1] == '/') {
          depth--;
          i += 2;
          if (depth == 0) {
            return i;
          }
        } else {
          i++;
        }
      }
      return n;
    }

    /** The end of a string whose body starts at i (after the opening quote). */
    private static int string(byte[] s, int i) {
      while (i < s.length) {
        if (s[i] == '\\') {
          i += 2;
        } else if (s[i] == '"') {
          return i + 1;
        } else {
          i++;
        }
      }
      return s.length;
    }

    /** The end of a raw string r#*"..."#* whose hashes start at i; i itself when it is not one. */
    private static int rawString(byte[] s, int i) {
      int hashes = 0;
      int j = i;
      while (j < s.length && s[j] == '#') {
        hashes++;
        j++;
      }
      if (j >= s.length || s[j] != '"') {
        return i;
      }
      for (j = j + 1; j < s.length; j++) {
        if (s[j] == '"') {
          int k = 0;
          while (k < hashes && j + 1 + k < s.length && s[j + 1 + k] == '#') {
            k++;
          }
          if (k == hashes) {
            return j + 1 + hashes;
          }
        }
      }
      return s.length;
    }

    /** A char literal or a lifetime/label starting at the quote at i; adds the token, returns its end. */
    private static int quote(byte[] s, int i, Tokens t, int g) {
      int n = s.length;
      if (i + 1 < n && s[i + 1] == '\\') { // an escaped char: newline, quote, unicode...
        int j = i + 2;
        if (j < n) {
          j++;
        }
        while (j < n && s[j] != '\'' && j - i < 12) {
          j++;
        }
        t.add(LITERAL, i, Math.min(n, j + 1), g);
        return Math.min(n, j + 1);
      }
      if (i + 2 < n && s[i + 2] == '\'') { // 'a'
        t.add(LITERAL, i, i + 3, g);
        return i + 3;
      }
      if (i + 1 < n && (s[i + 1] & 0x80) != 0) { // a multi-byte char, or a non-ASCII lifetime
        int j = i + 2;
        while (j < n && (s[j] & 0xC0) == 0x80) {
          j++;
        }
        if (j < n && s[j] == '\'') {
          t.add(LITERAL, i, j + 1, g);
          return j + 1;
        }
      }
      int j = i + 1;
      while (j < n && identPart(s[j])) {
        j++;
      }
      t.add(j > i + 1 ? LIFETIME : PUNCT, i, Math.max(j, i + 1), g);
      return Math.max(j, i + 1);
    }

    private static boolean identStart(byte c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c & 0x80) != 0;
    }

    private static boolean identPart(byte c) {
      return identStart(c) || (c >= '0' && c <= '9');
    }

    private void add(byte k, int s, int e, int g) {
      if (size == kind.length) {
        int cap = size * 2;
        kind = java.util.Arrays.copyOf(kind, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        gap = java.util.Arrays.copyOf(gap, cap);
      }
      kind[size] = k;
      start[size] = s;
      end[size] = e;
      gap[size] = g;
      size++;
    }

    /** Where item token i's range starts: at the end of the token before it, so comments go with the item. */
    int byteStart(int i) {
      return gap[i];
    }

    boolean isIdent(int i, String word) {
      if (kind[i] != IDENT || end[i] - start[i] != word.length()) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (src[start[i] + k] != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    boolean isPunct(int i, char c) {
      return kind[i] == PUNCT && src[start[i]] == c;
    }

    byte punct(int i) {
      return src[start[i]];
    }

    String text(int i) {
      return new String(src, start[i], end[i] - start[i], java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The index of the bracket closing the one at {@code open} (or the last token before {@code to}). */
    /**
     * The next identifier at bracket depth 0 of an item's header, from {@code from} up to its body or `;`
     * (attributes and parameter lists are inside brackets), or -1.
     */
    int headerIdent(int from, int to) {
      int depth = 0;
      for (int i = from; i < to; i++) {
        if (kind[i] == PUNCT) {
          byte c = punct(i);
          if (depth == 0 && (c == '{' || c == ';')) {
            return -1;
          }
          if (c == '(' || c == '[') {
            depth++;
          } else if (c == ')' || c == ']') {
            depth--;
          }
        } else if (depth == 0 && kind[i] == IDENT) {
          return i;
        }
      }
      return -1;
    }

    /** Hears the items of a token range. */
    interface ItemSink {
      /** Tokens [from, to) are one item; {@code inner} for an inner attribute ({@code #![..]}). */
      void item(int from, int to, boolean inner);
    }

    /**
     * Splits tokens [from, to) into items: inner attributes, and items that end at a `;` or `}` outside brackets
     * (a `};` is one item). Unbalanced closing brackets end the item; what is left at the end is one item.
     */
    void items(int from, int to, ItemSink sink) {
      int start = from;
      int depth = 0;
      for (int i = from; i < to; i++) {
        if (depth == 0 && start == i && isPunct(i, '#') && i + 1 < to && isPunct(i + 1, '!')) {
          int end = closing(i + 2, to);
          sink.item(start, Math.min(end, to - 1) + 1, true);
          i = end;
          start = i + 1;
          continue;
        }
        if (kind[i] != PUNCT) {
          continue;
        }
        byte c = punct(i);
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
        boolean ends = depth == 0 && (c == ';' || c == '}');
        if (depth < 0) { // unbalanced: keep the rest as one item
          ends = true;
          depth = 0;
        }
        if (ends) {
          int last = i;
          if (c == '}' && i + 1 < to && isPunct(i + 1, ';')) {
            last = ++i;
          }
          sink.item(start, last + 1, false);
          start = last + 1;
        }
      }
      if (start < to) {
        sink.item(start, to, false);
      }
    }

    int closing(int open, int to) {
      int depth = 0;
      for (int i = open; i < to; i++) {
        if (kind[i] == PUNCT) {
          byte c = src[start[i]];
          if (c == '(' || c == '[' || c == '{') {
            depth++;
          } else if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth == 0) {
              return i;
            }
          }
        }
      }
      return to - 1;
    }

    /** The first {@code c} outside brackets among tokens [from, to), or -1. */
    int firstAtDepth0(int from, int to, char c) {
      int depth = 0;
      for (int i = from; i < to; i++) {
        if (kind[i] != PUNCT) {
          continue;
        }
        byte b = src[start[i]];
        if (depth == 0 && b == c) {
          return i;
        }
        if (b == '(' || b == '[') {
          depth++;
        } else if (b == ')' || b == ']') {
          depth--;
        }
      }
      return -1;
    }
  }
}
