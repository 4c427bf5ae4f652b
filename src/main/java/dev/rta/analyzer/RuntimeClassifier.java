package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.analysis.Activation;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.PathStep;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.LibraryFeatures;
import dev.rta.domain.pack.Marker;
import dev.rta.domain.pack.Strength;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which runtimes the project reaches, how (always, behind a feature, dev-only, build-only, for a
 * target), through which path, and whether they run or are only pulled in by a library (facts §3: a
 * bare tokio is pulled in by hyper, the AWS SDK and redis even in non-Tokio projects).
 */
final class RuntimeClassifier {
  /** The crate whose presence names each candidate runtime in a path. */
  static final Map<String, String> MAIN_CRATE = Map.of(
      "tokio", "tokio", "async-std", "async-std", "smol", "smol", "embassy", "embassy-executor");

  /** Tokio features that start a runtime (a tokio with only "sync" runs nothing). */
  static final Set<String> TOKIO_RUNTIME_FEATURES = Set.of("rt", "rt-multi-thread", "macros", "full");

  private final KnowledgePack pack;
  private final Workspace ws;
  private final DepGraph graph;
  private final @Nullable DepGraph lock;
  private final Map<String, SourceScanner.MemberSources> sources;
  private final Map<String, Marker> markers = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> libraryFeatures = new HashMap<>();

  /** Why a member runs a runtime, and how that is switched on. */
  record Run(Evidence evidence, Activation activation) {}

  /** Per member: the runtimes it runs (entry points, spawns, runtime features, runtime-selecting features). */
  final Map<String, Map<String, List<Run>>> runs = new LinkedHashMap<>();

  /** The runtimes a member runs always on (not only behind a feature, in tests or at build time). */
  Map<String, List<Evidence>> runsAlways(String member) {
    Map<String, List<Evidence>> out = new LinkedHashMap<>();
    runs.getOrDefault(member, Map.of()).forEach((runtime, list) -> list.stream()
        .filter(r -> r.activation() == Activation.ALWAYS || r.activation() == Activation.TARGET)
        .forEach(r -> out.computeIfAbsent(runtime, k -> new ArrayList<>()).add(r.evidence())));
    return out;
  }

  RuntimeClassifier(KnowledgePack pack, Workspace ws, DepGraph graph, @Nullable DepGraph lock,
      Map<String, SourceScanner.MemberSources> sources) {
    this.pack = pack;
    this.ws = ws;
    this.graph = graph;
    this.lock = lock;
    this.sources = sources;
    pack.markers().forEach(m -> markers.put(m.crate(), m));
    for (LibraryFeatures lf : pack.libraryFeatures()) {
      libraryFeatures.put(lf.crate(), lf.features());
    }
  }

  /** The runtime a marker crate names: a candidate id, or another runtime's name (null for compat layers). */
  static @Nullable String runtimeOf(Marker m) {
    if (m.runtime() != null) {
      return m.runtime();
    }
    return "mixed".equals(m.other()) ? null : m.other();
  }

