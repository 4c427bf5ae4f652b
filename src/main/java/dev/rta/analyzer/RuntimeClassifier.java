package dev.rta.analyzer;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.analysis.Activation;
import dev.rta.domain.analysis.Confidence;
import dev.rta.domain.analysis.DependencyPath;
import dev.rta.domain.analysis.Evidence;
import dev.rta.domain.analysis.PathStep;
import dev.rta.domain.analysis.RuntimeUse;
import dev.rta.domain.analysis.Scope;
import dev.rta.domain.analysis.UseStatus;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.LibraryFeatures;
import dev.rta.domain.pack.Marker;
import dev.rta.domain.pack.Strength;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per workspace member: which runtimes it reaches, how (always, behind one of its features, dev-only,
 * build-only, for a target), through which path, and whether it runs them, only pulls them in through a library
 * (facts §3: hyper, the AWS SDK and redis bring a bare tokio into projects that never start it), or declares
 * them without using them. Each member is resolved on its own ({@link FeatureResolver}), so a workspace's
 * members never lend each other runtimes.
 */
final class RuntimeClassifier {
  /** The crate whose presence names each candidate runtime in a path. */
  static final Map<String, String> MAIN_CRATE = Map.of(
      "tokio", "tokio", "async-std", "async-std", "smol", "smol", "embassy", "embassy-executor");

  /** Member features resolved one by one; a member with more is resolved once with all of them. */
  static final int MAX_FEATURES = 48;

  private final KnowledgePack pack;
  private final Workspace ws;
  private final DepGraph graph;
  private final PackageIndex index;
  private final Map<String, SourceScanner.MemberSources> sources;
  private final Map<String, @Nullable String> targets;
  private final Map<String, Marker> markers = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> libraryFeatures = new HashMap<>();
  private @Nullable Map<String, Set<String>> reachedBy;

  /** Why a member runs a runtime, and when. */
  record Run(Evidence evidence, Scope scope) {}

  /** One build of a member: its scope and the activated graph. */
  record Build(Scope scope, FeatureResolver.Result result) {}

  /** Per member: the runtimes it runs (entry points, spawns, runtime features, runtime-selecting features). */
  final Map<String, Map<String, List<Run>>> runs = new LinkedHashMap<>();

  /** Per member: its builds (default features, each further feature, dev, build). */
  final Map<String, List<Build>> builds = new LinkedHashMap<>();

