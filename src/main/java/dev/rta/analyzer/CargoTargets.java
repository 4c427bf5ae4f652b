package dev.rta.analyzer;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The root files of a package's targets, as Cargo finds them: {@code [lib] path} or src/lib.rs; the {@code [[bin]]},
 * {@code [[example]]}, {@code [[test]]} and {@code [[bench]]} paths, with the auto-discovered src/main.rs, src/bin/,
 * examples/, tests/ and benches/ (a file {@code x.rs} or a directory {@code x/main.rs}) unless {@code autobins} and
 * the like are false (or, in edition 2015, unless a target of the kind is listed); the build script ({@code build},
 * default build.rs). The module tree of each root is followed by {@link ModuleTree}. Auto-discovery never enters a
 * directory that holds a package of its own.
 */
final class CargoTargets {
  enum Kind {
    LIB, BIN, BUILD, EXAMPLE, TEST, BENCH;

    /** Example, test and bench code: what the findings treat as test code. */
    boolean test() {
      return this == EXAMPLE || this == TEST || this == BENCH;
    }
  }

  /** A target's root file (as Cargo would name it, links not resolved). */
  record Target(Kind kind, Path root) {}

  private CargoTargets() {}

  /**
   * @param toml the package's Cargo.toml
   * @param workspaceEdition {@code [workspace.package] edition} of the root manifest, for {@code edition.workspace}
   */
  static List<Target> of(Path dir, String packageName, TomlParseResult toml, @Nullable String workspaceEdition,
      SourceTree tree) {
    boolean edition2015 = "2015".equals(edition(toml, workspaceEdition));
    List<Target> out = new ArrayList<>();
    Object lib = toml.get("lib");
    if (lib instanceof TomlTable t) {
      out.add(new Target(Kind.LIB, dir.resolve(string(t, "path", "src/lib.rs"))));
    } else if (!Boolean.FALSE.equals(flag(toml, "autolib")) && exists(dir.resolve("src/lib.rs"))) {
      out.add(new Target(Kind.LIB, dir.resolve("src/lib.rs")));
    }
    Map<String, Path> bins = new LinkedHashMap<>();
    if (exists(dir.resolve("src/main.rs"))) {
      bins.put(packageName, dir.resolve("src/main.rs"));
    }
    bins.putAll(inferred(dir.resolve("src/bin"), tree));
    kind(out, Kind.BIN, toml.get("bin"), bins, flag(toml, "autobins"), edition2015, dir,
        name -> List.of("src/bin/" + name + ".rs", "src/bin/" + name + "/main.rs", "src/" + name + ".rs",
            "src/bin/main.rs", "src/main.rs"));
    kind(out, Kind.EXAMPLE, toml.get("example"), inferred(dir.resolve("examples"), tree), flag(toml, "autoexamples"),
        edition2015, dir, name -> List.of("examples/" + name + ".rs", "examples/" + name + "/main.rs"));
    kind(out, Kind.TEST, toml.get("test"), inferred(dir.resolve("tests"), tree), flag(toml, "autotests"), edition2015,
        dir, name -> List.of("tests/" + name + ".rs", "tests/" + name + "/main.rs"));
    kind(out, Kind.BENCH, toml.get("bench"), inferred(dir.resolve("benches"), tree), flag(toml, "autobenches"),
        edition2015, dir, name -> List.of("benches/" + name + ".rs", "benches/" + name + "/main.rs"));
    Object build = toml.get("package.build");
    if (build instanceof String s) {
      out.add(new Target(Kind.BUILD, dir.resolve(s)));
    } else if (build instanceof TomlArray a) { // several build scripts (unstable Cargo)
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof String s) {
          out.add(new Target(Kind.BUILD, dir.resolve(s)));
        }
      }
    } else if (!Boolean.FALSE.equals(build) && exists(dir.resolve("build.rs"))) {
      out.add(new Target(Kind.BUILD, dir.resolve("build.rs")));
    }
    return out;
  }

  /**
   * One kind's targets, merged as Cargo merges them: the listed ones, then the discovered ones whose name and path no
   * listed target has, unless discovery is off.
   */
  private static void kind(List<Target> out, Kind kind, @Nullable Object listed, Map<String, Path> discovered,
      @Nullable Boolean auto, boolean edition2015, Path dir, java.util.function.Function<String, List<String>> byName) {
    if (!(listed instanceof TomlArray array)) {
      if (!Boolean.FALSE.equals(auto)) {
        discovered.values().forEach(p -> out.add(new Target(kind, p)));
      }
      return;
    }
    Set<String> names = new HashSet<>();
    Set<Path> paths = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof TomlTable t)) {
        continue;
      }
      String name = t.get("name") instanceof String s ? s : null;
      Path root = t.get("path") instanceof String p ? dir.resolve(p) : null;
      if (root == null && name != null) {
        root = discovered.get(name);
        for (String candidate : byName.apply(name)) {
          if (root == null && exists(dir.resolve(candidate))) {
            root = dir.resolve(candidate);
          }
        }
      }
      if (name != null) {
        names.add(name);
      }
      if (root != null) {
        paths.add(root.normalize());
        out.add(new Target(kind, root));
      }
    }
    if (auto == null ? !edition2015 : auto) {
      discovered.forEach((name, p) -> {
        if (!names.contains(name) && !paths.contains(p.normalize())) {
          out.add(new Target(kind, p));
        }
      });
    }
  }

  /**
   * The targets a directory holds by convention: {@code x.rs}, or {@code x/main.rs}; by target name. Dot files are
   * not targets (Cargo skips them; an editor's lock file {@code .#x.rs} is a link to nothing).
   */
  private static Map<String, Path> inferred(Path dir, SourceTree tree) {
    Map<String, Path> out = new LinkedHashMap<>();
    for (Path p : tree.list(dir)) {
      String name = p.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (name.endsWith(".rs")) {
        out.putIfAbsent(name.substring(0, name.length() - 3), p); // reading it names a link out or a non-file
      } else if (tree.isDirectory(p) && !SourceTree.isPackage(p) && exists(p.resolve("main.rs"))) {
        out.putIfAbsent(name, p.resolve("main.rs"));
      }
    }
    return out;
  }

  private static @Nullable String edition(TomlParseResult toml, @Nullable String workspaceEdition) {
    Object e = toml.get("package.edition");
    if (e instanceof String s) {
      return s;
    }
    if (e instanceof TomlTable t && Boolean.TRUE.equals(t.get("workspace"))) {
      return workspaceEdition;
    }
    return e == null ? "2015" : null; // Cargo's default edition
  }

  private static @Nullable Boolean flag(TomlParseResult toml, String key) {
    return toml.get(List.of("package", key)) instanceof Boolean b ? b : null;
  }

  private static String string(TomlTable t, String key, String otherwise) {
    return t.get(key) instanceof String s ? s : otherwise;
  }

  /** Something is there (a dangling link too: reading it is what names the problem). */
  private static boolean exists(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }
}
