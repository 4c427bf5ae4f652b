package dev.rta.analyzer;

import dev.rta.domain.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Cargo.toml as the analyzer needs it.
 *
 * @param dir the directory of the manifest
 * @param display the manifest's path relative to the workspace root
 * @param name the package name, or null for a virtual manifest
 * @param deps every dependency of every table (normal, dev, build, per target)
 * @param features the [features] table
 * @param workspace the [workspace] section, or null
 * @param ignores ignore entries of [package.metadata.rta]
 */
record Manifest(
    Path dir, String display, @Nullable String name, List<Dep> deps, Map<String, List<String>> features,
    @Nullable WorkspaceSection workspace, List<IgnoreEntry> ignores) {

  enum Kind { NORMAL, DEV, BUILD }

  /**
   * One dependency declaration.
   *
   * @param key the name used in the manifest (a rename when {@code package} is set)
   * @param crate the real crate name
   * @param target the cfg of a target-specific table, or null
   * @param features the features it enables
   * @param location the line of the declaration
   * @param path the directory of a path dependency (absolute), or null
   */
  record Dep(String key, String crate, Kind kind, @Nullable String target, boolean optional, List<String> features,
      boolean defaultFeatures, Location location, @Nullable Path path) {}

  /** [workspace]: members and exclude globs, [workspace.dependencies], [workspace.metadata.rta]. */
  record WorkspaceSection(List<String> members, List<String> exclude, Map<String, Dep> dependencies,
      List<IgnoreEntry> ignores, Location location) {}

  /** An ignore entry: a finding id, optionally narrowed to a crate (member) or a file glob, with a reason. */
  record IgnoreEntry(String id, @Nullable String crate, @Nullable String path, String reason, Location location) {}

  /** The member features that switch an optional dependency on ("dep:x", "x", "x/feat", "x?/feat"). */
  List<String> featuresEnabling(String depKey) {
    List<String> out = new java.util.ArrayList<>();
    for (Map.Entry<String, List<String>> f : features.entrySet()) {
      for (String v : f.getValue()) {
        if (v.equals("dep:" + depKey) || v.equals(depKey) || v.startsWith(depKey + "/")) {
          out.add(f.getKey());
          break;
        }
      }
    }
    return out;
  }

  /** Whether the default features switch a feature on, following feature references. */
  boolean defaultEnables(String feature) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(features.getOrDefault("default", List.of()));
    while (!todo.isEmpty()) {
      String f = todo.pop();
      if (f.equals(feature)) {
        return true;
      }
      if (seen.add(f)) {
        todo.addAll(features.getOrDefault(f, List.of()));
      }
    }
    return false;
  }

  /** Features the member enables on a dependency through its own features ("dep/feat"), by default. */
  List<String> defaultFeaturesOn(String depKey) {
    List<String> out = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(features.getOrDefault("default", List.of()));
    while (!todo.isEmpty()) {
      String f = todo.pop();
      if (!seen.add(f)) {
        continue;
      }
      int slash = f.indexOf('/');
      if (slash > 0) {
        String dep = f.substring(0, slash).replace("?", "");
        if (dep.equals(depKey)) {
          out.add(f.substring(slash + 1));
        }
      } else {
        todo.addAll(features.getOrDefault(f, List.of()));
      }
    }
    return out;
  }
}
