package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.AnalysisProgress;
import dev.rta.domain.pack.AnalysisRules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlParseResult;

/**
 * Reads the Rust sources of each member with tree-sitter's Rust grammar: runtime entry points,
 * spawns, #![no_std], blocking calls and block_on inside async code, std Mutex guards held across
 * .await. Macro bodies are token trees to tree-sitter, so they are scanned for the same calls as text,
 * and those hits are marked as lower confidence.
 */
final class SourceScanner {
  /** Files larger than this are skipped and counted. */
  static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  /**
   * What a hit is. FOREIGN_EXECUTOR: a non-Tokio executor driving a Tokio-only library's future (RTA010);
   * RUNTIME_IN_ASYNC: a Tokio runtime built inside async code (RTA011).
   */
  enum Kind { ENTRY, SPAWN, BLOCKING, BLOCK_ON, LOCK_ACROSS_AWAIT, FOREIGN_EXECUTOR, RUNTIME_IN_ASYNC }

  /**
   * A call or attribute of interest.
   *
   * @param path the resolved path (e.g. std::thread::sleep), or the guard name for LOCK_ACROSS_AWAIT
   * @param runtime the runtime it belongs to (entry points, spawns), or null
   * @param inAsync whether it sits inside async code
   * @param inMacro whether it was found by the token scan of a macro body
   * @param test whether it is test, bench or example code
   * @param rule the blocking rule it matched, or null
   * @param chain for FOREIGN_EXECUTOR: the executor, any local async fn, the Tokio-only path; for a BLOCK_ON reached
   *     through calls: the async fn, the sync fns called, the block_on; else empty
   * @param indirect found through the call graph by function name (lower confidence)
   */
  record Hit(Kind kind, String path, @Nullable String runtime, Location location, boolean inAsync, boolean inMacro,
      String member, boolean test, AnalysisRules.@Nullable BlockingCall rule, @Nullable String gate, List<String> chain,
      boolean indirect) {
    Hit {
      chain = List.copyOf(chain);
    }

    Hit(Kind kind, String path, @Nullable String runtime, Location location, boolean inAsync, boolean inMacro,
        String member, boolean test, AnalysisRules.@Nullable BlockingCall rule, @Nullable String gate) {
      this(kind, path, runtime, location, inAsync, inMacro, member, test, rule, gate, List.of(), false);
    }
  }

  /** What one member's sources show. */
  static final class MemberSources {
    final List<Hit> hits = new ArrayList<>();
    /** Every full path the sources name (uses, calls, attributes, macros), with where it is first named. */
    final java.util.NavigableMap<String, Location> usedPaths = new java.util.TreeMap<>();
    @Nullable NoStd noStd;
    @Nullable Location noMain;
    /** Rust files read (tests included). */
    int files;
    /** Crate names (as Rust identifiers) the sources name as a path root anywhere, tests excluded. */
    final Set<String> mentions = new HashSet<>();
  }

  /** Counts for the report. */
  static final class Stats {
    int files;
    long lines;
    long bytes;
    int skippedBinary;
    int skippedNonUtf8;
    int skippedLarge;
    int skippedLoops;
    /** Files a target or module names that cannot be read (each named in {@link #problems}). */
    int skippedUnreadable;
    final List<Location> unparsable = new ArrayList<>();
    /** Sources that cannot be read, and links out of the workspace that were not followed. */
    final List<Problem> problems = new ArrayList<>();
    /** Files skipped because brackets nest deeper than {@link RelevantItems#MAX_NESTING}. */
    final List<Location> tooDeep = new ArrayList<>();
    /** Files skipped because reading them overflowed the stack all the same (a path repeated 50,000 times). */
    final List<Location> overflowed = new ArrayList<>();
  }

  private static final String QUERY = String.join("\n",
      "(attribute_item (attribute) @attr)",
      "(inner_attribute_item (attribute) @inner)",
      "(call_expression function: (_) @callee) @call",
      "(macro_invocation macro: (_) @macroname (token_tree) @tokens)",
      "(use_declaration argument: (_) @use)",
      "(let_declaration pattern: (identifier) @guard value: (_) @value) @let",
      "(await_expression) @await");