  List<RuntimeUse> classify() {
    Map<String, List<DependencyPath>> paths = new LinkedHashMap<>();
    Map<String, Set<String>> membersOf = new LinkedHashMap<>();
    Map<String, Set<Evidence>> evidence = new LinkedHashMap<>();
    for (Manifest m : ws.members()) {
      Map<String, List<Run>> memberRuns = runs.computeIfAbsent(m.name(), k -> new LinkedHashMap<>());
      for (Manifest.Dep d : m.deps()) {
        Activation activation = activation(m, d);
        String feature = activation == Activation.FEATURE ? String.join(", ", m.featuresEnabling(d.key())) : null;
        runsBecauseOf(m, d, activation, memberRuns);
        for (Map.Entry<String, List<PathStep>> reached : reach(m, d, activation).entrySet()) {
          String runtime = reached.getKey();
          paths.computeIfAbsent(runtime, k -> new ArrayList<>())
              .add(new DependencyPath(m.name(), reached.getValue(), activation, feature, d.target(), d.location()));
          membersOf.computeIfAbsent(runtime, k -> new LinkedHashSet<>()).add(m.name());
        }
      }
      SourceScanner.MemberSources src = sources.get(m.name());
      if (src != null) {
        for (SourceScanner.Hit h : src.hits) {
          if ((h.kind() == SourceScanner.Kind.ENTRY || h.kind() == SourceScanner.Kind.SPAWN) && h.runtime() != null) {
            Evidence e = new Evidence(h.location(), h.path());
            if (h.test()) {
              testHits.add(e);
            }
            evidence.computeIfAbsent(h.runtime(), k -> new LinkedHashSet<>()).add(e);
            membersOf.computeIfAbsent(h.runtime(), k -> new LinkedHashSet<>()).add(m.name());
            Activation a = h.test() ? Activation.DEV : h.gated() ? Activation.FEATURE : Activation.ALWAYS;
            memberRuns.computeIfAbsent(h.runtime(), k -> new ArrayList<>()).add(new Run(e, a));
          }
        }
      }
    }
    Map<String, Activation> runBest = new HashMap<>();
    runs.forEach((member, byRuntime) -> byRuntime.forEach((runtime, list) -> {
      Set<Evidence> all = evidence.computeIfAbsent(runtime, k -> new LinkedHashSet<>());
      for (Run r : list) {
        all.add(r.evidence());
        if (r.activation() == Activation.DEV) {
          testHits.add(r.evidence());
        }
        runBest.merge(runtime, r.activation(), (x, y) -> x.ordinal() <= y.ordinal() ? x : y);
      }
    }));
    // Evidence from the product first; tests, benches and examples after (a stable sort keeps the order found).
    Map<String, List<Evidence>> sortedEvidence = new LinkedHashMap<>();
    evidence.forEach((runtime, set) -> sortedEvidence.put(runtime,
        set.stream().sorted(java.util.Comparator.comparing(testHits::contains)).toList()));
    List<RuntimeUse> out = new ArrayList<>();
    List<String> order = new ArrayList<>(pack.candidates());
    paths.keySet().stream().filter(r -> !order.contains(r)).sorted().forEach(order::add);
    evidence.keySet().stream().filter(r -> !order.contains(r)).sorted().forEach(order::add);
    for (String runtime : order) {
      List<DependencyPath> ps = paths.getOrDefault(runtime, List.of());
      List<Evidence> ev = sortedEvidence.getOrDefault(runtime, List.of());
      if (ps.isEmpty() && ev.isEmpty()) {
        continue;
      }
      boolean candidate = pack.candidates().contains(runtime);
      boolean inUse = runs.values().stream().anyMatch(r -> r.containsKey(runtime))
          || ps.stream().anyMatch(p -> p.activation() == Activation.ALWAYS
              && p.steps().stream().anyMatch(s -> runs(s.crate(), runtime)));
      Activation best = runBest.getOrDefault(runtime, Activation.BUILD);
      for (DependencyPath p : ps) {
        if (p.activation().ordinal() < best.ordinal()) {
          best = p.activation();
        }
      }
      out.add(new RuntimeUse(runtime, candidate, inUse ? UseStatus.IN_USE : UseStatus.PULLED_IN, best,
          List.copyOf(membersOf.getOrDefault(runtime, Set.of())), shortest(ps), ev));
    }
    return out;
  }


  private final Set<Evidence> testHits = new java.util.HashSet<>();

  /** Whether the crate is one whose presence means the runtime runs (markers.yaml {@code runs}). */
  private boolean runs(String crate, String runtime) {
    Marker m = markers.get(crate);
    return m != null && m.runs() && runtime.equals(runtimeOf(m));
  }

