package dev.rta.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The dependency declarations (dependencies with their kinds, targets, optional flags and features, and the
 * [features] table) of the packages in the graph, so that features can be resolved per member without cargo.
 * Members come from their manifests; other packages from {@code cargo metadata}, or from the manifests in the
 * local cargo cache ({@code $CARGO_HOME/registry/src}), vendored directories and directory sources named in the
 * project's or the user's cargo config.
 */
final class PackageIndex {
  /** A package's declarations. */
  record Decl(List<Manifest.Dep> deps, Map<String, List<String>> features) {}

  private final Map<String, Decl> byKey = new HashMap<>();
  private final Map<String, Manifest> members = new HashMap<>();
  /** Where the declarations of non-member packages came from: cargo-metadata, local-cache or none. */
  String source = "none";

  @Nullable Decl get(String key) {
    return byKey.get(key);
  }

  /** The member manifest behind a package key, or null when the package is not a member. */
  @Nullable Manifest member(String key) {
    return members.get(key);
  }

  int size() {
    return byKey.size();
  }

  static PackageIndex build(Workspace ws, DepGraph graph, @Nullable JsonNode metadata, @Nullable Path cargoHome) {
    PackageIndex idx = new PackageIndex();
    for (Manifest m : ws.members()) {
      String key = graph.members.get(m.name());
      if (key != null) {
        idx.byKey.put(key, new Decl(m.deps(), m.features()));
        idx.members.put(key, m);
      }
    }
    if (metadata != null) {
      for (JsonNode p : metadata.path("packages")) {
        String key = p.path("name").asText() + " " + p.path("version").asText();
        if (idx.byKey.containsKey(key)) {
          continue;
        }
        idx.byKey.put(key, fromMetadata(p, key));
      }
      idx.source = "cargo-metadata";
      // cargo metadata resolves the default features only: what only a member's other features bring (an
      // optional dependency's subtree) may still be in the local cache.
    }
    if (graph.source != DepGraph.Source.LOCKFILE) {
      return idx;
    }
    List<Path> roots = sourceRoots(ws, cargoHome);
    int found = 0;
    for (DepGraph.Pkg pkg : graph.pkgs.values()) {
      if (idx.byKey.containsKey(pkg.key())) {
        continue;
      }
      Path manifest = locate(roots, pkg.name(), pkg.version());
      if (manifest == null) {
        continue;
      }
      Manifest m = ManifestParser.parse(manifest, pkg.name() + "-" + pkg.version() + "/Cargo.toml", Map.of(),
          new ArrayList<>());
      if (m != null) {
        idx.byKey.put(pkg.key(), new Decl(m.deps(), m.features()));
        found++;
      }
    }
    if (found > 0 && metadata == null) {
      idx.source = "local-cache";
    }
    return idx;
  }

  private static Decl fromMetadata(JsonNode p, String key) {
    List<Manifest.Dep> deps = new ArrayList<>();
    Location where = Location.file(key);
    for (JsonNode d : p.path("dependencies")) {
      String name = d.path("name").asText();
      String rename = d.path("rename").isTextual() ? d.path("rename").asText() : null;
      String kind = d.path("kind").isTextual() ? d.path("kind").asText() : null;
      List<String> features = new ArrayList<>();
      d.path("features").forEach(f -> features.add(f.asText()));
      deps.add(new Manifest.Dep(rename != null ? rename : name, name,
          "dev".equals(kind) ? Manifest.Kind.DEV : "build".equals(kind) ? Manifest.Kind.BUILD : Manifest.Kind.NORMAL,
          d.path("target").isTextual() ? d.path("target").asText() : null, d.path("optional").asBoolean(false),
          features, d.path("uses_default_features").asBoolean(true), where, null));
    }
    Map<String, List<String>> features = new LinkedHashMap<>();
    p.path("features").fields().forEachRemaining(e -> {
      List<String> v = new ArrayList<>();
      e.getValue().forEach(x -> v.add(x.asText()));
      features.put(e.getKey(), v);
    });
    return new Decl(deps, features);
  }

  /**
   * Where package sources may be: the registry caches under {@code $CARGO_HOME/registry/src}, and the
   * directories of {@code [source.*] directory = "…"} in the workspace's and the user's cargo config
   * (vendored crates, a distribution's packaged crates).
   */
  static List<Path> sourceRoots(Workspace ws, @Nullable Path cargoHome) {
    List<Path> roots = new ArrayList<>();
    List<Path> configs = new ArrayList<>();
    for (Path d = ws.root(); d != null; d = d.getParent()) {
      configs.add(d.resolve(".cargo/config.toml"));
      configs.add(d.resolve(".cargo/config"));
    }
    if (cargoHome != null) {
      configs.add(cargoHome.resolve("config.toml"));
      configs.add(cargoHome.resolve("config"));
      Path src = cargoHome.resolve("registry/src");
      if (Files.isDirectory(src)) {
        try (var s = Files.list(src)) {
          s.filter(Files::isDirectory).sorted().forEach(roots::add);
        } catch (java.io.IOException e) {
          // an unreadable cache is no cache
        }
      }
    }
    for (Path cfg : configs) {
      if (!Files.isRegularFile(cfg)) {
        continue;
      }
      TomlParseResult r = ManifestParser.parseToml(cfg, cfg.toString(), new ArrayList<Problem>());
      if (r == null || !(r.get(List.of("source")) instanceof TomlTable sources)) {
        continue;
      }
      for (String name : sources.keySet()) {
        if (ManifestParser.get(sources, List.of(name, "directory")) instanceof String dir) {
          Path base = cfg.getParent().getParent(); // relative to the directory holding .cargo/
          try {
            Path p = base.resolve(dir).normalize();
            if (Files.isDirectory(p) && !roots.contains(p)) {
              roots.add(p);
            }
          } catch (java.nio.file.InvalidPathException e) {
            // not a directory anyone can have
          }
        }
      }
    }
    return roots;
  }

  /** A package's Cargo.toml in one of the roots: {@code name-version/} (registry, Debian) or {@code name/} (vendor). */
  private static @Nullable Path locate(List<Path> roots, String name, String version) {
    if (name.contains("\0") || version.contains("\0")) {
      return null; // no such directory (and no such package: cargo's names are plain)
    }
    for (Path root : roots) {
      Path m = root.resolve(name + "-" + version).resolve("Cargo.toml");
      if (Files.isRegularFile(m)) {
        return m;
      }
      Path vendored = root.resolve(name).resolve("Cargo.toml");
      if (Files.isRegularFile(vendored) && versionOf(vendored).equals(version)) {
        return vendored;
      }
    }
    return null;
  }

  private static String versionOf(Path manifest) {
    TomlParseResult r = ManifestParser.parseToml(manifest, manifest.toString(), new ArrayList<>());
    return r != null && ManifestParser.get(r, List.of("package", "version")) instanceof String v ? v : "";
  }
}
