package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** Reads Cargo.toml (and rta.toml) with positions, so that findings and errors point at lines. */
final class ManifestParser {
  private static final String[] DEP_TABLES = {"dependencies", "dev-dependencies", "dev_dependencies",
      "build-dependencies", "build_dependencies"};

  private ManifestParser() {}

  /** The parsed TOML, or the problems (syntax errors with positions, unreadable, not UTF-8). */
  static @Nullable TomlParseResult parseToml(Path file, String display, List<Problem> problems) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      problems.add(Problem.of(Location.file(display), "err.file.notUtf8").withHint("an.hint.utf8"));
      return null;
    } catch (IOException e) {
      problems.add(Problem.of(Location.file(display), "err.file.cannotRead", String.valueOf(e.getMessage())));
      return null;
    }
    TomlParseResult r = Toml.parse(text, TomlVersion.V1_0_0);
    if (r.hasErrors()) {
      for (TomlParseError e : r.errors()) {
        problems.add(Problem.of(at(display, e.position()), "err.toml.syntax",
            e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", "")));
      }
      return null;
    }
    return r;
  }

  static Location at(String display, @Nullable TomlPosition p) {
    return p == null ? Location.file(display) : new Location(display, p.line(), p.column());
  }

  /**
   * A manifest; null (with problems) when it cannot be read.
   *
   * @param inherited the workspace's [workspace.dependencies], for {@code dep = { workspace = true }}
   */
  static @Nullable Manifest parse(Path file, String display, Map<String, Manifest.Dep> inherited,
      List<Problem> problems) {
    int before = problems.size();
    TomlParseResult r = parseToml(file, display, problems);
    if (r == null) {
      return null;
    }
    String name = r.getString("package.name");
    List<Manifest.Dep> deps = new ArrayList<>();
    for (String table : DEP_TABLES) {
      deps(r, List.of(table), kind(table), null, display, inherited, deps, problems, file.getParent());
    }
    TomlTable target = r.getTable("target");
    if (target != null) {
      for (String cfg : target.keySet()) {
        for (String table : DEP_TABLES) {
          deps(r, List.of("target", cfg, table), kind(table), cfg, display, inherited, deps, problems, file.getParent());
        }
      }
    }
    Map<String, List<String>> features = new LinkedHashMap<>();
    TomlTable ft = r.getTable("features");
    if (ft != null) {
      for (String f : ft.keySet()) {
        features.put(f, strings(ft.get(List.of(f))));
      }
    }
    Manifest.WorkspaceSection ws = null;
    TomlTable w = r.getTable("workspace");
    if (w != null) {
      Map<String, Manifest.Dep> wdeps = new LinkedHashMap<>();
      List<Manifest.Dep> list = new ArrayList<>();
      deps(r, List.of("workspace", "dependencies"), Manifest.Kind.NORMAL, null, display, Map.of(), list, problems, file.getParent());
      list.forEach(d -> wdeps.put(d.key(), d));
      ws = new Manifest.WorkspaceSection(strings(w.get(List.of("members"))), strings(w.get(List.of("exclude"))), wdeps,
          ignores(r, List.of("workspace", "metadata", "rta", "ignore"), display, problems),
          at(display, r.inputPositionOf(List.of("workspace"))));
    }
    List<Manifest.IgnoreEntry> ignores = ignores(r, List.of("package", "metadata", "rta", "ignore"), display, problems);
    if (name == null && ws == null) {
      problems.add(Problem.of(Location.file(display), "an.notAManifest").withHint("an.hint.manifest"));
    }
    return problems.size() > before ? null : new Manifest(file.getParent(), display, name, deps, features, ws, ignores);
  }

  private static Manifest.Kind kind(String table) {
    return table.startsWith("dev") ? Manifest.Kind.DEV : table.startsWith("build") ? Manifest.Kind.BUILD
        : Manifest.Kind.NORMAL;
  }

  private static void deps(TomlParseResult r, List<String> path, Manifest.Kind kind, @Nullable String target,
      String display, Map<String, Manifest.Dep> inherited, List<Manifest.Dep> out, List<Problem> problems, Path dir) {
    Object t = r.get(path);
    if (t == null) {
      return;
    }
    if (!(t instanceof TomlTable table)) {
      problems.add(Problem.of(at(display, r.inputPositionOf(path)), "an.depsNotTable", String.join(".", path)));
      return;
    }
    for (String key : table.keySet()) {
      List<String> keyPath = new ArrayList<>(path);
      keyPath.add(key);
      Location loc = at(display, r.inputPositionOf(keyPath));
      Object v = table.get(List.of(key));
      if (v instanceof String) {
        out.add(new Manifest.Dep(key, key, kind, target, false, List.of(), true, loc, null));
      } else if (v instanceof TomlTable d) {
        Manifest.Dep base = Boolean.TRUE.equals(d.getBoolean("workspace")) ? inherited.get(key) : null;
        String crate = d.getString("package");
        if (crate == null) {
          crate = base != null ? base.crate() : key;
        }
        List<String> features = new ArrayList<>(base == null ? List.of() : base.features());
        for (String f : strings(d.get(List.of("features")))) {
          if (!features.contains(f)) {
            features.add(f);
          }
        }
        Boolean dflt = d.getBoolean("default-features");
        if (dflt == null) {
          dflt = d.getBoolean("default_features");
        }
        boolean defaultFeatures = dflt != null ? dflt : base == null || base.defaultFeatures();
        String rel = d.getString("path");
        Path at = rel != null ? dir.resolve(rel).toAbsolutePath().normalize() : base == null ? null : base.path();
        out.add(new Manifest.Dep(key, crate, kind, target, Boolean.TRUE.equals(d.getBoolean("optional")), features,
            defaultFeatures, loc, at));
      } else {
        problems.add(Problem.of(loc, "an.badDep", key));
      }
    }
  }

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

  /** Ignore entries: an array of tables with id, reason (required), crate and path. */
  static List<Manifest.IgnoreEntry> ignores(TomlParseResult r, List<String> path, String display,
      List<Problem> problems) {
    Object v = r.get(path);
    List<Manifest.IgnoreEntry> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof TomlArray a) || !a.isEmpty() && !(a.get(0) instanceof TomlTable)) {
      problems.add(Problem.of(at(display, r.inputPositionOf(path)), "an.ignore.notList", String.join(".", path)));
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!(a.get(i) instanceof TomlTable t)) {
        problems.add(Problem.of(at(display, a.inputPositionOf(i)), "an.ignore.notList", String.join(".", path)));
        continue;
      }
      Location loc = at(display, a.inputPositionOf(i));
      String id = t.getString("id");
      String reason = t.getString("reason");
      if (id == null || !id.matches("RTA\\d{3}")) {
        problems.add(Problem.of(loc, "an.ignore.id", id == null ? "" : id).withHint("an.hint.ignoreId"));
        continue;
      }
      if (reason == null || reason.isBlank()) {
        problems.add(Problem.of(loc, "an.ignore.reason", id).withHint("an.hint.ignoreReason"));
        continue;
      }
      for (String k : t.keySet()) {
        if (!List.of("id", "reason", "crate", "path").contains(k)) {
          problems.add(Problem.of(at(display, t.inputPositionOf(List.of(k))), "an.ignore.key", k));
        }
      }
      out.add(new Manifest.IgnoreEntry(id, t.getString("crate"), t.getString("path"), reason, loc));
    }
    return out;
  }
}