  private static final Pattern CALL_IN_TOKENS = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*[A-Za-z_][A-Za-z0-9_]*)*)\\s*\\(");
  private static final Pattern METHOD_IN_TOKENS = Pattern.compile("\\.\\s*(block_on)\\s*\\(");
  /** {@code cfg_attr(not(feature="std"),no_std)} (white space removed): no_std unless that feature. */
  private static final Pattern NO_STD_UNLESS = Pattern.compile("cfg_attr\\(not\\(feature=\"([^\"]+)\"\\),no_std\\)");
  /** A feature a cfg names: {@code feature="tokio"} (white space removed). */
  private static final Pattern FEATURE_IN_CFG = Pattern.compile("feature=\"([^\"]*)\"");
  /** A path (or a single name) in an expression, for what a non-Tokio executor is given. */
  private static final Pattern PATH_IN_TEXT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  /** White space around a `use` tree's separators. */
  private static final Pattern USE_SEPARATOR = Pattern.compile("\\s*(::|\\{|\\}|,)\\s*");
  /** A guard of a std lock (white space removed): {@code x.lock().unwrap()}, {@code .expect(..)} or {@code ?}. */
  private static final Pattern STD_LOCK =
      Pattern.compile(".*\\.(lock|read|write)\\(\\)(\\.unwrap\\(\\)|\\.expect\\(.*\\)|\\?)$");

  private final AnalysisRules rules;
  private final Map<String, AnalysisRules.EntryPoint> entries = new HashMap<>();
  /** Entry points of kind apply: the macro that #[apply(..!)] applies. */
  private final Map<String, AnalysisRules.EntryPoint> applies = new HashMap<>();
  private final Set<String> foreignExecutors;
  private final Set<String> runtimeBuilders;
  private final CallGraph callGraph;
  private final Map<String, AnalysisRules.SourceCall> spawns = new HashMap<>();
  private final Map<String, AnalysisRules.BlockingCall> blocking = new HashMap<>();
  private final Set<String> blockOn = new HashSet<>();
  private final Set<String> blockOnMethods = new HashSet<>();

  SourceScanner(AnalysisRules rules) {
    this.rules = rules;
    rules.entryPoints().forEach(e -> (e.kind().equals("apply") ? applies : entries).put(e.path(), e));
    foreignExecutors = Set.copyOf(rules.foreignExecutors());
    runtimeBuilders = Set.copyOf(rules.runtimeBuilders());
    rules.spawns().forEach(s -> spawns.put(s.path(), s));
    rules.blocking().forEach(b -> blocking.put(b.path(), b));
    for (AnalysisRules.BlockOnCall b : rules.blockOn()) {
      (b.method() ? blockOnMethods : blockOn).add(b.path());
    }
    Set<String> paths = new HashSet<>();
    paths.addAll(entries.keySet());
    paths.addAll(spawns.keySet());
    paths.addAll(blocking.keySet());
    paths.addAll(blockOn);
    paths.addAll(applies.keySet());
    paths.addAll(foreignExecutors);
    paths.addAll(runtimeBuilders);
    rules.signals().values().forEach(paths::addAll);
    relevant = new RelevantItems(paths, blockOnMethods);
    callGraph = new CallGraph(rules, blockOn, blockOnMethods);
  }

  private final RelevantItems relevant;
  /** Parse only the items that can matter (see {@link RelevantItems}); off parses every file whole. */
  private boolean selective = true;

  /** Crate identifiers to look for as path roots ({@code tokio::}) anywhere in a file, macro bodies included. */
  private Set<String> mentionable = Set.of();

  private Set<Integer> mentionLengths = Set.of();

  SourceScanner mentions(Set<String> idents) {
    mentionable = Set.copyOf(idents);
    mentionLengths = idents.stream().map(i -> i.getBytes(StandardCharsets.UTF_8).length).collect(java.util.stream.Collectors.toUnmodifiableSet());
    return this;
  }

  SourceScanner selective(boolean on) {
    selective = on;
    return this;
  }

  /** Use the optimised tree-sitter build when it is there (the default); off forces the portable binding. */
  private boolean preferNative = true;
  private volatile String binding = "none";

  SourceScanner preferNative(boolean on) {
    preferNative = on;
    return this;
  }

  /** The tree-sitter binding the last scan used: native, portable, or none. */
  String binding() {
    return binding;
  }

  /** The crates of {@link #mentions} the tokens name as the root of a path ({@code tokio::…}), outside comments. */
  private Set<String> pathRoots(RelevantItems.Tokens t) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 < t.size; i++) {
      if (t.kind[i] == RelevantItems.Tokens.IDENT && t.isPunct(i + 1, ':') && t.isPunct(i + 2, ':')
          && mentionLengths.contains(t.end[i] - t.start[i]) && (i == 0 || !t.isPunct(i - 1, ':'))) {
        String name = t.text(i);
        if (mentionable.contains(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** {@code Async::<TcpListener>::bind} → {@code Async::bind}: the generic arguments of a path are no segment. */
  static String withoutGenerics(String path) {
    int open = path.indexOf("::<");
    if (open < 0) {
      return path;
    }
    StringBuilder b = new StringBuilder(path.length());
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (depth == 0 && c == ':' && path.startsWith("::<", i)) {
        depth = 1;
        i += 2;
      } else if (depth > 0 && c == '<') {
        depth++;
      } else if (depth > 0 && c == '>') {
        depth--;
      } else if (depth == 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The text without white space (most paths have none: then the same string, without a regex). */
  static String noSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
          if (!Character.isWhitespace(s.charAt(k))) {
            b.append(s.charAt(k));
          }
        }
        return b.toString();
      }
    }
    return s;
  }

  /**
   * One file to read, for one member.
   *
   * @param path the file to read: its real path, inside the workspace
   * @param display the file as the reports name it (the workspace-relative path rustc would name)
   * @param test whether it belongs to an example, test or bench target
   * @param named the file as rustc names it (links not resolved): module paths are relative to it
   * @param moduleDir where its {@code mod name;} declarations look (see {@link ModuleTree})
   */
  record SourceFile(String member, Path path, String display, boolean test, Path named, Path moduleDir) {}

  /**
   * The root files of every member's targets (see {@link CargoTargets}) that can be read; the files their module trees
   * name are found as the scan reads them.
   */
  static List<SourceFile> roots(Workspace ws, SourceTree tree) {
    String workspaceEdition = null;
    TomlParseResult rootToml = ws.toml().parse(ws.root().resolve("Cargo.toml"), "Cargo.toml", new ArrayList<>());
    if (rootToml != null && rootToml.get("workspace.package.edition") instanceof String e) {
      workspaceEdition = e;
    }
    List<SourceFile> out = new ArrayList<>();
    for (Manifest m : ws.members()) {
      Path dir = m.dir().toAbsolutePath().normalize();
      TomlParseResult toml = dir.equals(ws.root().toAbsolutePath().normalize()) ? rootToml
          : ws.toml().parse(dir.resolve("Cargo.toml"), m.display(), new ArrayList<>());
      if (toml == null || !tree.enter(dir)) {
        continue; // read once already, so only a file changed since; or a member linked in from outside
      }
      for (CargoTargets.Target t : CargoTargets.of(dir, m.name(), toml, workspaceEdition, tree)) {
        SourceFile f = tree.source(m.name(), t.kind().test(), t.root(), t.root().getParent());
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** A file once per member: by its real path. */
  private static String key(SourceFile f) {
    return f.member() + '\n' + f.path();
  }

  /**
   * Scans the root files and every file their module trees name, in parallel, level by level (the files the last level
   * declares are the next): first the library, binary and build targets, then the example, test and bench targets, so
   * that a file both reach is not test code. A file is read once per member (by its real path). {@code progress} hears
   * the files done and the files known so far.
   */
  Map<String, MemberSources> scan(List<SourceFile> roots, SourceTree tree, Stats stats, int threads,
      AnalysisProgress progress) {
    Map<String, MemberSources> out = new HashMap<>();
    Map<String, List<CallGraph.FileSummary>> summaries = new HashMap<>();
    Map<String, List<CallGraph.ExecutorCall>> executorCalls = new HashMap<>();
    List<Parser> closeAfter = null;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "rta-scan");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    AtomicInteger known = new AtomicInteger();
    try {
      List<Parser> opened = java.util.Collections.synchronizedList(new ArrayList<>());
      ThreadLocal<Parser> parsers = ThreadLocal.withInitial(() -> {
        Parser p = new Parser();
        opened.add(p);
        binding = p.syntax.name();
        return p;
      });
      closeAfter = opened;
      List<FileResult> results = new ArrayList<>();
      Set<String> named = new HashSet<>();
      Set<String> read = new HashSet<>();
      for (boolean tests : new boolean[] {false, true}) {
        List<SourceFile> level = new ArrayList<>();
        for (SourceFile f : roots) {
          if (f.test() == tests && named.add(f.member() + '\n' + f.named().normalize()) && read.add(key(f))) {
            level.add(f);
          }
        }
        while (!level.isEmpty()) {
          known.addAndGet(level.size());
          List<Future<FileResult>> futures = new ArrayList<>();
          for (SourceFile f : level) {
            futures.add(pool.submit(() -> {
              FileResult r = parsers.get().scan(f);
              progress.files(done.incrementAndGet(), known.get());
              return r;
            }));
          }
          List<SourceFile> next = new ArrayList<>();
          for (Future<FileResult> fu : futures) {
            FileResult r = fu.get();
            results.add(r);
            SourceFile parent = r.file();
            for (ModuleTree.Decl d : r.modules()) {
              for (ModuleTree.Child c : ModuleTree.resolve(d, parent.named(), parent.moduleDir())) {
                if (!named.add(parent.member() + '\n' + c.file().normalize())) {
                  continue;
                }
                SourceFile f = tree.source(parent.member(), parent.test(), c.file(), c.moduleDir());
                if (f != null && read.add(key(f))) {
                  next.add(f);
                }
              }
            }
          }
          level = next;
        }
      }
      results.sort(java.util.Comparator.comparing((FileResult r) -> r.file().display())
          .thenComparing(r -> r.file().member()));
      for (FileResult r : results) {
        MemberSources ms = out.computeIfAbsent(r.file().member(), k -> new MemberSources());
        switch (r.status()) {
          case BINARY -> stats.skippedBinary++;
          case NON_UTF8 -> stats.skippedNonUtf8++;
          case LARGE -> stats.skippedLarge++;
          case UNREADABLE -> tree.unreadable(r.file().named(), r.failure()); // failed between finding and reading
          case TOO_DEEP -> stats.tooDeep.add(Location.file(r.file().display()));
          case OVERFLOW -> stats.overflowed.add(Location.file(r.file().display()));
          case OK -> {
            stats.files++;
            stats.lines += r.lines();
            stats.bytes += r.bytes();
            if (r.parseError()) {
              stats.unparsable.add(Location.file(r.file().display()));
            }
            ms.files++;
            ms.mentions.addAll(r.mentions());
            ms.hits.addAll(r.hits());
            summaries.computeIfAbsent(r.file().member(), k -> new ArrayList<>()).add(r.summary());
            executorCalls.computeIfAbsent(r.file().member(), k -> new ArrayList<>()).addAll(r.executorCalls());
            r.usedPaths().forEach(ms.usedPaths::putIfAbsent);
            if (r.noStd() != null && ms.noStd == null) {
              ms.noStd = r.noStd();
            }
            if (r.noMain() != null && ms.noMain == null) {
              ms.noMain = r.noMain();
            }
          }
        }
      }
      // The call graph is per member, across its files: linked once every file is read.
      summaries.forEach((member, summary) -> out.get(member).hits.addAll(
          callGraph.link(member, summary, executorCalls.getOrDefault(member, List.of()))));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scanning failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (closeAfter != null) {
        synchronized (closeAfter) {
          closeAfter.forEach(p -> p.syntax.close());
        }
      }
    }
    return out;
  }

  enum Status { OK, BINARY, NON_UTF8, LARGE, UNREADABLE, TOO_DEEP, OVERFLOW }

  /**
   * {@code #![no_std]}, or {@code #![cfg_attr(not(feature = "std"), no_std)]} ({@code unless} names the feature that
   * brings std back).
   */
  record NoStd(Location at, @Nullable String unless) {
    /** Whether the member's default build is no_std. */
    boolean inDefaultBuild(Manifest m) {
      return unless == null || !m.defaultEnables(unless) && !unless.equals("default");
    }
  }

  /**
   * What one file shows.
   *
   * @param modules the modules and includes it declares (see {@link ModuleTree})
   * @param failure why it could not be read (status UNREADABLE), else null
   */
  record FileResult(SourceFile file, Status status, List<Hit> hits, Map<String, Location> usedPaths, @Nullable NoStd noStd,
      @Nullable Location noMain, boolean parseError, long lines, long bytes, CallGraph.FileSummary summary,
      List<CallGraph.ExecutorCall> executorCalls, Set<String> mentions, List<ModuleTree.Decl> modules,
      @Nullable IOException failure) {
    static FileResult skipped(SourceFile f, Status s) {
      return new FileResult(f, s, List.of(), Map.of(), null, null, false, 0, 0, CallGraph.FileSummary.EMPTY, List.of(),
          Set.of(), List.of(), null);
    }

    static FileResult unreadable(SourceFile f, IOException e) {
      return new FileResult(f, Status.UNREADABLE, List.of(), Map.of(), null, null, false, 0, 0,
          CallGraph.FileSummary.EMPTY, List.of(), Set.of(), List.of(), e);
    }

    FileResult withMentions(Set<String> m, List<ModuleTree.Decl> mods) {
      return new FileResult(file, status, hits, usedPaths, noStd, noMain, parseError, lines, bytes, summary,
          executorCalls, m, mods, failure);
    }
  }

  /** A parser and query per thread (tree-sitter parsers are not thread-safe). */
  private final class Parser {
    private final RustSyntax syntax = RustSyntax.open(QUERY, preferNative);

    FileResult scan(SourceFile f) {
      byte[] bytes;
      try {
        if (Files.size(f.path()) > MAX_FILE_BYTES) {
          return FileResult.skipped(f, Status.LARGE);
        }
        // The real path, not through a link; at most the limit even when the file grows meanwhile.
        try (var in = Files.newInputStream(f.path(), LinkOption.NOFOLLOW_LINKS)) {
          bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
          return FileResult.skipped(f, Status.LARGE);
        }
      } catch (IOException e) {
        return FileResult.unreadable(f, e);
      }
      for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
        if (bytes[i] == 0) {
          return FileResult.skipped(f, Status.BINARY);
        }
      }
      String text;
      try {
        // ASCII, as most sources are, is valid UTF-8 and needs no decoder
        text = ascii(bytes) ? new String(bytes, StandardCharsets.US_ASCII)
            : StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return FileResult.skipped(f, Status.NON_UTF8);
      }
      // One lexical pass serves the choice of items to parse, the call graph (which needs every file) and the
      // crates the file names as path roots.
      RelevantItems.Tokens tokens = RelevantItems.Tokens.lex(bytes);
      if (tokens.tooDeep()) {
        return FileResult.skipped(f, Status.TOO_DEEP);
      }
      try {
        List<ModuleTree.Decl> modules = ModuleTree.declarations(tokens);
        Set<String> mentions = f.test() ? Set.of() : pathRoots(tokens);
        CallGraph.FileSummary summary = callGraph.summarize(tokens, f);
        int[] ranges = selective ? relevant.ranges(tokens) : new int[0];
        FileScan scan = new FileScan(f, text, bytes);
        if (ranges == null) { // nothing in this file can matter: count it, don't parse it
          return new FileResult(f, Status.OK, List.of(), Map.of(), null, null, false, scan.lines(), bytes.length,
              summary, List.of(), mentions, modules, null);
        }
        return scan.run(syntax, ranges, summary).withMentions(mentions, modules);
      } catch (StackOverflowError e) {
        // the nesting limit keeps the walks shallow; this is the net under it (a regular expression on a path
        // repeated thousands of times in a macro body): one file is skipped, not the analysis
        return FileResult.skipped(f, Status.OVERFLOW);
      }
    }
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The work on one file. */
  private final class FileScan {
    private final SourceFile file;
    private final String text;
    private final byte[] bytes;
    private final int[] lineStarts;
    private final Map<String, String> aliases = new HashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    private final List<CallGraph.ExecutorCall> executorCalls = new ArrayList<>();
    private final Map<String, Location> used = new HashMap<>();
    private @Nullable NoStd noStd;
    private @Nullable Location noMain;

    FileScan(SourceFile file, String text, byte[] bytes) {
      this.file = file;
      this.text = text;
      this.bytes = bytes;
      int lines = 1;
      for (byte b : bytes) {
        if (b == '\n') {
          lines++;
        }
      }
      lineStarts = new int[lines];
      for (int i = 0, line = 1; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          lineStarts[line++] = i + 1;
        }
      }
    }

    String slice(int start, int end) {
      return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    String text(RustSyntax.Node n) {
      return slice(n.startByte(), n.endByte());
    }

    /** 1-based line and character column of a byte offset. */
    Location at(int byteOffset) {
      int line = line(byteOffset);
      int col = slice(lineStarts[line], byteOffset).length() + 1;
      return new Location(file.display(), line + 1, col);
    }

    long lines() {
      return bytes.length == 0 ? 0 : lineStarts.length - (bytes[bytes.length - 1] == '\n' ? 1 : 0);
    }

    /** Parses the given byte ranges (all of the file when empty); a partial parse with errors is redone whole. */
    private RustSyntax.Tree parse(RustSyntax syntax, int[] ranges) {
      int[] included = new int[ranges.length * 3];
      for (int i = 0; i < ranges.length / 2; i++) {
        int start = ranges[2 * i];
        int end = ranges[2 * i + 1];
        int startLine = line(start);
        int endLine = line(end);
        int k = 6 * i;
        included[k] = startLine;
        included[k + 1] = start - lineStarts[startLine];
        included[k + 2] = endLine;
        included[k + 3] = end - lineStarts[endLine];
        included[k + 4] = start;
        included[k + 5] = end;
      }
      RustSyntax.Tree tree = syntax.parse(text, bytes, included);
      if (included.length > 0 && tree.root().hasError()) {
        tree.close();
        tree = syntax.parse(text, bytes, new int[0]);
      }
      return tree;
    }

    private int line(int byteOffset) {
      int line = Arrays.binarySearch(lineStarts, byteOffset);
      return line < 0 ? -line - 2 : line;
    }

    FileResult run(RustSyntax syntax, int[] ranges, CallGraph.FileSummary summary) {
      List<RustSyntax.Node> calls = new ArrayList<>();
      List<RustSyntax.Node> callees = new ArrayList<>();
      List<RustSyntax.Node[]> macros = new ArrayList<>();
      List<RustSyntax.Node[]> lets = new ArrayList<>();
      List<Integer> awaits = new ArrayList<>();
      List<RustSyntax.Node> attrs = new ArrayList<>();
      boolean parseError;
      try (RustSyntax.Tree tree = parse(syntax, ranges)) {
        parseError = tree.root().hasError();
        for (RustSyntax.Match m : tree.matches()) {
          List<RustSyntax.Node> caps = m.nodes();
          switch (m.pattern()) {
            case 0 -> attrs.add(caps.get(0));
            case 1 -> inner(caps.get(0));
            case 2 -> {
              calls.add(m.node("call"));
              callees.add(m.node("callee"));
            }
            case 3 -> macros.add(new RustSyntax.Node[] {m.node("macroname"), m.node("tokens")});
            case 4 -> use(caps.get(0));
            case 5 -> lets.add(new RustSyntax.Node[] {m.node("let"), m.node("guard"), m.node("value")});
            case 6 -> awaits.add(caps.get(0).startByte());
            default -> { }
          }
        }
        // `use` declarations come first in practice, but resolve only after all are known.
        for (RustSyntax.Node a : attrs) {
          attribute(a);
        }
        for (int i = 0; i < calls.size(); i++) {
          call(calls.get(i), callees.get(i));
        }
        for (RustSyntax.Node[] mac : macros) {
          macro(mac[0], mac[1]);
        }
        for (RustSyntax.Node[] let : lets) {
          lockAcrossAwait(let[0], let[1], let[2], awaits);
        }
      }
      return new FileResult(file, Status.OK, hits, file.test() ? Map.of() : used, noStd, noMain, parseError,
          lines(), bytes.length, summary, executorCalls, Set.of(), List.of(), null);
    }

    private void inner(RustSyntax.Node attr) {
      String t = text(attr).trim();
      if (t.equals("no_std")) {
        noStd = new NoStd(at(attr.startByte()), null);
      } else if (noStd == null) {
        Matcher m = NO_STD_UNLESS.matcher(noSpace(t));
        if (m.matches()) {
          noStd = new NoStd(at(attr.startByte()), m.group(1));
        }
      } else if (t.equals("no_main")) {
        noMain = at(attr.startByte());
      }
    }

    private void use(RustSyntax.Node node) {
      String argument = text(node);
      Set<String> named = new HashSet<>();
      UseTrees.expand(WHITE_SPACE.matcher(USE_SEPARATOR.matcher(argument).replaceAll("$1")).replaceAll(" ").trim(), "",
          aliases, named);
      Location where = at(node.startByte());
      if (!file.test()) {
        named.forEach(p -> used.putIfAbsent(p, where));
      }
    }

    /** The full path a written path stands for, through the file's `use` declarations. */
    String resolve(String written) {
      String p = withoutGenerics(noSpace(written));
      if (p.startsWith("::")) {
        p = p.substring(2);
      }
      int sep = p.indexOf("::");
      String first = sep < 0 ? p : p.substring(0, sep);
      String full = aliases.get(first);
      if (full != null) {
        return sep < 0 ? full : full + p.substring(sep);
      }
      return p;
    }

    private void attribute(RustSyntax.Node attr) {
      String t = text(attr);
      int paren = t.indexOf('(');
      String path = resolve(paren < 0 ? t : t.substring(0, paren));
      used.putIfAbsent(path, at(attr.startByte()));
      AnalysisRules.EntryPoint e = entries.get(path);
      if (e != null && e.kind().equals("attribute")) {
        hits.add(new Hit(Kind.ENTRY, path, e.runtime(), at(attr.startByte()), false, false, file.member(),
            file.test() || e.test() || isTest(attr), null, gated(attr)));
      }
      if (paren > 0 && (path.equals("apply") || path.endsWith("::apply")) && t.endsWith(")")) {
        apply(attr, t.substring(paren + 1, t.length() - 1).trim());
      }
    }

    /** #[apply(main!)]: an entry point only when the applied macro is one (smol_macros::main, through `use`). */
    private void apply(RustSyntax.Node attr, String applied) {
      if (!applied.endsWith("!")) {
        return;
      }
      String macro = resolve(applied.substring(0, applied.length() - 1));
      AnalysisRules.EntryPoint e = applies.get(macro);
      if (e != null) {
        used.putIfAbsent(macro, at(attr.startByte()));
        hits.add(new Hit(Kind.ENTRY, macro + "!", e.runtime(), at(attr.startByte()), false, false, file.member(),
            file.test() || e.test() || isTest(attr), null, gated(attr)));
      }
    }

    private void call(RustSyntax.Node call, RustSyntax.Node callee) {
      String type = callee.type();
      if (type.equals("field_expression")) {
        RustSyntax.Node field = callee.childByField("field");
        if (field != null && blockOnMethods.contains(text(field)) && inAsync(call)) {
          hits.add(new Hit(Kind.BLOCK_ON, "." + text(field), null, at(field.startByte()), true, false, file.member(),
              isTest(call), null, gated(call)));
        }
        return;
      }
      if (!type.equals("scoped_identifier") && !type.equals("identifier")) {
        return;
      }
      String path = resolve(text(callee));
      used.putIfAbsent(path, at(callee.startByte()));
      classify(path, call, at(callee.startByte()), false);
      if (foreignExecutors.contains(path)) {
        foreignExecutor(path, call, at(callee.startByte()));
      }
    }

    /**
     * A non-Tokio executor's call: what its argument names. A Tokio-only library path, directly or through a local
     * variable of the function (its `let` or parameter), is RTA010; calls of local functions are left to the call
     * graph; nothing when the future is wrapped for Tokio (async_compat).
     */
    private void foreignExecutor(String executor, RustSyntax.Node call, Location where) {
      RustSyntax.Node args = call.childByField("arguments");
      if (args == null) {
        return;
      }
      String arg = text(args);
      List<Span> spans = spans(arg);
      for (Span s : spans) {
        for (AnalysisRules.Wrapper w : rules.compat()) {
          if (w.method() ? s.afterDot() && s.call() && s.written().equals(w.path()) : !s.afterDot() && resolve(s.written()).equals(w.path())) {
            return;
          }
        }
      }
      boolean test = file.test() || isTest(call);
      String lib = null;
      List<String> names = new ArrayList<>();
      Set<String> variables = new java.util.LinkedHashSet<>();
      for (Span s : spans) {
        if (s.afterDot()) {
          continue;
        }
        String full = resolve(s.written());
        if (!full.equals(s.written()) || s.written().contains("::")) {
          if (rules.tokioLibrary(full) != null) {
            lib = full;
            break;
          }
        }
        if (s.call()) {
          names.add(full.substring(full.lastIndexOf(':') + 1));
        } else if (!s.written().contains("::") && full.equals(s.written())) {
          variables.add(s.written());
        }
      }
      List<String> chain = lib != null ? List.of(executor, lib) : throughVariable(executor, call, variables);
      if (chain != null) {
        hits.add(new Hit(Kind.FOREIGN_EXECUTOR, executor, null, where, inAsync(call), false, file.member(), test, null,
            gated(call), chain, false));
      } else if (!names.isEmpty()) {
        executorCalls.add(new CallGraph.ExecutorCall(executor, where, test, names));
      }
    }

    /**
     * A Tokio-only path in the `let` or parameter of the enclosing function that binds one of these names, as the
     * chain executor → variable → path; or null.
     */
    private @Nullable List<String> throughVariable(String executor, RustSyntax.Node call, Set<String> names) {
      RustSyntax.Node fn = call.parent();
      while (fn != null && !fn.type().equals("function_item")) {
        fn = fn.parent();
      }
      if (fn == null || names.isEmpty()) {
        return null;
      }
      String before = slice(fn.startByte(), call.startByte());
      int count = 0;
      for (String name : names) {
        if (++count > 16) {
          break;
        }
        String q = Pattern.quote(name);
        Matcher m = Pattern.compile("\\blet\\s+(?:mut\\s+)?" + q + "\\s*(?::([^=;]*))?=([^;]*);"
            + "|[(,]\\s*(?:mut\\s+)?" + q + "\\s*:\\s*([^,){]*)").matcher(before);
        while (m.find()) {
          for (int g = 1; g <= 3; g++) {
            if (m.group(g) == null) {
              continue;
            }
            for (Span s : spans(m.group(g))) {
              String full = resolve(s.written());
              if (!s.afterDot() && (!full.equals(s.written()) || s.written().contains("::"))
                  && rules.tokioLibrary(full) != null) {
                return List.of(executor, name, full);
              }
            }
          }
        }
      }
      return null;
    }

    /** A path written in an expression: after a dot (a method or field), and followed by a call. */
    private record Span(String written, boolean afterDot, boolean call) {}

    private List<Span> spans(String expr) {
      List<Span> out = new ArrayList<>();
      Matcher m = PATH_IN_TEXT.matcher(expr);
      while (m.find()) {
        int b = m.start() - 1;
        while (b >= 0 && Character.isWhitespace(expr.charAt(b))) {
          b--;
        }
        int a = m.end();
        while (a < expr.length() && Character.isWhitespace(expr.charAt(a))) {
          a++;
        }
        boolean afterDot = b >= 0 && expr.charAt(b) == '.';
        if (b >= 0 && (expr.charAt(b) == '"' || Character.isDigit(expr.charAt(b)))) {
          continue;
        }
        out.add(new Span(WHITE_SPACE.matcher(m.group()).replaceAll(""), afterDot,
            a < expr.length() && expr.charAt(a) == '('));
      }
      return out;
    }

    private void classify(String path, RustSyntax.Node context, Location where, boolean inMacro) {
      AnalysisRules.EntryPoint e = entries.get(path);
      if (e != null && e.kind().equals("call")) {
        hits.add(new Hit(Kind.ENTRY, path, e.runtime(), where, inAsync(context), inMacro, file.member(),
            file.test() || isTest(context), null, gated(context)));
      }
      AnalysisRules.SourceCall s = spawns.get(path);
      if (s != null) {
        hits.add(new Hit(Kind.SPAWN, path, s.runtime(), where, inAsync(context), inMacro, file.member(),
            file.test() || isTest(context), null, gated(context)));
      }
      AnalysisRules.BlockingCall b = blocking.get(path);
      if (b != null && inAsync(context)) {
        hits.add(new Hit(Kind.BLOCKING, path, null, where, true, inMacro, file.member(), file.test() || isTest(context), b,
            gated(context)));
      }
      if (runtimeBuilders.contains(path) && inAsync(context)) {
        hits.add(new Hit(Kind.RUNTIME_IN_ASYNC, path, null, where, true, inMacro, file.member(),
            file.test() || isTest(context), null, gated(context)));
      }
      if (blockOn.contains(path) && inAsync(context)) {
        hits.add(new Hit(Kind.BLOCK_ON, path, null, where, true, inMacro, file.member(), file.test() || isTest(context),
            null, gated(context)));
      }
    }

    /** Macro bodies are token trees: scan them as text for the same calls (lower confidence). */
    private void macro(RustSyntax.Node name, RustSyntax.Node tokens) {
      String macroPath = resolve(text(name));
      used.putIfAbsent(macroPath, at(name.startByte()));
      String body = text(tokens);
      int base = tokens.startByte();
      Matcher m = CALL_IN_TOKENS.matcher(body);
      while (m.find()) {
        String path = resolve(m.group(1));
        if (entries.containsKey(path) || spawns.containsKey(path) || blocking.containsKey(path) || blockOn.contains(path)) {
          int offset = base + body.substring(0, m.start(1)).getBytes(StandardCharsets.UTF_8).length;
          used.putIfAbsent(path, at(offset));
          classify(path, tokens, at(offset), true);
        }
      }
      Matcher mm = METHOD_IN_TOKENS.matcher(body);
      while (mm.find()) {
        if (blockOnMethods.contains(mm.group(1)) && inAsync(tokens)) {
          int offset = base + body.substring(0, mm.start(1)).getBytes(StandardCharsets.UTF_8).length;
          hits.add(new Hit(Kind.BLOCK_ON, "." + mm.group(1), null, at(offset), true, true, file.member(), isTest(tokens),
              null, gated(tokens)));
        }
      }
    }

    /** let guard = x.lock().unwrap() (std Mutex) inside async code, with an .await later in the same block. */
    private void lockAcrossAwait(RustSyntax.Node let, RustSyntax.Node guard, RustSyntax.Node value, List<Integer> awaits) {
      String v = WHITE_SPACE.matcher(text(value)).replaceAll("");
      // The pattern only where it can match: it backtracks over the whole value.
      boolean stdLock = (v.contains(".lock()") || v.contains(".read()") || v.contains(".write()"))
          && STD_LOCK.matcher(v).matches();
      if (!stdLock || !inAsync(let)) {
        return;
      }
      RustSyntax.Node block = let.parent();
      if (block == null) {
        return;
      }
      String name = text(guard);
      int from = let.endByte();
      int to = block.endByte();
      String after = slice(from, to);
      Matcher drop = Pattern.compile("\\bdrop\\s*\\(\\s*" + Pattern.quote(name) + "\\s*\\)").matcher(after);
      if (drop.find()) {
        to = from + after.substring(0, drop.start()).getBytes(StandardCharsets.UTF_8).length;
      }
      for (int a : awaits) {
        if (a > from && a < to) {
          hits.add(new Hit(Kind.LOCK_ACROSS_AWAIT, name, null, at(let.startByte()), true, false, file.member(),
              isTest(let), null, gated(let)));
          return;
        }
      }
    }

    /** Inside an async block, async fn or async closure (stops at the nearest fn or plain closure). */
    boolean inAsync(RustSyntax.Node node) {
      for (RustSyntax.Node n = node.parent(); n != null; n = n.parent()) {
        switch (n.type()) {
          case "async_block":
            return true;
          case "function_item": {
            for (int i = 0; i < n.childCount(); i++) {
              RustSyntax.Node c = n.child(i);
              if (c != null && c.type().equals("function_modifiers")) {
                return text(c).contains("async");
              }
            }
            return false;
          }
          case "closure_expression":
            return text(n).startsWith("async");
          default:
            break;
        }
      }
      return false;
    }

    /**
     * The feature(s) of the nearest #[cfg(feature = "...")] around the node (compiled only with it), joined with
     * ", " when the cfg names several; null when no such gate is around it.
     */
    @Nullable String gated(RustSyntax.Node node) {
      for (RustSyntax.Node n = node; n != null; n = n.parent()) {
        String type = n.type();
        if (type.equals("mod_item") || type.equals("function_item") || type.equals("impl_item")
            || type.equals("expression_statement") || type.equals("let_declaration") || type.equals("attribute_item")) {
          for (RustSyntax.Node p = n.prevSibling(); p != null && p.type().equals("attribute_item"); p = p.prevSibling()) {
            String a = noSpace(text(p));
            if (a.contains("cfg(feature") || a.contains("cfg(any(feature") || a.contains("cfg(all(feature")) {
              List<String> names = new ArrayList<>();
              Matcher m = FEATURE_IN_CFG.matcher(a);
              while (m.find()) {
                names.add(m.group(1));
              }
              return names.isEmpty() ? "?" : String.join(", ", names);
            }
          }
        }
      }
      return null;
    }

    /** Inside a #[cfg(test)] module or a #[test] / #[tokio::test] function. */
    boolean isTest(RustSyntax.Node node) {
      for (RustSyntax.Node n = node; n != null; n = n.parent()) {
        if (n.type().equals("mod_item") || n.type().equals("function_item")) {
          for (RustSyntax.Node p = n.prevSibling(); p != null && p.type().equals("attribute_item"); p = p.prevSibling()) {
            String a = WHITE_SPACE.matcher(text(p)).replaceAll("");
            if (a.contains("cfg(test)") || a.equals("#[test]") || a.endsWith("::test]") || a.contains("::test(")) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
