package dev.rta.analyzer;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * A Cargo workspace found like cargo finds it: the nearest Cargo.toml at or above the start, then the
 * nearest [workspace] above that claims it as a member.
 *
 * @param root the workspace root directory
 * @param rootManifest the root Cargo.toml (a package, a virtual manifest, or both)
 * @param members the members that could be read
 * @param ignores ignore entries from rta.toml (or .rta.toml, .cargo/rta.toml)
 * @param lockfile Cargo.lock, or null
 * @param problems members that could not be read (one malformed member does not stop the analysis)
 * @param toml the TOML files parsed so far (the manifests when read), for the rest of the analysis
 */
record Workspace(Path root, Manifest rootManifest, List<Manifest> members, List<Manifest.IgnoreEntry> ignores,
    @Nullable Path lockfile, List<Problem> problems, TomlFiles toml) {

  static final List<String> CONFIG_FILES = List.of("rta.toml", ".rta.toml", ".cargo/rta.toml");

  String display(Path p) {
    Path rel = root.relativize(p.toAbsolutePath().normalize());
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  static Workspace read(Path start) {
    Path p = start.toAbsolutePath().normalize();
    if (!Files.exists(p)) {
      throw InvalidInputException.of(Problem.of(Location.file(start.toString()), "an.noSuchPath")
          .withHint("an.hint.path"));
    }
    Path dir;
    if (Files.isDirectory(p)) {
      dir = p;
    } else if (p.getFileName().toString().equals("Cargo.toml")) {
      dir = p.getParent();
    } else {
      throw InvalidInputException.of(Problem.of(Location.file(start.toString()), "an.notCargo")
          .withHint("an.hint.path"));
    }
    Path nearest = dir;
    while (nearest != null && !Files.isRegularFile(nearest.resolve("Cargo.toml"))) {
      nearest = nearest.getParent();
    }
    if (nearest == null) {
      throw InvalidInputException.of(Problem.of(Location.file(start.toString()), "an.noManifest")
          .withHint("an.hint.path"));
    }
    Path root = nearest;
    for (Path up = nearest.getParent(); up != null; up = up.getParent()) {
      Path m = up.resolve("Cargo.toml");
      if (!Files.isRegularFile(m)) {
        continue;
      }
      TomlParseResult r = ManifestParser.parseToml(m, m.toString(), new ArrayList<>());
      if (r != null && r.get(List.of("workspace")) instanceof TomlTable w) {
        // read leniently: when this is the root, loading it reports what is wrong with it
        List<Path> members = expand(up, ManifestParser.strings(w.get(List.of("members"))),
            ManifestParser.strings(w.get(List.of("exclude"))));
        if (members.contains(nearest)) {
          root = up;
        }
        break;
      }
    }
    return load(root);
  }

  private static Workspace load(Path root) {
    List<Problem> rootProblems = new ArrayList<>();
    String rootDisplay = "Cargo.toml";
    TomlFiles toml = new TomlFiles();
    // The root first, without inheritance, to learn [workspace.dependencies].
    Manifest first = ManifestParser.parse(toml, root.resolve("Cargo.toml"), rootDisplay, Map.of(), rootProblems);
    if (first == null) {
      throw new InvalidInputException(rootProblems);
    }
    Map<String, Manifest.Dep> inherited = first.workspace() == null ? Map.of() : first.workspace().dependencies();
    Manifest rootManifest = ManifestParser.parse(toml, root.resolve("Cargo.toml"), rootDisplay, inherited,
        rootProblems);
    if (rootManifest == null) {
      throw new InvalidInputException(rootProblems);
    }
    List<Manifest> members = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (rootManifest.name() != null) {
      members.add(rootManifest);
    }
    if (rootManifest.workspace() != null) {
      for (Path dir : expand(root, rootManifest.workspace().members(), rootManifest.workspace().exclude())) {
        if (dir.equals(root)) {
          continue;
        }
        Path manifest = dir.resolve("Cargo.toml");
        String display = root.relativize(manifest).toString().replace('\\', '/');
        if (!Files.isRegularFile(manifest)) {
          problems.add(Problem.of(Location.file(display), "an.memberMissing").withHint("an.hint.members"));
          continue;
        }
        Manifest m = ManifestParser.parse(toml, manifest, display, inherited, problems);
        if (m != null && m.name() != null) {
          members.add(m);
        }
      }
      // As cargo does: a path dependency inside the workspace directory is a member too, unless excluded.
      Set<Path> excluded = new LinkedHashSet<>();
      rootManifest.workspace().exclude().forEach(x -> excluded.add(root.resolve(x).normalize()));
      Set<Path> known = new LinkedHashSet<>();
      members.forEach(m -> known.add(m.dir().toAbsolutePath().normalize()));
      for (int i = 0; i < members.size(); i++) {
        for (Manifest.Dep d : members.get(i).deps()) {
          Path dir = d.path();
          if (dir == null || known.contains(dir) || !dir.startsWith(root.toAbsolutePath().normalize())
              || excluded.stream().anyMatch(dir::startsWith) || !Files.isRegularFile(dir.resolve("Cargo.toml"))) {
            continue;
          }
          known.add(dir);
          Path manifest = dir.resolve("Cargo.toml");
          Manifest m = ManifestParser.parse(toml, manifest, root.relativize(manifest).toString().replace('\\', '/'),
              inherited, problems);
          if (m != null && m.name() != null) {
            members.add(m);
          }
        }
      }
    }
    List<Manifest.IgnoreEntry> ignores = new ArrayList<>();
    for (String name : CONFIG_FILES) {
      Path cfg = root.resolve(name);
      if (Files.isRegularFile(cfg)) {
        TomlParseResult r = ManifestParser.parseToml(cfg, name, problems);
        if (r != null) {
          TomlValues v = new TomlValues(name, problems);
          for (String key : r.keySet()) {
            if (!key.equals("ignore")) {
              problems.add(Problem.of(v.at(r, key), "an.config.key", TomlValues.shorten(key)));
            }
          }
          ignores.addAll(ManifestParser.ignores(v, r, List.of("ignore"), ""));
        }
        break;
      }
    }
    Path lock = root.resolve("Cargo.lock");
    return new Workspace(root, rootManifest, members, ignores, Files.isRegularFile(lock) ? lock : null, problems,
        toml);
  }

  /**
   * The member directories the globs name, minus the excluded ones, in a stable order. A glob that does not compile
   * or a path the file system refuses names nothing ({@link ManifestParser#parse} reports them).
   */
  static List<Path> expand(Path root, List<String> globs, List<String> exclude) {
    Set<Path> out = new LinkedHashSet<>();
    for (String g : globs) {
      String glob = g.replace('\\', '/');
      while (glob.endsWith("/")) {
        glob = glob.substring(0, glob.length() - 1);
      }
      PathMatcher matcher;
      try {
        if (!glob.contains("*") && !glob.contains("?") && !glob.contains("[")) {
          out.add(root.resolve(glob).normalize());
          continue;
        }
        matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (PatternSyntaxException | InvalidPathException e) {
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            String name = d.getFileName() == null ? "" : d.getFileName().toString();
            if (!d.equals(root) && (name.equals("target") || name.startsWith("."))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Path rel = root.relativize(d);
            if (!d.equals(root) && matcher.matches(rel) && Files.isRegularFile(d.resolve("Cargo.toml"))) {
              found.add(d);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        // an unreadable directory holds no members
      }
      found.sort(Path::compareTo);
      out.addAll(found);
    }
    for (String x : exclude) {
      try {
        out.remove(root.resolve(x).normalize());
      } catch (InvalidPathException e) {
        // names nothing
      }
    }
    return new ArrayList<>(out);
  }
}