  RuntimeClassifier(KnowledgePack pack, Workspace ws, DepGraph graph, PackageIndex index,
      Map<String, SourceScanner.MemberSources> sources, Map<String, @Nullable String> targets) {
    this.pack = pack;
    this.ws = ws;
    this.graph = graph;
    this.index = index;
    this.sources = sources;
    this.targets = targets;
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

  /** The runtimes a member runs always on (not only behind a feature, in tests or at build time). */
  Map<String, List<Evidence>> runsAlways(String member) {
    Map<String, List<Evidence>> out = new LinkedHashMap<>();
    runs.getOrDefault(member, Map.of()).forEach((runtime, list) -> list.stream()
        .filter(r -> r.scope().always())
        .forEach(r -> out.computeIfAbsent(runtime, k -> new ArrayList<>()).add(r.evidence())));
    return out;
  }

  /** The member's package key in the graph. */
  @Nullable String key(Manifest m) {
    return graph.members.get(m.name());
  }

  /** Classifies every member. */
  Map<String, List<RuntimeUse>> classify() {
    Map<String, List<RuntimeUse>> out = new LinkedHashMap<>();
    for (Manifest m : ws.members()) {
      out.put(m.name(), classify(m));
    }
    return out;
  }

  /** The features a member can switch on beyond its defaults (named ones and implicit ones of optional deps). */
  static List<String> extraFeatures(Manifest m) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : m.features().keySet()) {
      if (!f.equals("default") && !m.defaultEnables(f)) {
        out.add(f);
      }
    }
    Set<String> explicit = new HashSet<>();
    m.features().values().forEach(vs -> vs.stream().filter(v -> v.startsWith("dep:")).forEach(v -> explicit.add(v.substring(4))));
    for (Manifest.Dep d : m.deps()) {
      if (d.optional() && !explicit.contains(d.key()) && !m.features().containsKey(d.key()) && !m.defaultEnables(d.key())) {
        out.add(d.key()); // an implicit feature
      }
    }
    return new ArrayList<>(out);
  }

  private List<Build> builds(Manifest m, String key) {
    FeatureResolver resolver = new FeatureResolver(graph, index, new Cfg(targets.get(m.name())));
    List<Build> out = new ArrayList<>();
    out.add(new Build(Scope.ALWAYS, resolver.resolve(key, Set.of("default"), Manifest.Kind.NORMAL)));
    List<String> extra = extraFeatures(m);
    if (extra.size() <= MAX_FEATURES) {
      for (String f : extra) {
        out.add(new Build(Scope.feature(f), resolver.resolve(key, Set.of("default", f), Manifest.Kind.NORMAL)));
      }
    } else {
      Set<String> all = new LinkedHashSet<>(extra);
      all.add("default");
      out.add(new Build(Scope.feature(String.join(", ", extra.subList(0, 3)) + ", …"),
          resolver.resolve(key, all, Manifest.Kind.NORMAL)));
    }
    out.add(new Build(Scope.DEV, resolver.resolve(key, Set.of("default"), Manifest.Kind.DEV)));
    out.add(new Build(new Scope(Activation.BUILD, null, null), resolver.resolve(key, Set.of("default"),
        Manifest.Kind.BUILD)));
    return out;
  }

  /** A runtime reached on one path. */
  private record Reach(String runtime, DependencyPath path, @Nullable String selectedBy) {}

  private List<RuntimeUse> classify(Manifest m) {
    String key = key(m);
    Map<String, List<Run>> memberRuns = runs.computeIfAbsent(m.name(), k -> new LinkedHashMap<>());
    List<Reach> reaches = new ArrayList<>();
    if (key != null) {
      List<Build> bs = builds(m, key);
      builds.put(m.name(), bs);
      Set<String> always = new HashSet<>();
      for (Build b : bs) {
        for (Reach r : reach(m, key, b)) {
          String k = r.runtime() + "|" + r.path().steps().get(0).crate() + "|" + r.selectedBy();
          if (b.scope().always()) {
            always.add(k);
          } else if (b.scope().activation() == Activation.FEATURE && always.contains(k)) {
            continue; // a feature build holds the default build too: what it shares with it is not the feature's
          }
          reaches.add(r);
        }
      }
    }
    SourceScanner.MemberSources src = sources.get(m.name());
    Map<String, Set<Evidence>> sourceEvidence = new LinkedHashMap<>();
    Set<Evidence> testEvidence = new HashSet<>();
    if (src != null) {
      for (SourceScanner.Hit h : src.hits) {
        if ((h.kind() == SourceScanner.Kind.ENTRY || h.kind() == SourceScanner.Kind.SPAWN) && h.runtime() != null) {
          Evidence e = new Evidence(h.location(), h.path());
          Scope scope = h.test() ? Scope.DEV : gateScope(m, h.gate());
          memberRuns.computeIfAbsent(h.runtime(), k -> new ArrayList<>()).add(new Run(e, scope));
          sourceEvidence.computeIfAbsent(h.runtime(), k -> new LinkedHashSet<>()).add(e);
          if (h.test()) {
            testEvidence.add(e);
          }
        }
      }
    }
    // A library feature that selects a runtime (sqlx runtime-async-std): the runtime runs in the member's process.
    for (Reach r : reaches) {
      if (r.selectedBy() != null) {
        Evidence e = new Evidence(r.path().location(), r.selectedBy());
        memberRuns.computeIfAbsent(r.runtime(), k -> new ArrayList<>()).add(new Run(e, r.path().scope()));
      }
    }
    Map<String, List<DependencyPath>> paths = new LinkedHashMap<>();
    for (Reach r : reaches) {
      paths.computeIfAbsent(r.runtime(), k -> new ArrayList<>()).add(r.path());
    }
    List<String> order = new ArrayList<>(pack.candidates());
    paths.keySet().stream().filter(r -> !order.contains(r)).sorted().forEach(order::add);
    memberRuns.keySet().stream().filter(r -> !order.contains(r)).sorted().forEach(order::add);
    boolean hasSources = src != null && src.files > 0;
    List<RuntimeUse> out = new ArrayList<>();
    for (String runtime : order) {
      List<DependencyPath> ps = shortest(paths.getOrDefault(runtime, List.of()));
      List<Run> rs = memberRuns.getOrDefault(runtime, List.of());
      if (ps.isEmpty() && rs.isEmpty()) {
        continue;
      }
      boolean candidate = pack.candidates().contains(runtime);
      List<Evidence> evidence = new ArrayList<>(sourceEvidence.getOrDefault(runtime, Set.of()));
      evidence.sort(Comparator.comparing(testEvidence::contains));
      for (Run r : rs) {
        if (!evidence.contains(r.evidence())) {
          evidence.add(r.evidence());
        }
      }
      Manifest.Dep declared = declaration(m, runtime);
      boolean mentioned = mentioned(src, runtime);
      UseStatus status;
      Scope scope;
      Confidence confidence;
      LocalizedText note = null;
      boolean runsBySources = sourceEvidence.containsKey(runtime);
      List<Run> bySelection = rs.stream().filter(r -> !sourceEvidence.getOrDefault(runtime, Set.of()).contains(r.evidence()))
          .toList();
      if (runsBySources) {
        status = UseStatus.IN_USE;
        // tests or examples run it, a feature may select it, or the member's own code uses it behind a feature
        List<Scope> scopes = new ArrayList<>(rs.stream().map(Run::scope).toList());
        if (declared != null && mentioned && runsByDeclaration(declared, m)) {
          scopes.add(scopeOf(m, declared));
        }
        scope = best(scopes);
        confidence = Confidence.HIGH;
      } else if (declared != null && hasSources && !mentioned && bySelection.stream().noneMatch(r ->
          !r.evidence().text().startsWith(declared.crate()))) {
        status = UseStatus.DECLARED_UNUSED;
        scope = scopeOf(m, declared);
        confidence = Confidence.HIGH;
        evidence.clear();
        evidence.add(new Evidence(declared.location(), declared.crate()));
        note = Messages.text("an.note.declaredUnused", declared.crate());
      } else if (!bySelection.isEmpty() && (declared == null || mentioned || !hasSources || runsByDeclaration(declared, m))) {
        status = UseStatus.IN_USE;
        scope = best(bySelection.stream().map(Run::scope).toList());
        confidence = ps.stream().map(DependencyPath::confidence).min(Comparator.naturalOrder()).orElse(Confidence.HIGH);
        if (!hasSources) {
          confidence = confidence.min(Confidence.MEDIUM);
        }
      } else if (declared != null && runsByDeclaration(declared, m) && (mentioned || !hasSources)) {
        status = UseStatus.IN_USE;
        scope = scopeOf(m, declared);
        confidence = hasSources ? Confidence.HIGH : Confidence.MEDIUM;
        evidence.add(new Evidence(declared.location(), declared.crate() + features(declared)));
      } else {
        status = UseStatus.PULLED_IN;
        scope = best(ps.stream().map(DependencyPath::scope).toList());
        Scope s = scope;
        confidence = ps.stream().filter(p -> p.scope().equals(s)).map(DependencyPath::confidence)
            .min(Comparator.naturalOrder()).orElse(Confidence.MEDIUM);
        evidence.clear();
      }
      if (note == null && confidence == Confidence.LOW) {
        note = Messages.text("an.note.otherMember");
      } else if (note == null && scope.activation() == Activation.TARGET) {
        note = Messages.text("an.note.target", scope.target());
      }
      out.add(new RuntimeUse(runtime, candidate, status, scope, confidence, ps, evidence, note));
    }
    return out;
  }

  private static String features(Manifest.Dep d) {
    return d.features().isEmpty() ? "" : "[" + String.join(",", d.features()) + "]";
  }

  /**
   * Whether declaring the crate means the runtime runs: a feature that needs it (markers.yaml runtimeFeatures:
   * tokio with rt, net, time…), or any declaration of a crate that runs it (async-std, smol…).
   */
  private boolean runsByDeclaration(Manifest.Dep d, Manifest m) {
    Marker mk = markers.get(d.crate());
    if (mk == null) {
      return false;
    }
    if (!mk.runtimeFeatures().isEmpty()) {
      List<String> enabled = new ArrayList<>(d.features());
      enabled.addAll(m.defaultFeaturesOn(d.key()));
      return enabled.stream().anyMatch(mk.runtimeFeatures()::contains);
    }
    return mk.runs();
  }

  /** The member's own declaration of a crate that runs the runtime, if any (normal or dev). */
  private Manifest.@Nullable Dep declaration(Manifest m, String runtime) {
    for (Manifest.Dep d : m.deps()) {
      Marker mk = markers.get(d.crate());
      if (d.kind() != Manifest.Kind.BUILD && mk != null && runtime.equals(runtimeOf(mk))
          && (mk.runs() || d.crate().equals(MAIN_CRATE.get(runtime)))) {
        return d;
      }
    }
    return null;
  }

  /** Whether the member's sources name a crate of the runtime (a use, a call, an attribute, a macro). */
  private boolean mentioned(SourceScanner.@Nullable MemberSources src, String runtime) {
    if (src == null) {
      return false;
    }
    Set<String> idents = new HashSet<>();
    for (Marker mk : markers.values()) {
      if (runtime.equals(runtimeOf(mk)) && (mk.runs() || mk.crate().equals(MAIN_CRATE.get(runtime)))) {
        idents.add(mk.crate().replace('-', '_'));
      }
    }
    for (String p : src.usedPaths.keySet()) {
      int sep = p.indexOf("::");
      if (idents.contains(sep < 0 ? p : p.substring(0, sep))) {
        return true;
      }
    }
    for (String p : src.mentions) {
      if (idents.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Code behind #[cfg(feature = "x")]: always when the member's default features switch x on. */
  static Scope gateScope(Manifest m, @Nullable String gate) {
    if (gate == null || m.defaultEnables(gate) || gate.equals("default")) {
      return Scope.ALWAYS;
    }
    return Scope.feature(gate);
  }

  static Scope scopeOf(Manifest m, Manifest.Dep d) {
    Activation a = activation(m, d);
    return switch (a) {
      case FEATURE -> Scope.feature(String.join(", ", enablingFeatures(m, d)));
      case TARGET -> new Scope(Activation.TARGET, null, d.target());
      default -> new Scope(a, null, null);
    };
  }

  /** The member features that switch an optional dependency on; its implicit feature when none names it. */
  static List<String> enablingFeatures(Manifest m, Manifest.Dep d) {
    List<String> named = m.featuresEnabling(d.key());
    return named.isEmpty() ? List.of(d.key()) : named;
  }

  static Activation activation(Manifest m, Manifest.Dep d) {
    if (d.kind() == Manifest.Kind.DEV) {
      return Activation.DEV;
    }
    if (d.kind() == Manifest.Kind.BUILD) {
      return Activation.BUILD;
    }
    if (d.optional() && !m.defaultEnables(d.key())
        && m.featuresEnabling(d.key()).stream().noneMatch(f -> f.equals("default") || m.defaultEnables(f))) {
      return Activation.FEATURE;
    }
    return d.target() != null ? Activation.TARGET : Activation.ALWAYS;
  }

  private static Scope best(List<Scope> scopes) {
    Scope best = null;
    for (Scope s : scopes) {
      if (best == null || s.activation().ordinal() < best.activation().ordinal()) {
        best = s;
      }
    }
    return best == null ? Scope.ALWAYS : best;
  }

  /** Per runtime, one path per direct dependency and scope, shortest first. */
  private static List<DependencyPath> shortest(List<DependencyPath> ps) {
    Map<String, DependencyPath> best = new LinkedHashMap<>();
    for (DependencyPath p : ps) {
      String k = p.steps().get(0).crate() + "|" + p.activation();
      DependencyPath old = best.get(k);
      if (old == null || p.steps().size() < old.steps().size()) {
        best.put(k, p);
      }
    }
    List<DependencyPath> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparing((DependencyPath p) -> p.activation().ordinal()));
    return out;
  }

  /** Whether the BFS stops at a crate: a runtime's own crate or an internal part of one (its parts are its own). */
  private boolean stopsAt(String crate) {
    if (MAIN_CRATE.containsValue(crate)) {
      return true;
    }
    Marker mk = markers.get(crate);
    return mk != null && (mk.runs() || !mk.partOf().isEmpty());
  }

  /** The runtimes one build of a member reaches, with the shortest path to each (to its main crate first). */
  private List<Reach> reach(Manifest m, String key, Build b) {
    FeatureResolver.Result r = b.result();
    Map<String, String> parent = new HashMap<>();
    Map<String, FeatureResolver.Edge> via = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(key);
    parent.put(key, "");
    Map<String, String> found = new LinkedHashMap<>();
    Map<String, String> foundMarker = new LinkedHashMap<>();
    Map<String, String> selected = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      String k = queue.removeFirst();
      DepGraph.Pkg p = graph.pkgs.get(k);
      if (p == null) {
        continue;
      }
      if (!k.equals(key)) {
        Marker mk = markers.get(p.name());
        if (mk != null && runtimeOf(mk) != null && mk.strength() != Strength.WEAK) {
          String runtime = runtimeOf(mk);
          if (p.name().equals(MAIN_CRATE.getOrDefault(runtime, p.name()))) {
            found.putIfAbsent(runtime, k);
          } else {
            foundMarker.putIfAbsent(runtime, k);
          }
        }
        Map<String, String> lf = libraryFeatures.get(p.name());
        if (lf != null) {
          for (String f : r.featuresOf(k).stream().sorted().toList()) {
            String runtime = lf.get(f);
            if (runtime != null && !selected.containsKey(runtime)) {
              selected.put(runtime, k + "\u0000" + p.name() + "[" + f + "]");
            }
          }
        }
        if (stopsAt(p.name())) {
          continue;
        }
      }
      for (FeatureResolver.Edge e : r.edges(k)) {
        if (parent.containsKey(e.to())) {
          continue;
        }
        parent.put(e.to(), k);
        via.put(e.to(), e);
        queue.addLast(e.to());
      }
    }
    foundMarker.forEach(found::putIfAbsent);
    List<Reach> out = new ArrayList<>();
    for (Map.Entry<String, String> f : found.entrySet()) {
      DependencyPath path = path(m, key, b, f.getValue(), parent, via);
      if (path != null) {
        out.add(new Reach(f.getKey(), path, null));
      }
    }
    for (Map.Entry<String, String> s : selected.entrySet()) {
      String[] parts = s.getValue().split("\u0000");
      DependencyPath path = path(m, key, b, parts[0], parent, via);
      if (path != null) {
        out.add(new Reach(s.getKey(), path, parts[1]));
      }
    }
    return out;
  }

  private @Nullable DependencyPath path(Manifest m, String key, Build b, String end, Map<String, String> parent,
      Map<String, FeatureResolver.Edge> via) {
    List<String> chain = new ArrayList<>();
    for (String k = end; !k.equals(key) && !k.isEmpty(); k = parent.get(k)) {
      chain.add(0, k);
    }
    if (chain.isEmpty()) {
      return null;
    }
    String first = graph.pkgs.get(chain.get(0)).name();
    Manifest.Dep direct = null;
    for (Manifest.Dep d : m.deps()) {
      if (d.crate().equals(first) && (direct == null || kindMatches(d, b.scope()) && !kindMatches(direct, b.scope()))) {
        direct = d;
      }
    }
    Location loc = direct != null ? direct.location() : Location.file(m.display());
    Scope scope = b.scope();
    if (direct != null && b.scope().always()) {
      scope = scopeOf(m, direct);
    }
    Confidence confidence = Confidence.HIGH;
    String lastName = graph.pkgs.get(end).name();
    List<PathStep> steps = new ArrayList<>();
    for (String k : chain) {
      String name = graph.pkgs.get(k).name();
      steps.add(new PathStep(name, stepFeatures(name, b.result().featuresOf(k))));
      FeatureResolver.Edge e = via.get(k);
      if (e != null && e.target() != null && scope.activation() == Activation.ALWAYS) {
        scope = new Scope(Activation.TARGET, null, e.target());
      }
      if (e != null && e.unresolved()) {
        String from = parent.get(k);
        // A library built on the runtime (reqwest on Tokio, a strong marker) depends on it whatever the features.
        Marker fromMarker = markers.get(pkgName(from));
        Marker endMarker = markers.get(lastName);
        boolean builtOn = fromMarker != null && fromMarker.strength() == Strength.STRONG && endMarker != null
            && java.util.Objects.equals(runtimeOf(fromMarker), runtimeOf(endMarker));
        confidence = confidence.min(!builtOn && sharedWithOtherMembers(from, m.name()) ? Confidence.LOW
            : Confidence.MEDIUM);
      }
    }
    Marker mk = markers.get(lastName);
    if (mk != null && mk.target() != null && scope.activation() == Activation.ALWAYS
        && via.get(end) != null && via.get(end).unresolved()
        && new Cfg(targets.get(m.name())).eval(mk.target()) != Cfg.Result.TRUE) {
      scope = new Scope(Activation.TARGET, null, mk.target());
    }
    return new DependencyPath(m.name(), steps, scope, loc, confidence);
  }

  private static boolean kindMatches(Manifest.Dep d, Scope scope) {
    return switch (scope.activation()) {
      case DEV -> d.kind() == Manifest.Kind.DEV;
      case BUILD -> d.kind() == Manifest.Kind.BUILD;
      default -> d.kind() == Manifest.Kind.NORMAL;
    };
  }

  /** Whether a package is also reachable, in the lockfile's union of every feature, from another member. */
  boolean sharedWithOtherMembers(String pkg, String member) {
    if (reachedBy == null) {
      reachedBy = new HashMap<>();
      for (Map.Entry<String, String> e : graph.members.entrySet()) {
        Deque<String> todo = new ArrayDeque<>(List.of(e.getValue()));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
          String k = todo.pop();
          reachedBy.computeIfAbsent(k, x -> new HashSet<>()).add(e.getKey());
          for (DepGraph.Edge edge : graph.edges(k)) {
            if (seen.add(edge.to())) {
              todo.push(edge.to());
            }
          }
        }
      }
    }
    return reachedBy.getOrDefault(pkg, Set.of()).stream().anyMatch(x -> !x.equals(member));
  }

  /** The features worth showing on a step: the runtime-selecting ones (and Tokio's own). */
  private List<String> stepFeatures(String crate, Set<String> features) {
    Map<String, String> lf = libraryFeatures.get(crate);
    if (lf != null) {
      return features.stream().filter(lf::containsKey).sorted().toList();
    }
    if (crate.equals("tokio") || crate.equals("async-std")) {
      return features.stream().filter(f -> !f.equals("default")).sorted().toList();
    }
    return List.of();
  }

  /** A package's crate name. */
  String pkgName(String key) {
    DepGraph.Pkg p = graph.pkgs.get(key);
    return p == null ? key : p.name();
  }

  /** Where the lockfile lists a crate (for findings about transitive crates). */
  @Nullable Location lockLocation(String crate) {
    List<String> named = graph.named(crate);
    return named.isEmpty() ? null : graph.pkgs.get(named.get(0)).lockLocation();
  }
}
