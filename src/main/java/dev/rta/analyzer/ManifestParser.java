package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * Reads Cargo.toml (and rta.toml) with positions, so that findings and errors point at lines. Every value rta uses is
 * type-checked ({@link TomlValues}): a wrong type is a problem with its position, never an exception.
 */
final class ManifestParser {
  /** The most rta reads of a Cargo.toml or an rta.toml (real ones are kilobytes; the largest known, some 100 KiB). */
  static final int MAX_MANIFEST_BYTES = 2 << 20;
  /** The most rta reads of a Cargo.lock: some 30,000 packages, ten times the largest real workspaces. */
  static final int MAX_LOCKFILE_BYTES = 8 << 20;

  private static final String[] DEP_TABLES = {"dependencies", "dev-dependencies", "dev_dependencies",
      "build-dependencies", "build_dependencies"};

  private ManifestParser() {}

  /** {@link #parseToml(Path, String, int, List)} with the limit of manifests. */
  static @Nullable TomlParseResult parseToml(Path file, String display, List<Problem> problems) {
    return parseToml(file, display, MAX_MANIFEST_BYTES, problems);
  }

  /**
   * The parsed TOML, or the problems (syntax errors with positions, unreadable, not UTF-8, larger than {@code limit}
   * bytes: such a file is not read further than that).
   */
  static @Nullable TomlParseResult parseToml(Path file, String display, int limit, List<Problem> problems) {
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        problems.add(Problem.of(Location.file(display), "an.file.tooLarge", mebibytes(limit),
            String.valueOf(file.getFileName())).withHint("an.hint.tooLarge"));
        return null;
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(Problem.of(Location.file(display), "err.file.notUtf8").withHint("an.hint.utf8"));
      return null;
    } catch (IOException e) {
      problems.add(Problem.of(Location.file(display), "err.file.cannotRead", String.valueOf(e.getMessage())));
      return null;
    }
    TomlParseResult r;
    try {
      r = Toml.parse(text, TomlVersion.V1_0_0);
    } catch (RuntimeException e) {
      // tomlj throws instead of reporting on some malformed input (an inline table broken across lines, found by
      // fuzzing): a syntax error all the same, without its position
      problems.add(Problem.of(Location.file(display), "err.toml.unplaced").withHint("hint.toml.unplaced"));
      return null;
    }
    if (r.hasErrors()) {
      for (TomlParseError e : r.errors()) {
        problems.add(Problem.of(at(display, e.position()), "err.toml.syntax",
            e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", "")));
      }
      return null;
    }
    return r;
  }

  /** "2 MiB". */
  static String mebibytes(long bytes) {
    return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " bytes";
  }

  static Location at(String display, @Nullable TomlPosition p) {
    return p == null ? Location.file(display) : new Location(display, p.line(), p.column());
  }

  /**
   * The value at a path of tables, or null when it is absent or a step on the way is not a table (tomlj's own
   * {@code get(List)} throws then).
   */
  static @Nullable Object get(TomlTable t, List<String> path) {
    Object v = t;
    for (String key : path) {
      if (!(v instanceof TomlTable table)) {
        return null;
      }
      v = table.get(List.of(key));
    }
    return v;
  }

  /**
   * A manifest; null (with problems) when it cannot be read or has values of the wrong type.
   *
   * @param inherited the workspace's [workspace.dependencies], for {@code dep = { workspace = true }}
   */
  static @Nullable Manifest parse(Path file, String display, Map<String, Manifest.Dep> inherited,
      List<Problem> problems) {
    return parse(new TomlFiles(), file, display, inherited, problems);
  }

  /** {@link #parse(Path, String, Map, List)}, the TOML parsed through {@code toml}. */
  static @Nullable Manifest parse(TomlFiles toml, Path file, String display, Map<String, Manifest.Dep> inherited,
      List<Problem> problems) {
    int before = problems.size();
    TomlParseResult r = toml.parse(file, display, problems);
    if (r == null) {
      return null;
    }
    TomlValues v = new TomlValues(display, problems);
    Path dir = file.getParent();
    TomlTable pkg = v.table(r, "package", "package");
    String name = pkg == null ? null : v.string(pkg, "name", "package.name");
    List<Manifest.Dep> deps = new ArrayList<>();
    for (String table : DEP_TABLES) {
      deps(v, r, table, table, kind(table), null, inherited, deps, dir);
    }
    TomlTable target = v.table(r, "target", "target");
    if (target != null) {
      for (String cfg : target.keySet()) {
        TomlTable t = v.table(target, cfg, "target." + cfg);
        if (t == null) {
          continue;
        }
        for (String table : DEP_TABLES) {
          deps(v, t, table, "target." + cfg + "." + table, kind(table), cfg, inherited, deps, dir);
        }
      }
    }
    Map<String, List<String>> features = new LinkedHashMap<>();
    TomlTable ft = v.table(r, "features", "features");
    if (ft != null) {
      for (String f : ft.keySet()) {
        features.put(f, v.strings(ft, f, "features." + f));
      }
    }
    Manifest.WorkspaceSection ws = null;
    TomlTable w = v.table(r, "workspace", "workspace");
    if (w != null) {
      List<Manifest.Dep> list = new ArrayList<>();
      deps(v, w, "dependencies", "workspace.dependencies", Manifest.Kind.NORMAL, null, Map.of(), list, dir);
      Map<String, Manifest.Dep> wdeps = new LinkedHashMap<>();
      list.forEach(d -> wdeps.put(d.key(), d));
      ws = new Manifest.WorkspaceSection(globs(v, w, "members"), globs(v, w, "exclude"), wdeps,
          ignores(v, w, List.of("metadata", "rta", "ignore"), "workspace."),
          at(display, r.inputPositionOf(List.of("workspace"))));
    }
    List<Manifest.IgnoreEntry> ignores = pkg == null ? List.of()
        : ignores(v, pkg, List.of("metadata", "rta", "ignore"), "package.");
    if (name == null && ws == null && problems.size() == before) {
      problems.add(Problem.of(Location.file(display), "an.notAManifest").withHint("an.hint.manifest"));
    }
    return problems.size() > before ? null : new Manifest(dir, display, name, deps, features, ws, ignores);
  }

  /** workspace.members or workspace.exclude: strings that are paths, or globs when they hold * ? or [. */
  private static List<String> globs(TomlValues v, TomlTable w, String key) {
    List<String> out = new ArrayList<>();
    String name = "workspace." + key;
    for (String g : v.strings(w, key, name)) {
      boolean glob = g.contains("*") || g.contains("?") || g.contains("[");
      if (glob ? v.validGlob(g.replace('\\', '/'), name, v.at(w, key)) : validPath(v, g, name, v.at(w, key))) {
        out.add(g);
      }
    }
    return out;
  }

  /** Whether the text is a path the file system accepts (no NUL); a problem at {@code where} when it is not. */
  static boolean validPath(TomlValues v, String path, String name, Location where) {
    try {
      Path.of(path);
      return true;
    } catch (InvalidPathException e) {
      v.problem(Problem.of(where, "an.toml.path", name, TomlValues.shorten(path)));
      return false;
    }
  }

  private static Manifest.Kind kind(String table) {
    return table.startsWith("dev") ? Manifest.Kind.DEV : table.startsWith("build") ? Manifest.Kind.BUILD
        : Manifest.Kind.NORMAL;
  }

  /** The dependencies of table {@code key} of {@code parent}; {@code name} is the table's full key. */
  private static void deps(TomlValues v, TomlTable parent, String key, String name, Manifest.Kind kind,
      @Nullable String target, Map<String, Manifest.Dep> inherited, List<Manifest.Dep> out, Path dir) {
    Object t = parent.get(List.of(key));
    if (t == null) {
      return;
    }
    if (!(t instanceof TomlTable table)) {
      v.problem(Problem.of(v.at(parent, key), "an.depsNotTable", name));
      return;
    }
    for (String dep : table.keySet()) {
      Location loc = v.at(table, dep);
      Object value = table.get(List.of(dep));
      String full = name + "." + dep;
      if (value instanceof String) {
        out.add(new Manifest.Dep(dep, dep, kind, target, false, List.of(), true, loc, null));
      } else if (value instanceof TomlTable d) {
        boolean fromWorkspace = Boolean.TRUE.equals(v.bool(d, "workspace", full + ".workspace"));
        Manifest.Dep base = fromWorkspace ? inherited.get(dep) : null;
        String crate = v.string(d, "package", full + ".package");
        if (crate == null) {
          crate = base != null ? base.crate() : dep;
        }
        List<String> features = new ArrayList<>(base == null ? List.of() : base.features());
        for (String f : v.strings(d, "features", full + ".features")) {
          if (!features.contains(f)) {
            features.add(f);
          }
        }
        Boolean dflt = v.bool(d, "default-features", full + ".default-features");
        if (dflt == null) {
          dflt = v.bool(d, "default_features", full + ".default_features");
        }
        boolean defaultFeatures = dflt != null ? dflt : base == null || base.defaultFeatures();
        String rel = v.string(d, "path", full + ".path");
        Path at = base == null ? null : base.path();
        if (rel != null && validPath(v, rel, full + ".path", v.at(d, "path"))) {
          at = dir.resolve(rel).toAbsolutePath().normalize();
        }
        boolean optional = Boolean.TRUE.equals(v.bool(d, "optional", full + ".optional"));
        out.add(new Manifest.Dep(dep, crate, kind, target, optional, features, defaultFeatures, loc, at));
      } else {
        v.problem(Problem.of(loc, "an.badDep", dep));
      }
    }
  }

  /** Only strings of an array (the lenient read of files rta does not check, such as a cargo config). */
  static List<String> strings(@Nullable Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof TomlArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof String s) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * Ignore entries under {@code path} of {@code table} (whose own key is {@code prefix}): an array of tables with id,
   * reason (required), crate and path (a glob). Tables on the way that are not rta's ({@code metadata}) may hold
   * anything; rta's own must be tables.
   */
  static List<Manifest.IgnoreEntry> ignores(TomlValues v, TomlTable table, List<String> path, String prefix) {
    TomlTable t = table;
    StringBuilder name = new StringBuilder(prefix);
    for (int i = 0; i < path.size() - 1; i++) {
      Object next = t.get(List.of(path.get(i)));
      name.append(path.get(i)).append('.');
      if (next == null || !(next instanceof TomlTable) && path.get(i).equals("metadata")) {
        return List.of();
      }
      t = v.table(t, path.get(i), name.substring(0, name.length() - 1));
      if (t == null) {
        return List.of();
      }
    }
    String key = path.get(path.size() - 1);
    String listName = name + key;
    Object value = t.get(List.of(key));
    List<Manifest.IgnoreEntry> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof TomlArray a) || !a.isEmpty() && !(a.get(0) instanceof TomlTable)) {
      v.problem(Problem.of(v.at(t, key), "an.ignore.notList", listName));
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!(a.get(i) instanceof TomlTable e)) {
        v.problem(Problem.of(ManifestParser.at(v.display(), a.inputPositionOf(i)), "an.ignore.notList",
            listName));
        continue;
      }
      String entry = listName + "[" + i + "]";
      Location loc = ManifestParser.at(v.display(), a.inputPositionOf(i));
      int before = v.problemCount();
      String id = v.string(e, "id", entry + ".id");
      String reason = v.string(e, "reason", entry + ".reason");
      String crate = v.string(e, "crate", entry + ".crate");
      String glob = v.string(e, "path", entry + ".path");
      if (v.problemCount() > before) {
        continue;
      }
      if (id == null || !id.matches("RTA\\d{3}")) {
        v.problem(Problem.of(loc, "an.ignore.id", id == null ? "" : TomlValues.shorten(id))
            .withHint("an.hint.ignoreId"));
        continue;
      }
      if (reason == null || reason.isBlank()) {
        v.problem(Problem.of(loc, "an.ignore.reason", id).withHint("an.hint.ignoreReason"));
        continue;
      }
      for (String k : e.keySet()) {
        if (!List.of("id", "reason", "crate", "path").contains(k)) {
          v.problem(Problem.of(v.at(e, k), "an.ignore.key", TomlValues.shorten(k)));
        }
      }
      if (glob != null && !v.validGlob(glob, entry + ".path", v.at(e, "path"))) {
        continue;
      }
      out.add(new Manifest.IgnoreEntry(id, crate, glob, reason, loc));
    }
    return out;
  }
}