  /** Per member and runtime, one path per direct dependency, shortest first. */
  private static List<DependencyPath> shortest(List<DependencyPath> ps) {
    Map<String, DependencyPath> best = new LinkedHashMap<>();
    for (DependencyPath p : ps) {
      String k = p.member() + "|" + p.steps().get(0).crate() + "|" + p.activation();
      DependencyPath old = best.get(k);
      if (old == null || p.steps().size() < old.steps().size()) {
        best.put(k, p);
      }
    }
    return new ArrayList<>(best.values());
  }

  static Activation activation(Manifest m, Manifest.Dep d) {
    if (d.kind() == Manifest.Kind.DEV) {
      return Activation.DEV;
    }
    if (d.kind() == Manifest.Kind.BUILD) {
      return Activation.BUILD;
    }
    if (d.optional() && m.featuresEnabling(d.key()).stream().noneMatch(m::defaultEnables)) {
      return Activation.FEATURE;
    }
    return d.target() != null ? Activation.TARGET : Activation.ALWAYS;
  }

  /** What a direct dependency says about runtimes the member runs. */
  private void runsBecauseOf(Manifest m, Manifest.Dep d, Activation activation, Map<String, List<Run>> memberRuns) {
    if (activation == Activation.BUILD) {
      return;
    }
    List<String> enabled = new ArrayList<>(d.features());
    enabled.addAll(m.defaultFeaturesOn(d.key()));
    String runtime = null;
    switch (d.crate()) {
      case "tokio" -> runtime = enabled.stream().anyMatch(TOKIO_RUNTIME_FEATURES::contains) ? "tokio" : null;
      case "tokio-macros" -> runtime = "tokio";
      case "async-std", "async-attributes" -> runtime = "async-std";
      case "smol", "smol-macros" -> runtime = "smol";
      case "embassy-executor" -> runtime = "embassy";
      default -> {
        Map<String, String> lf = libraryFeatures.get(d.crate());
        if (lf != null) {
          for (String f : enabled) {
            if (lf.containsKey(f) && pack.candidates().contains(lf.get(f))) {
              runtime = lf.get(f);
              break;
            }
          }
        }
      }
    }
    if (runtime != null) {
      String text = d.crate() + (d.features().isEmpty() ? "" : "[" + String.join(",", d.features()) + "]");
      memberRuns.computeIfAbsent(runtime, k -> new ArrayList<>()).add(new Run(new Evidence(d.location(), text), activation));
    }
  }

