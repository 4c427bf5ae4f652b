package dev.rta.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the features of one member's build the way cargo does: the member's requested features, then
 * every feature table entry ({@code dep:x}, {@code x/f}, {@code x?/f}, implicit features of optional
 * dependencies), default features, and the dependencies they switch on — for the packages whose declarations
 * are known ({@link PackageIndex}). A package whose declarations are unknown keeps every edge the lockfile (or
 * cargo's workspace-wide graph) gives it, and those edges are marked: they may exist only because of another
 * member's features.
 */
final class FeatureResolver {
  /**
   * An activated dependency edge.
   *
   * @param to the package
   * @param target the platform cfg of the declaration when it does not hold for this member's target, else null
   * @param unresolved whether the edge comes from a package whose declarations are unknown
   */
  record Edge(String to, @Nullable String target, boolean unresolved) {}

  /** The activated graph of one build. */
  static final class Result {
    final Map<String, Set<String>> features = new HashMap<>();
    final Map<String, List<Edge>> edges = new LinkedHashMap<>();

    List<Edge> edges(String key) {
      return edges.getOrDefault(key, List.of());
    }

    Set<String> featuresOf(String key) {
      return features.getOrDefault(key, Set.of());
    }
  }

  private final DepGraph graph;
  private final PackageIndex index;
  private final Cfg cfg;

  FeatureResolver(DepGraph graph, PackageIndex index, Cfg cfg) {
    this.graph = graph;
    this.index = index;
    this.cfg = cfg;
  }

  /**
   * @param member the member's package key
   * @param features the member features asked for ("default" included when the build uses the defaults)
   * @param topKind which of the member's own dependency tables count: normal, dev or build
   */
  Result resolve(String member, Set<String> features, Manifest.Kind topKind) {
    Run run = new Run(member, topKind);
    List<Runnable> first = new ArrayList<>();
    first.add(() -> run.visit(member));
    for (String f : features) {
      first.add(() -> run.enable(member, f));
    }
    run.schedule(first);
    run.drain();
    return run.result;
  }

  /**
   * One resolution. Each step does its own work and schedules the steps it leads to, which run (depth first, in the
   * order a recursive walk would take) before anything scheduled earlier: a lockfile whose dependency chain is
   * thousands of packages long resolves without exhausting the stack.
   */
  private final class Run {
    private final java.util.Deque<Runnable> todo = new java.util.ArrayDeque<>();

    final Result result = new Result();
    final String top;
    final Manifest.Kind topKind;
    final Set<String> visited = new HashSet<>();
    final Map<String, Set<String>> activeDeps = new HashMap<>();
    final Map<String, Map<String, Set<String>>> weak = new HashMap<>();

    Run(String top, Manifest.Kind topKind) {
      this.top = top;
      this.topKind = topKind;
    }

    /** Schedules the steps to run next, in their order. */
    void schedule(List<Runnable> next) {
      for (int i = next.size() - 1; i >= 0; i--) {
        todo.push(next.get(i));
      }
    }

    void drain() {
      while (!todo.isEmpty()) {
        todo.pop().run();
      }
    }

    boolean counts(String pkg, Manifest.Dep d) {
      return d.kind() == (pkg.equals(top) ? topKind : Manifest.Kind.NORMAL);
    }

    void visit(String pkg) {
      if (!visited.add(pkg)) {
        return;
      }
      result.features.computeIfAbsent(pkg, k -> new HashSet<>());
      PackageIndex.Decl decl = index.get(pkg);
      List<Runnable> next = new ArrayList<>();
      if (decl == null) {
        for (DepGraph.Edge e : graph.edges(pkg)) {
          if (e.kind() != null && !pkg.equals(top)) {
            continue; // dev/build edges of a dependency do not reach the member's build
          }
          next.add(() -> addEdge(pkg, new Edge(e.to(), null, true)));
          next.add(() -> visit(e.to()));
        }
      } else {
        for (Manifest.Dep d : decl.deps()) {
          if (!d.optional() && counts(pkg, d)) {
            next.add(() -> connect(pkg, d));
          }
        }
      }
      schedule(next);
    }

    void addEdge(String from, Edge e) {
      List<Edge> out = result.edges.computeIfAbsent(from, k -> new ArrayList<>());
      for (Edge old : out) {
        if (old.to().equals(e.to())) {
          if (old.target() != null && e.target() == null) {
            out.set(out.indexOf(old), e); // an unconditional declaration beats a target-specific one
          }
          return;
        }
      }
      out.add(e);
    }

    void enable(String pkg, String feature) {
      if (feature.startsWith("dep:") || feature.contains("/")) {
        schedule(List.of(() -> apply(pkg, feature)));
        return;
      }
      if (!result.features.computeIfAbsent(pkg, k -> new HashSet<>()).add(feature)) {
        return;
      }
      PackageIndex.Decl decl = index.get(pkg);
      if (decl == null) {
        return;
      }
      List<String> values = decl.features().get(feature);
      if (values == null) {
        if (implicit(decl, feature)) {
          schedule(List.of(() -> activate(pkg, feature)));
        }
        return;
      }
      List<Runnable> next = new ArrayList<>();
      for (String v : values) {
        next.add(() -> apply(pkg, v));
      }
      schedule(next);
    }

    /** Whether an optional dependency named like the feature exists and no feature names it with dep:. */
    boolean implicit(PackageIndex.Decl decl, String name) {
      boolean optional = decl.deps().stream().anyMatch(d -> d.optional() && d.key().equals(name));
      return optional && decl.features().values().stream().flatMap(List::stream).noneMatch(v -> v.equals("dep:" + name));
    }

    void apply(String pkg, String value) {
      if (value.startsWith("dep:")) {
        schedule(List.of(() -> activate(pkg, value.substring(4))));
        return;
      }
      int slash = value.indexOf('/');
      if (slash < 0) {
        schedule(List.of(() -> enable(pkg, value)));
        return;
      }
      boolean isWeak = slash > 0 && value.charAt(slash - 1) == '?';
      String dep = value.substring(0, isWeak ? slash - 1 : slash);
      String f = value.substring(slash + 1);
      PackageIndex.Decl decl = index.get(pkg);
      if (decl == null) {
        return;
      }
      weak.computeIfAbsent(pkg, k -> new HashMap<>()).computeIfAbsent(dep, k -> new HashSet<>()).add(f);
      if (isWeak) {
        if (activeDeps.getOrDefault(pkg, Set.of()).contains(dep)) {
          schedule(List.of(() -> featureOnDep(pkg, decl, dep, f)));
        }
        return;
      }
      List<Runnable> next = new ArrayList<>();
      if (decl.features().containsKey(dep) || implicit(decl, dep)) {
        next.add(() -> enable(pkg, dep));
      }
      next.add(() -> activate(pkg, dep));
      next.add(() -> featureOnDep(pkg, decl, dep, f));
      schedule(next);
    }

    void featureOnDep(String pkg, PackageIndex.Decl decl, String depKey, String feature) {
      List<Runnable> next = new ArrayList<>();
      for (Manifest.Dep d : decl.deps()) {
        if (d.key().equals(depKey) && counts(pkg, d)) {
          String child = child(pkg, d.crate());
          if (child != null) {
            next.add(() -> visit(child));
            next.add(() -> enable(child, feature));
          }
        }
      }
      schedule(next);
    }

    void activate(String pkg, String depKey) {
      if (!activeDeps.computeIfAbsent(pkg, k -> new HashSet<>()).add(depKey)) {
        return;
      }
      PackageIndex.Decl decl = index.get(pkg);
      if (decl == null) {
        return;
      }
      List<Runnable> next = new ArrayList<>();
      for (Manifest.Dep d : decl.deps()) {
        if (d.key().equals(depKey) && d.optional() && counts(pkg, d)) {
          next.add(() -> connect(pkg, d));
        }
      }
      schedule(next);
    }

    void connect(String pkg, Manifest.Dep d) {
      String child = child(pkg, d.crate());
      if (child == null) {
        return;
      }
      String target = null;
      if (d.target() != null && cfg.eval(d.target()) != Cfg.Result.TRUE) {
        target = d.target();
      }
      addEdge(pkg, new Edge(child, target, false));
      List<Runnable> next = new ArrayList<>();
      next.add(() -> visit(child));
      for (String f : d.features()) {
        next.add(() -> enable(child, f));
      }
      if (d.defaultFeatures()) {
        next.add(() -> enable(child, "default"));
      }
      next.add(() -> { // the weak features (dep?/f) asked for so far, once the steps above are done
        List<Runnable> weakOnes = new ArrayList<>();
        for (String f : weak.getOrDefault(pkg, Map.of()).getOrDefault(d.key(), Set.of())) {
          weakOnes.add(() -> enable(child, f));
        }
        schedule(weakOnes);
      });
      schedule(next);
    }

    /** The package a dependency of pkg resolves to, from the lockfile's (or cargo's) edges. */
    @Nullable String child(String pkg, String crate) {
      for (DepGraph.Edge e : graph.edges(pkg)) {
        DepGraph.Pkg p = graph.pkgs.get(e.to());
        if (p != null && p.name().equals(crate)) {
          return e.to();
        }
      }
      return null;
    }
  }
}
