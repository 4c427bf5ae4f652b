package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.pack.AnalysisRules;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A call graph of one member by function name, from a lexical pass over the tokens of every file (the tokens
 * {@link RelevantItems} reads anyway), so it does not depend on which items tree-sitter parses.
 *
 * <p>Each file gives a {@link FileSummary}: its functions (name, async or not, method or free, test or not), the
 * local-looking calls each makes (free functions, {@code self.x()}, {@code Type::x()}, methods by their last path
 * segment; deduplicated per function, with the offset of the first), the first {@code block_on} it makes outside
 * async blocks and outside closures that run on another thread ({@code analysis.yaml offThread}), and the first
 * path of a Tokio-only library it names. {@link #link} joins the summaries of a member: async functions that reach
 * a block_on through 1–3 calls of sync functions (RTA005 through calls), and non-Tokio executors driving a local
 * async function that uses a Tokio-only library (RTA010 through a call). Names are matched without types, so what
 * it finds is marked lower confidence.
 */
final class CallGraph {
  /** Calls from an async function to a block_on: at most this many (async → f1 → f2 → f3 → block_on). */
  static final int MAX_CALLS = 3;

  private static final Set<String> KEYWORDS = Set.of("if", "while", "match", "return", "for", "in", "loop", "let",
      "as", "fn", "move", "async", "await", "unsafe", "where", "impl", "dyn", "mut", "ref", "break", "continue",
      "else", "yield", "box");

  /** How a call is written. */
  enum Via { FREE, TYPE, METHOD }

  /**
   * A call: {@code name(..)}, {@code module::name(..)} (FREE), {@code Type::name(..)} (TYPE), {@code x.name(..)}.
   * Its equals and hashCode are written out: a record's generated ones go through method handles, which the C1-only
   * JIT rta runs with leaves slow, and calls are hashed for every call of every function.
   */
  record Call(String name, Via via, String qualifier) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Call c && name.equals(c.name) && via == c.via && qualifier.equals(c.qualifier);
    }

    @Override
    public int hashCode() {
      return (name.hashCode() * 31 + via.ordinal()) * 31 + qualifier.hashCode();
    }
  }

  /** One function of a file. */
  static final class Fn {
    final String name;
    final boolean async;
    final boolean method;
    final boolean test;
    final SourceScanner.SourceFile file;
    /** Each call once, with the byte offset of its first occurrence that is not awaited (or -1 if all are). */
    @Nullable Map<Call, Integer> calls = new LinkedHashMap<>();
    /** The calls once the file is summarized: compact, for a workspace's worth of functions held until linking. */
    Call[] callList = new Call[0];
    int[] callOffsets = new int[0];

    /** Moves the calls into the compact arrays, sharing equal calls across files. */
    void compact(Map<Call, Call> shared) {
      callList = new Call[calls.size()];
      callOffsets = new int[calls.size()];
      int i = 0;
      for (Map.Entry<Call, Integer> e : calls.entrySet()) {
        callList[i] = shared.computeIfAbsent(e.getKey(), c -> c);
        callOffsets[i++] = e.getValue();
      }
      calls = null;
    }
    @Nullable String blockOn;
    @Nullable String tokioUse;

    Fn(String name, boolean async, boolean method, boolean test, SourceScanner.SourceFile file) {
      this.name = name;
      this.async = async;
      this.method = method;
      this.test = test;
      this.file = file;
    }
  }

  /** What one file shows: its functions, and the type and module names it declares. */
  record FileSummary(List<Fn> fns, Set<String> types, Set<String> mods) {
    static final FileSummary EMPTY = new FileSummary(List.of(), Set.of(), Set.of());
  }

  /**
   * A call of a non-Tokio executor whose argument calls local functions (RTA010 through a call).
   *
   * @param names the functions the argument calls, by last path segment
   */
  record ExecutorCall(String executor, Location location, boolean test, List<String> names) {}

  private final Set<String> blockOn;
  private final Set<String> blockOnMethods;
  private final Set<String> offThread;
  private final AnalysisRules rules;
  /** Equal calls of every file share one object (method names repeat across a workspace). */
  private final Map<Call, Call> sharedCalls = new java.util.concurrent.ConcurrentHashMap<>();

  CallGraph(AnalysisRules rules, Set<String> blockOn, Set<String> blockOnMethods) {
    this.rules = rules;
    this.blockOn = blockOn;
    this.blockOnMethods = blockOnMethods;
    this.offThread = Set.copyOf(rules.offThread());
  }

  // ---- per file ---------------------------------------------------------------------------------

  /** The functions of one file, from its tokens. */
  FileSummary summarize(RelevantItems.Tokens t, SourceScanner.SourceFile file) {
    return new Summarizer(t, file).run();
  }

  private final class Summarizer {
    private final RelevantItems.Tokens t;
    private final SourceScanner.SourceFile file;
    private final Map<String, String> aliases = new HashMap<>();
    /** The names `use` binds, to pass over other plain names without making a String. */
    private RelevantItems.Words aliasNames = new RelevantItems.Words(Set.of());
    private final List<Fn> fns = new ArrayList<>();
    private final Set<String> types = new HashSet<>();
    private final Set<String> mods = new HashSet<>();

    Summarizer(RelevantItems.Tokens t, SourceScanner.SourceFile file) {
      this.t = t;
      this.file = file;
    }

    FileSummary run() {
      uses();
      items(0, t.size, file.test(), false);
      // Keep only what link() can use, so that a large workspace's summaries stay small until they are linked:
      // an async fn's awaited calls lead to no block_on of its own, and a fn that calls nothing and blocks on
      // nothing is on no chain.
      List<Fn> kept = new ArrayList<>();
      for (Fn fn : fns) {
        if (fn.test) {
          continue;
        }
        if (fn.async) {
          fn.calls.values().removeIf(offset -> offset < 0);
        }
        if (!fn.calls.isEmpty() || fn.blockOn != null || fn.tokioUse != null) {
          fn.compact(sharedCalls);
          kept.add(fn);
        }
      }
      return kept.isEmpty() && types.isEmpty() && mods.isEmpty() ? FileSummary.EMPTY
          : new FileSummary(kept, types, mods);
    }

    /** Every `use` of the file (in any scope), for resolving written paths. */
    private void uses() {
      for (int i = 0; i < t.size; i++) {
        if (t.isIdent(i, "mod") && i + 1 < t.size && t.kind[i + 1] == RelevantItems.Tokens.IDENT) {
          mods.add(t.text(i + 1)); // known before any call, for `use child::Type;`
        }
        if (!t.isIdent(i, "use")) {
          continue;
        }
        StringBuilder tree = new StringBuilder();
        int j = i + 1;
        for (; j < t.size && !t.isPunct(j, ';'); j++) {
          if (t.kind[j] == RelevantItems.Tokens.IDENT && j > i + 1 && t.kind[j - 1] == RelevantItems.Tokens.IDENT) {
            tree.append(' ');
          }
          tree.append(t.text(j));
        }
        UseTrees.expand(tree.toString(), "", aliases, new HashSet<>());
        i = j;
      }
      aliasNames = new RelevantItems.Words(aliases.keySet());
    }

    /** The items among tokens [from, to) (inner attributes say nothing here). */
    private void items(int from, int to, boolean test, boolean inImpl) {
      t.items(from, to, (start, end, inner) -> {
        if (!inner) {
          // `impl X { .. };` is one item: what matters ends at its brace
          item(start, end > start + 1 && t.isPunct(end - 1, ';') && t.isPunct(end - 2, '}') ? end - 1 : end, test,
              inImpl);
        }
      });
    }

    private void item(int from, int to, boolean test, boolean inImpl) {
      int i = from;
      boolean itemTest = test;
      while (i + 1 < to && t.isPunct(i, '#') && t.isPunct(i + 1, '[')) {
        int close = t.closing(i + 1, to);
        StringBuilder a = new StringBuilder();
        for (int k = i + 2; k < close; k++) {
          a.append(t.text(k));
        }
        itemTest |= testAttribute(a.toString());
        i = close + 1;
      }
      for (int j = t.headerIdent(i, to); j >= 0; j = t.headerIdent(j + 1, to)) {
        switch (t.text(j)) {
          case "fn" -> {
            function(i, j, to, itemTest, inImpl);
            return;
          }
          case "mod" -> {
            if (j + 1 < to && t.kind[j + 1] == RelevantItems.Tokens.IDENT) {
              mods.add(t.text(j + 1));
            }
            block(j, to, itemTest, false);
            return;
          }
          case "impl", "trait" -> {
            int open = t.firstAtDepth0(j, to, '{');
            for (int k = j + 1; k < (open < 0 ? to : open); k++) {
              if (t.kind[k] == RelevantItems.Tokens.IDENT && Character.isUpperCase(t.src[t.start[k]])) {
                types.add(t.text(k));
              }
            }
            block(j, to, itemTest, true);
            return;
          }
          case "struct", "enum", "union", "type" -> {
            if (j + 1 < to && t.kind[j + 1] == RelevantItems.Tokens.IDENT) {
              types.add(t.text(j + 1));
            }
            return;
          }
          case "extern" -> {
            if (j + 1 < to && t.isIdent(j + 1, "crate")) {
              return;
            }
            int open = t.firstAtDepth0(j, to, '{');
            if (open == j + 1 || open == j + 2 && t.kind[j + 1] == RelevantItems.Tokens.LITERAL) {
              block(j, to, itemTest, false); // extern "C" { .. }: declarations
              return;
            }
          }
          case "use", "macro_rules", "static", "const", "let" -> {
            if (!t.isIdent(j, "const") || !(j + 1 < to && (t.isIdent(j + 1, "fn") || t.isIdent(j + 1, "async")
                || t.isIdent(j + 1, "unsafe")))) {
              return;
            }
          }
          default -> { }
        }
      }
    }

    /** The items inside a braced container whose header starts at token {@code head}. */
    private void block(int head, int to, boolean test, boolean inImpl) {
      int open = t.firstAtDepth0(head, to, '{');
      if (open >= 0 && t.isPunct(to - 1, '}')) {
        items(open + 1, to - 1, test, inImpl);
      }
    }

    private void function(int from, int fnToken, int to, boolean test, boolean method) {
      if (fnToken + 1 >= to || t.kind[fnToken + 1] != RelevantItems.Tokens.IDENT) {
        return;
      }
      int open = t.firstAtDepth0(fnToken, to, '{');
      if (open < 0 || !t.isPunct(to - 1, '}')) {
        return; // a declaration without a body
      }
      boolean async = false;
      for (int k = from; k < fnToken; k++) {
        async |= t.isIdent(k, "async");
      }
      Fn fn = new Fn(t.text(fnToken + 1), async, method, test, file);
      body(fn, fnToken + 2, open, to - 1);
      fns.add(fn);
    }

    /** Header tokens [from, open) are read for library paths only; the body (open, close) for calls too. */
    private void body(Fn fn, int from, int open, int close) {
      int[] stack = new int[16]; // per open bracket: -1 plain, -2 async block, -3 off-thread call, else a call index
      int sp = 0;
      int asyncDepth = 0;
      int offDepth = 0;
      List<Call> order = new ArrayList<>();
      List<Integer> offsets = new ArrayList<>();
      boolean pendingOff = false;
      int pendingCall = -1;
      for (int k = from; k < close; k++) {
        byte kind = t.kind[k];
        if (kind == RelevantItems.Tokens.PUNCT) {
          if (k <= open) {
            continue;
          }
          byte c = t.punct(k);
          if (c == '(' || c == '[' || c == '{') {
            int mark = -1;
            if (c == '(' && pendingOff) {
              mark = -3;
              offDepth++;
            } else if (c == '(' && pendingCall >= 0) {
              mark = pendingCall;
            } else if (c == '{' && (t.isIdent(k - 1, "async") || t.isIdent(k - 1, "move") && t.isIdent(k - 2, "async"))) {
              mark = -2;
              asyncDepth++;
            }
            if (sp == stack.length) {
              stack = java.util.Arrays.copyOf(stack, sp * 2);
            }
            stack[sp++] = mark;
          } else if ((c == ')' || c == ']' || c == '}') && sp > 0) {
            int mark = stack[--sp];
            if (mark == -2) {
              asyncDepth--;
            } else if (mark == -3) {
              offDepth--;
            } else if (mark >= 0 && !(k + 2 < close && t.isPunct(k + 1, '.') && t.isIdent(k + 2, "await"))) {
              fn.calls.merge(order.get(mark), offsets.get(mark), (was, now) -> was < 0 ? now : was);
            }
          }
          pendingOff = false;
          pendingCall = -1;
          continue;
        }
        pendingOff = false;
        pendingCall = -1;
        if (kind != RelevantItems.Tokens.IDENT || (k > from && t.isPunct(k - 1, ':') && k > from + 1
            && t.isPunct(k - 2, ':'))) {
          continue; // only the start of a path
        }
        // a path a::b::c
        int end = k;
        while (end + 3 < close && t.isPunct(end + 1, ':') && t.isPunct(end + 2, ':')
            && t.kind[end + 3] == RelevantItems.Tokens.IDENT) {
          end += 3;
        }
        boolean calls = end + 1 < close && t.isPunct(end + 1, '(') && k > open;
        boolean macro = end + 1 < close && t.isPunct(end + 1, '!');
        boolean afterDot = k > from && t.isPunct(k - 1, '.');
        if (afterDot) {
          if (calls) {
            String name = t.text(k);
            if (blockOnMethods.contains(name)) {
              blockOn(fn, "." + name, asyncDepth, offDepth);
            } else if (offDepth == 0) {
              pendingCall = call(fn, order, offsets, new Call(name, Via.METHOD, ""), k);
            }
          }
          k = end;
          continue;
        }
        if (macro) {
          k = end;
          continue;
        }
        if (end == k && !calls && !aliasNames.mayBe(t, k)) {
          continue; // a plain name (a local, a field, a type) that no `use` binds: nothing to resolve
        }
        String first = t.text(k);
        String alias = aliases.get(first);
        if (end == k && !calls && alias == null) {
          continue;
        }
        StringBuilder written = new StringBuilder(alias != null ? alias : first);
        for (int s = k + 3; s <= end; s += 3) {
          written.append("::").append(t.text(s));
        }
        String full = written.toString();
        if (fn.tokioUse == null && (alias != null || end > k) && rules.tokioLibrary(full) != null) {
          fn.tokioUse = full;
        }
        if (calls) {
          if (blockOn.contains(full)) {
            blockOn(fn, full, asyncDepth, offDepth);
          } else if (offThread.contains(full)) {
            pendingOff = true;
          } else if (offDepth == 0) {
            Call local = local(full, alias != null);
            if (local != null) {
              pendingCall = call(fn, order, offsets, local, k);
            }
          }
        }
        k = end;
      }
    }

    private void blockOn(Fn fn, String path, int asyncDepth, int offDepth) {
      if (fn.blockOn == null && !fn.async && asyncDepth == 0 && offDepth == 0) {
        fn.blockOn = path;
      }
    }

    /** Records a call as awaited (-1) until its closing parenthesis shows otherwise; returns its index. */
    private int call(Fn fn, List<Call> order, List<Integer> offsets, Call call, int token) {
      fn.calls.putIfAbsent(call, -1);
      order.add(call);
      offsets.add(t.start[token]);
      return order.size() - 1;
    }

    /** A call that may be to a function of this crate, or null when it names another crate's. */
    private @Nullable Call local(String full, boolean aliased) {
      int last = full.lastIndexOf("::");
      String name = last < 0 ? full : full.substring(last + 2);
      if (name.isEmpty() || KEYWORDS.contains(name) || Character.isUpperCase(name.charAt(0))) {
        return null;
      }
      if (last < 0) {
        return aliased ? null : new Call(name, Via.FREE, "");
      }
      int firstEnd = full.indexOf("::");
      String first = full.substring(0, firstEnd);
      boolean crateLocal = first.equals("crate") || first.equals("self") || first.equals("super");
      if (aliased && !crateLocal && !mods.contains(first)) {
        return null; // through a `use` of another crate
      }
      int before = full.lastIndexOf("::", last - 1);
      String qualifier = full.substring(before < 0 ? 0 : before + 2, last);
      if (!qualifier.isEmpty() && Character.isUpperCase(qualifier.charAt(0))) {
        return new Call(name, Via.TYPE, qualifier);
      }
      return new Call(name, Via.FREE, crateLocal ? "crate" : first);
    }
  }

  static boolean testAttribute(String a) {
    return a.equals("test") || a.endsWith("::test") || a.contains("::test(") || a.contains("cfg(test)")
        || a.equals("apply(test!)");
  }

  // ---- per member -------------------------------------------------------------------------------

  /**
   * Joins the summaries of one member into hits: RTA005 through calls, RTA010 through a call.
   *
   * @param executorCalls non-Tokio executor calls whose argument calls local functions
   */
  List<SourceScanner.Hit> link(String member, List<FileSummary> files, List<ExecutorCall> executorCalls) {
    List<SourceScanner.Hit> out = new ArrayList<>();
    Map<String, List<Fn>> byName = new HashMap<>();
    Set<String> types = new HashSet<>();
    Set<String> mods = new HashSet<>();
    for (FileSummary f : files) {
      for (Fn fn : f.fns()) {
        byName.computeIfAbsent(fn.name, k -> new ArrayList<>()).add(fn);
      }
      types.addAll(f.types());
      mods.addAll(f.mods());
    }
    // RTA010 through a call: the executor's argument calls a local async fn that uses a Tokio-only library.
    for (ExecutorCall e : executorCalls) {
      if (e.test()) {
        continue;
      }
      found:
      for (String name : e.names()) {
        for (Fn fn : byName.getOrDefault(name, List.of())) {
          if (fn.async && !fn.test && fn.tokioUse != null) {
            out.add(new SourceScanner.Hit(SourceScanner.Kind.FOREIGN_EXECUTOR, e.executor(), null, e.location(), false,
                false, member, false, null, null, List.of(e.executor(), fn.name, fn.tokioUse), true));
            break found;
          }
        }
      }
    }
    // RTA005 through calls: sync fns that reach a block_on in at most MAX_CALLS - 1 further calls.
    Map<Fn, Fn> next = new HashMap<>(); // a fn that reaches a block_on → the fn it calls on the way (itself at 0)
    Map<Fn, Integer> depth = new HashMap<>();
    for (List<Fn> same : byName.values()) {
      for (Fn fn : same) {
        if (!fn.async && !fn.test && fn.blockOn != null) {
          next.put(fn, fn);
          depth.put(fn, 0);
        }
      }
    }
    if (next.isEmpty()) {
      return out;
    }
    for (int level = 1; level < MAX_CALLS; level++) {
      int want = level - 1;
      Map<String, List<Fn>> previous = withDepth(byName, depth, d -> d == want);
      if (previous.isEmpty()) {
        break; // no function was found one call further away: none can be found at this level either
      }
      Map<Fn, Fn> found = new HashMap<>();
      for (List<Fn> same : byName.values()) {
        for (Fn fn : same) {
          if (fn.async || fn.test || next.containsKey(fn)) {
            continue;
          }
          Fn target = target(fn, previous, types, mods);
          if (target != null) {
            found.put(fn, target);
          }
        }
      }
      for (Map.Entry<Fn, Fn> f : found.entrySet()) {
        next.put(f.getKey(), f.getValue());
        depth.put(f.getKey(), level);
      }
    }
    Map<String, List<Fn>> reaching = withDepth(byName, depth, d -> true);
    Map<SourceScanner.SourceFile, byte[]> read = new HashMap<>();
    for (List<Fn> same : byName.values()) {
      for (Fn fn : same) {
        if (!fn.async || fn.test) {
          continue;
        }
        for (int ci = 0; ci < fn.callList.length; ci++) {
          if (fn.callOffsets[ci] < 0) {
            continue; // awaited: an async fn, not a helper that blocks
          }
          Call c = fn.callList[ci];
          Fn best = null;
          for (Fn t : reaching.getOrDefault(c.name(), List.of())) {
            if (fits(c, t, types, mods) && (best == null || depth.get(t) < depth.get(best))) {
              best = t;
            }
          }
          if (best == null) {
            continue;
          }
          List<String> chain = new ArrayList<>();
          chain.add(fn.name);
          for (Fn step = best; ; step = next.get(step)) {
            chain.add(step.name);
            if (next.get(step) == step) {
              chain.add(step.blockOn);
              break;
            }
          }
          Location at = locate(fn.file, fn.callOffsets[ci], read);
          out.add(new SourceScanner.Hit(SourceScanner.Kind.BLOCK_ON, best.blockOn, null, at, true, false, member, false,
              null, null, chain, true));
        }
      }
    }
    return out;
  }

  /**
   * The functions that reach a block_on in a number of calls {@code accept} takes, by name, each name's in the order
   * of {@code byName}. Calls are matched against these only: a member has many functions of one name (methods such as
   * {@code new} or {@code get}), and few of them reach a block_on.
   */
  private static Map<String, List<Fn>> withDepth(Map<String, List<Fn>> byName, Map<Fn, Integer> depth,
      java.util.function.IntPredicate accept) {
    Map<String, List<Fn>> out = new HashMap<>();
    for (List<Fn> same : byName.values()) {
      for (Fn fn : same) {
        Integer d = depth.get(fn);
        if (d != null && accept.test(d)) {
          out.computeIfAbsent(fn.name, k -> new ArrayList<>(2)).add(fn);
        }
      }
    }
    return out;
  }

  /** The first function {@code fn} calls among the candidates (other than itself), or null. */
  private static @Nullable Fn target(Fn fn, Map<String, List<Fn>> candidates, Set<String> types, Set<String> mods) {
    for (Call c : fn.callList) {
      for (Fn t : candidates.getOrDefault(c.name(), List.of())) {
        if (t != fn && fits(c, t, types, mods)) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * Whether a call can be to a sync, non-test function of the member of the call's name, by how it is written.
   */
  private static boolean fits(Call c, Fn t, Set<String> types, Set<String> mods) {
    return switch (c.via()) {
      case FREE -> !t.method && (c.qualifier().isEmpty() || c.qualifier().equals("crate") || mods.contains(c.qualifier()));
      case TYPE -> t.method && (c.qualifier().equals("Self") || types.contains(c.qualifier()));
      case METHOD -> t.method;
    };
  }

  /** The line and column of a byte offset (the file is read again: only reported calls need it). */
  private static Location locate(SourceScanner.SourceFile f, int offset, Map<SourceScanner.SourceFile, byte[]> read) {
    byte[] b = read.computeIfAbsent(f, k -> {
      try {
        return Files.readAllBytes(k.path());
      } catch (IOException e) {
        return new byte[0];
      }
    });
    if (offset > b.length) {
      return Location.file(f.display());
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int col = 1;
    for (int i = lineStart; i < offset; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        col += (b[i] & 0xF8) == 0xF0 ? 2 : 1; // UTF-16 units, as the scanner counts them
      }
    }
    return new Location(f.display(), line, col);
  }
}