  /** The runtimes a direct dependency reaches, each with the shortest path to its main crate (or a marker). */
  private Map<String, List<PathStep>> reach(Manifest m, Manifest.Dep d, Activation activation) {
    DepGraph g = graph;
    if (activation == Activation.FEATURE && graph.source == DepGraph.Source.CARGO_METADATA && lock != null) {
      g = lock; // cargo metadata resolves default features only; an optional dependency's subtree is in the lockfile
    }
    String start = startPackage(g, m, d);
    Map<String, List<PathStep>> out = new LinkedHashMap<>();
    if (start == null) {
      Marker mk = markers.get(d.crate());
      if (mk != null && runtimeOf(mk) != null && includeMarker(mk)) {
        out.put(runtimeOf(mk), List.of(new PathStep(d.crate(), stepFeatures(d.crate(), d.features()))));
      }
      return out;
    }
    Map<String, String> parent = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(start);
    parent.put(start, "");
    Map<String, String> found = new LinkedHashMap<>();
    Map<String, String> foundMarker = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      String k = queue.removeFirst();
      DepGraph.Pkg p = g.pkgs.get(k);
      Marker mk = markers.get(p.name());
      if (mk != null && runtimeOf(mk) != null && includeMarker(mk)) {
        String runtime = runtimeOf(mk);
        String main = MAIN_CRATE.getOrDefault(runtime, p.name());
        if (p.name().equals(main)) {
          found.putIfAbsent(runtime, k);
        } else {
          foundMarker.putIfAbsent(runtime, k);
        }
      }
      for (DepGraph.Edge e : g.edges(k)) {
        if (parent.containsKey(e.to()) || !k.equals(start) && "dev".equals(e.kind())) {
          continue;
        }
        if (g.source == DepGraph.Source.LOCKFILE && !allowedByFeatures(k, e.to(), k.equals(start) ? d : null)) {
          continue;
        }
        parent.put(e.to(), k);
        queue.addLast(e.to());
      }
    }
    foundMarker.forEach(found::putIfAbsent);
    for (Map.Entry<String, String> f : found.entrySet()) {
      List<String> chain = new ArrayList<>();
      for (String k = f.getValue(); !k.isEmpty(); k = parent.get(k)) {
        chain.add(0, k);
      }
      List<PathStep> steps = new ArrayList<>();
      for (int i = 0; i < chain.size(); i++) {
        String name = g.pkgs.get(chain.get(i)).name();
        List<String> features = i == 0 ? d.features() : new ArrayList<>(g.features.getOrDefault(chain.get(i), Set.of()));
        steps.add(new PathStep(name, stepFeatures(name, features)));
      }
      out.put(f.getKey(), steps);
    }
    return out;
  }

  /** Only candidate runtimes and other runtimes that are more than a shared utility. */
  private static boolean includeMarker(Marker m) {
    return m.strength() != Strength.WEAK;
  }

  /** The features worth showing on a step: the runtime-selecting ones (and Tokio's own). */
  private List<String> stepFeatures(String crate, List<String> features) {
    Map<String, String> lf = libraryFeatures.get(crate);
    if (lf != null) {
      return features.stream().filter(lf::containsKey).sorted().toList();
    }
    if (crate.equals("tokio") || crate.equals("async-std")) {
      return features.stream().sorted().toList();
    }
    return List.of();
  }

  /**
   * A lockfile lists every dependency any feature could switch on. When a library selects its runtime
   * by a feature (sqlx runtime-tokio / runtime-async-std), its edge to a runtime crate counts only if
   * the member enables that feature.
   */
  private boolean allowedByFeatures(String from, String to, Manifest.@Nullable Dep direct) {
    if (direct == null) {
      return true;
    }
    DepGraph.Pkg parentPkg = pkg(from);
    Map<String, String> lf = parentPkg == null ? null : libraryFeatures.get(parentPkg.name());
    if (lf == null) {
      return true;
    }
    DepGraph.Pkg child = pkg(to);
    Marker mk = child == null ? null : markers.get(child.name());
    if (mk == null || mk.runtime() == null || !child.name().equals(MAIN_CRATE.get(mk.runtime()))) {
      return true;
    }
    boolean selectable = lf.values().contains(mk.runtime());
    if (!selectable) {
      return true;
    }
    return direct.features().stream().anyMatch(f -> mk.runtime().equals(lf.get(f)));
  }

  private DepGraph.@Nullable Pkg pkg(String key) {
    DepGraph.Pkg p = graph.pkgs.get(key);
    return p != null || lock == null ? p : lock.pkgs.get(key);
  }

  private static @Nullable String startPackage(DepGraph g, Manifest m, Manifest.Dep d) {
    String memberKey = g.members.get(m.name());
    if (memberKey != null) {
      for (DepGraph.Edge e : g.edges(memberKey)) {
        if (g.pkgs.get(e.to()).name().equals(d.crate())) {
          return e.to();
        }
      }
    }
    if (g.source == DepGraph.Source.CARGO_METADATA) {
      return null; // not activated in the resolved graph
    }
    List<String> named = g.named(d.crate());
    return named.isEmpty() ? null : named.get(0);
  }

  /** Where the lockfile lists a crate (for findings about transitive crates). */
  @Nullable Location lockLocation(String crate) {
    DepGraph g = lock != null ? lock : graph;
    List<String> named = g.named(crate);
    return named.isEmpty() ? null : g.pkgs.get(named.get(0)).lockLocation();
  }
}
