package dev.rta.analyzer;

import dev.rta.domain.Answers;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.AnalysisStats;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Ignored;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.pack.KnowledgePack;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Analyses a Cargo workspace: which runtimes it really uses and how, inferred answers with evidence,
 * and findings. Reads only; never builds or runs anything of the project.
 */
public final class Analyzer {
  /** How the analysis runs. */
  public record Options(boolean useCargo, String cargo, int threads, long cargoTimeoutSeconds, boolean fullParse,
      boolean portableParser) {
    public static Options defaults() {
      return new Options(true, "cargo", Math.max(1, Runtime.getRuntime().availableProcessors()), 120, false, false);
    }

    public Options withoutCargo() {
      return new Options(false, cargo, threads, cargoTimeoutSeconds, fullParse, portableParser);
    }

    /** The cargo executable to run. */
    public Options withCargo(String executable) {
      return new Options(useCargo, executable, threads, cargoTimeoutSeconds, fullParse, portableParser);
    }

    public Options withThreads(int n) {
      return new Options(useCargo, cargo, Math.max(1, n), cargoTimeoutSeconds, fullParse, portableParser);
    }

    /** Parse every file whole, not only the items that can hold something of interest. */
    public Options withFullParse(boolean on) {
      return new Options(useCargo, cargo, threads, cargoTimeoutSeconds, on, portableParser);
    }

    /** Use the prebuilt tree-sitter binding even where the optimised build is there. */
    public Options withPortableParser(boolean on) {
      return new Options(useCargo, cargo, threads, cargoTimeoutSeconds, fullParse, on);
    }
  }

  /** Hears how far the source scan is. */
  public interface Progress {
    void files(int done, int total);

    Progress NONE = (done, total) -> { };
  }

  private final KnowledgePack pack;
  private final Options options;

  /** Which tree-sitter binding reads the sources here, and why when it is the slower one. */
  public static String parser() {
    String why = NativeRust.whyUnavailable();
    return why == null ? "tree-sitter " + NativeRust.abiVersionText() + ", optimised native build"
        : "tree-sitter, portable binding (" + why + ")";
  }

  public Analyzer(KnowledgePack pack, Options options) {
    this.pack = pack;
    this.options = options;
  }

  /**
   * @param start a directory (or Cargo.toml) inside the workspace
   * @param stated answers the user gave, checked against the project (finding RTA007)
   */
  public Analysis analyze(Path start, Answers stated, Progress progress) {
    long t0 = System.nanoTime();
    Workspace ws = Workspace.read(start);
    List<Problem> problems = new ArrayList<>(ws.problems());
    DepGraph lock = DepGraph.fromLockfile(ws, problems);
    DepGraph graph = null;
    if (options.useCargo()) {
      graph = DepGraph.fromCargo(ws, lock, options.cargo(), options.cargoTimeoutSeconds());
    }
    if (graph == null) {
      graph = lock != null ? lock : DepGraph.fromManifests(ws);
    }
    SourceScanner.Stats stats = new SourceScanner.Stats();
    List<SourceScanner.SourceFile> files = SourceScanner.files(ws, stats);
    Map<String, SourceScanner.MemberSources> sources = new SourceScanner(pack.analysis()).selective(!options.fullParse())
        .preferNative(!options.portableParser())
        .scan(files, stats, options.threads(), done -> progress.files(done, files.size()));
    RuntimeClassifier classifier = new RuntimeClassifier(pack, ws, graph, lock, sources);
    List<RuntimeUse> runtimes = classifier.classify();
    Map<String, Inferred> inferred = AnswerInference.infer(pack, ws, sources, runtimes);
    List<Finding> raw = new FindingDetector(pack).detect(ws, classifier, runtimes, sources, inferred, stated,
        stats.unparsable);
    List<Finding> findings = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    applyIgnores(ws, raw, findings, ignored);
    findings.sort(Comparator.comparingInt((Finding f) -> severity(f.level()))
        .thenComparing(f -> f.location().file())
        .thenComparingInt(f -> f.location().line())
        .thenComparingInt(f -> f.location().column())
        .thenComparing(Finding::id));
    List<String> members = ws.members().stream().map(Manifest::name).toList();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    AnalysisStats s = new AnalysisStats(members.size(), ws.members().size(), stats.files, stats.lines, stats.bytes,
        stats.skippedBinary, stats.skippedNonUtf8, stats.skippedLarge, stats.skippedLoops, stats.unparsable.size(),
        graph.source.id, millis);
    return new Analysis(ws.root().toString(), members, runtimes, inferred, findings, ignored, problems, s);
  }

  static int severity(String level) {
    return switch (level) {
      case "error" -> 0;
      case "warning" -> 1;
      default -> 2;
    };
  }

  /** Removes ignored findings; an ignore entry that matches nothing is itself a finding (RTA008). */
  private void applyIgnores(Workspace ws, List<Finding> raw, List<Finding> kept, List<Ignored> ignored) {
    record Entry(Manifest.IgnoreEntry e, String implicitCrate, String source) {}
    List<Entry> entries = new ArrayList<>();
    ws.ignores().forEach(e -> entries.add(new Entry(e, null, e.location().file())));
    if (ws.rootManifest().workspace() != null) {
      ws.rootManifest().workspace().ignores().forEach(e -> entries.add(new Entry(e, null, e.location().file())));
    }
    for (Manifest m : ws.members()) {
      m.ignores().forEach(e -> entries.add(new Entry(e, m.name(), e.location().file())));
    }
    boolean[] used = new boolean[entries.size()];
    for (Finding f : raw) {
      int match = -1;
      for (int i = 0; i < entries.size() && match < 0; i++) {
        Manifest.IgnoreEntry e = entries.get(i).e();
        String crate = e.crate() != null ? e.crate() : entries.get(i).implicitCrate();
        boolean idOk = e.id().equals(f.id());
        boolean crateOk = crate == null || crate.equals(f.member()) || crate.equals(f.key());
        boolean pathOk = e.path() == null || glob(e.path(), f.location().file());
        if (idOk && crateOk && pathOk) {
          match = i;
        }
      }
      if (match >= 0) {
        used[match] = true;
        ignored.add(new Ignored(f, entries.get(match).e().reason(), entries.get(match).source()));
      } else {
        kept.add(f);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!used[i]) {
        Manifest.IgnoreEntry e = entries.get(i).e();
        var def = pack.analysis().finding("RTA008");
        kept.add(new Finding("RTA008", def.level(), Messages.text("finding.RTA008", e.id(),
            e.crate() == null ? "*" : e.crate(), e.reason()), e.location(), def.help(), entries.get(i).implicitCrate(),
            e.id() + "@" + e.location().file(), false));
      }
    }
  }

  private static boolean glob(String pattern, String file) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    return m.matches(Path.of(file)) || file.equals(pattern);
  }
}
