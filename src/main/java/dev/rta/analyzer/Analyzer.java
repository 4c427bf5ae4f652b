package dev.rta.analyzer;

import dev.rta.domain.analysis.AnalysisOptions;
import dev.rta.domain.analysis.AnalysisProgress;

import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.AnalysisStats;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Ignored;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.MemberAnalysis;
import dev.rta.domain.analysis.Resolution;
import dev.rta.domain.analysis.RuntimeSummary;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.pack.Marker;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

  private final KnowledgePack pack;
  private final AnalysisOptions options;

  /** Which tree-sitter binding reads the sources here, and why when it is the slower one. */
  public static String parser() {
    String why = NativeRust.whyUnavailable();
    return why == null ? "tree-sitter " + NativeRust.abiVersionText() + ", optimised native build"
        : "tree-sitter, portable binding (" + why + ")";
  }

  public Analyzer(KnowledgePack pack, AnalysisOptions options) {
    this.pack = pack;
    this.options = options;
  }

  /**
   * @param start a directory (or Cargo.toml) inside the workspace
   * @param stated answers the user gave, checked against the project (finding RTA007)
   */
  public Analysis analyze(Path start, Answers stated, AnalysisProgress progress) {
    long t0 = System.nanoTime();
    Workspace ws = Workspace.read(start);
    List<Problem> problems = new ArrayList<>(ws.problems());
    DepGraph lock = DepGraph.fromLockfile(ws, problems);
    DepGraph.CargoRun cargo = options.useCargo()
        ? DepGraph.fromCargo(ws, options.cargo(), options.cargoTimeoutSeconds())
        : DepGraph.CargoRun.notRun("--no-cargo");
    // The lockfile has every edge any feature can switch on; cargo metadata resolves the default features only.
    // rta resolves each member's features itself on the lockfile's edges, with the declarations cargo (or the
    // local cache) gives.
    DepGraph graph = lock != null ? lock : DepGraph.fromManifests(ws);
    PackageIndex index = PackageIndex.build(ws, graph, cargo.metadata(), options.cargoHome());
    SourceScanner.Stats stats = new SourceScanner.Stats();
    SourceTree tree = new SourceTree(ws, stats);
    List<SourceScanner.SourceFile> roots = SourceScanner.roots(ws, tree);
    Map<String, SourceScanner.MemberSources> sources = new SourceScanner(pack.analysis()).selective(!options.fullParse())
        .preferNative(!options.portableParser())
        .mentions(runtimeIdents())
        .scan(roots, tree, stats, options.threads(), progress);
    problems.addAll(stats.problems);
    stats.tooDeep.forEach(f -> problems.add(Problem.of(f, "an.source.tooDeep", RelevantItems.MAX_NESTING)));
    stats.overflowed.forEach(f -> problems.add(Problem.of(f, "an.source.overflow")));
    Map<String, String> targets = new HashMap<>();
    Map<String, EmbeddedFacts.Result> embedded = new HashMap<>();
    for (Manifest m : ws.members()) {
      EmbeddedFacts.Result e = EmbeddedFacts.read(ws, m, pack.analysis(), problems);
      SourceScanner.MemberSources src = sources.get(m.name());
      if (e.target() != null && e.target().confidence() <= EmbeddedFacts.TOOLCHAIN_TARGET
          && (src == null || src.noStd == null || !src.noStd.inDefaultBuild(m))) {
        // rust-toolchain.toml lists the targets installed for the whole workspace (a firmware's); a std member
        // is not built for it.
        e = new EmbeddedFacts.Result(null, e.chip());
      }
      embedded.put(m.name(), e);
      if (e.target() != null) {
        targets.put(m.name(), e.target().value());
      }
    }
    RuntimeClassifier classifier = new RuntimeClassifier(pack, ws, graph, index, sources, targets);
    Map<String, List<RuntimeUse>> runtimes = classifier.classify();
    AnswerInference inference = new AnswerInference(pack, classifier);
    List<MemberAnalysis> members = new ArrayList<>();
    Map<String, Map<String, Inferred>> inferred = new LinkedHashMap<>();
    for (Manifest m : ws.members()) {
      AnswerInference.Result r = inference.infer(m, sources.get(m.name()), runtimes.get(m.name()));
      Map<String, Inferred> facts = new LinkedHashMap<>(r.always());
      EmbeddedFacts.Result e = embedded.get(m.name());
      if (e.target() != null) {
        facts.put("target", new Inferred("target", new AnswerValue.Text(e.target().value()), e.target().confidence(),
            e.target().evidence()));
      }
      if (e.chip() != null) {
        facts.put("chip", new Inferred("chip", new AnswerValue.Text(e.chip().value()), e.chip().confidence(),
            e.chip().evidence()));
      }
      inferred.put(m.name(), facts);
      members.add(new MemberAnalysis(m.name(), m.display(), runtimes.get(m.name()), facts, r.underFeatures()));
    }
    List<Finding> raw = new FindingDetector(pack).detect(ws, classifier, runtimes, sources, inferred, stated,
        stats.unparsable);
    List<Finding> findings = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    applyIgnores(ws, raw, findings, ignored);
    findings.sort(Comparator.comparing((Finding f) -> f.level())
        .thenComparing(f -> f.location().file())
        .thenComparingInt(f -> f.location().line())
        .thenComparingInt(f -> f.location().column())
        .thenComparing(Finding::id));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Resolution resolution = new Resolution(index.source.equals("cargo-metadata") ? "cargo-metadata" : graph.source.id,
        cargo.status(), cargo.reason(), index.source, index.size(), graph.pkgs.size());
    AnalysisStats s = new AnalysisStats(members.size(), ws.members().size(), stats.files, stats.lines, stats.bytes,
        stats.skippedBinary, stats.skippedNonUtf8, stats.skippedLarge, stats.skippedLoops, stats.skippedUnreadable,
        stats.tooDeep.size() + stats.overflowed.size(), stats.unparsable.size(), resolution.graph(), millis);
    return new Analysis(ws.root().toString(), repoPrefix(ws.root()), members, summary(members), notes(members),
        resolution, findings, ignored, problems, s);
  }

  /** The crates whose names in the sources show a runtime is used: the runtimes' own crates, as Rust identifiers. */
  private Set<String> runtimeIdents() {
    Set<String> out = new HashSet<>();
    RuntimeClassifier.MAIN_CRATE.values().forEach(c -> out.add(c.replace('-', '_')));
    pack.markers().stream().filter(Marker::runs).forEach(m -> out.add(m.crate().replace('-', '_')));
    return out;
  }

  /** The workspace view of the runtimes: per runtime, the members by status. */
  private List<RuntimeSummary> summary(List<MemberAnalysis> members) {
    Map<String, List<List<String>>> by = new LinkedHashMap<>();
    pack.candidates().forEach(c -> by.put(c, null));
    for (MemberAnalysis m : members) {
      for (RuntimeUse r : m.runtimes()) {
        List<List<String>> lists = by.get(r.id());
        if (lists == null) {
          lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
          by.put(r.id(), lists);
        }
        lists.get(r.status().ordinal()).add(m.name());
      }
    }
    List<RuntimeSummary> out = new ArrayList<>();
    by.forEach((id, lists) -> {
      if (lists != null) {
        out.add(new RuntimeSummary(id, pack.candidates().contains(id), lists.get(0), lists.get(1), lists.get(2)));
      }
    });
    return out;
  }

  /** Members that run different runtimes each on its own build: legitimate, not mixed runtimes. */
  private List<LocalizedText> notes(List<MemberAnalysis> members) {
    Map<String, List<String>> runtimeMembers = new LinkedHashMap<>();
    boolean oneMixes = false;
    for (MemberAnalysis m : members) {
      List<RuntimeUse> always = m.runtimes().stream().filter(r -> r.candidate() && r.status() == UseStatus.IN_USE
          && r.scope().always()).toList();
      always.forEach(r -> runtimeMembers.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(m.name()));
      oneMixes |= always.size() > 1;
    }
    if (runtimeMembers.size() < 2 || oneMixes) {
      return List.of();
    }
    StringBuilder each = new StringBuilder();
    runtimeMembers.forEach((r, ms) -> each.append(each.length() == 0 ? "" : "; ").append(pack.runtimeName(r))
        .append(": ").append(String.join(", ", ms)));
    return List.of(Messages.text("an.note.perMember", each.toString()));
  }

  /** The workspace root relative to the repository's top level (where .git is), with a trailing slash. */
  static String repoPrefix(Path root) {
    Path abs = root.toAbsolutePath().normalize();
    for (Path d = abs; d != null; d = d.getParent()) {
      if (java.nio.file.Files.exists(d.resolve(".git"))) {
        String rel = d.relativize(abs).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
      }
    }
    return "";
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
            e.id() + "@" + e.location().file(), dev.rta.domain.analysis.Confidence.HIGH,
            dev.rta.domain.analysis.Scope.ALWAYS));
      }
    }
  }

  private static boolean glob(String pattern, String file) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    return m.matches(Path.of(file)) || file.equals(pattern);
  }
}
