package dev.rta.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The package graph: from Cargo.lock (every dependency that any feature of any member could switch on; rta
 * resolves each member's features on it, see {@link FeatureResolver}), else from the manifests alone (direct
 * dependencies only). Also runs {@code cargo metadata}, whose JSON gives the packages' declarations.
 */
final class DepGraph {
  /** A package; {@code key} is "name version". */
  record Pkg(String key, String name, String version, @Nullable Location lockLocation) {}

  /** A dependency edge; kind is null for normal dependencies, else "dev" or "build". */
  record Edge(String to, @Nullable String kind, @Nullable String target) {}

  enum Source {
    LOCKFILE("lockfile"),
    MANIFESTS("manifests");

    final String id;

    Source(String id) {
      this.id = id;
    }
  }

  final Map<String, Pkg> pkgs = new LinkedHashMap<>();
  final Map<String, List<Edge>> edges = new HashMap<>();
  final Map<String, String> members = new LinkedHashMap<>();
  final Map<String, List<String>> byName = new HashMap<>();
  Source source;

  private DepGraph(Source source) {
    this.source = source;
  }

  List<Edge> edges(String key) {
    return edges.getOrDefault(key, List.of());
  }

  private void add(Pkg p) {
    pkgs.put(p.key(), p);
    byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.key());
  }

  /** Packages with this name (several versions can coexist). */
  List<String> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  // ---- Cargo.lock ------------------------------------------------------------------------------

  /** The lockfile formats rta reads: 1 and 2 have no {@code version} key, 3 and 4 do. */
  static final int NEWEST_LOCKFILE_VERSION = 4;

  /**
   * The graph of Cargo.lock, or null when there is none or it cannot be read (then the problems say why, each
   * entry's, and the graph comes from the manifests: cargo itself would refuse such a lockfile).
   */
  static @Nullable DepGraph fromLockfile(Workspace ws, List<Problem> problems) {
    if (ws.lockfile() == null) {
      return null;
    }
    String display = ws.display(ws.lockfile());
    TomlParseResult r = ManifestParser.parseToml(ws.lockfile(), display, ManifestParser.MAX_LOCKFILE_BYTES, problems);
    if (r == null) {
      return null;
    }
    TomlValues v = new TomlValues(display, problems);
    int before = v.problemCount();
    Long version = v.integer(r, "version", "version");
    if (version != null && (version < 1 || version > NEWEST_LOCKFILE_VERSION)) {
      v.problem(Problem.of(v.at(r, "version"), "an.lock.version", version, NEWEST_LOCKFILE_VERSION)
          .withHint("an.hint.lockVersion"));
    }
    if (v.problemCount() > before) {
      return null; // a format rta does not know: the manifests are safer than a guess
    }
    DepGraph g = new DepGraph(Source.LOCKFILE);
    TomlArray packages = r.get(List.of("package")) instanceof TomlArray a ? a : null;
    if (packages == null) {
      v.tables(r, "package", "package"); // reports a value of another type
      return v.problemCount() > before ? null : g;
    }
    Map<String, List<String>> dependencies = new LinkedHashMap<>();
    for (int i = 0; i < packages.size(); i++) {
      Location at = ManifestParser.at(display, packages.inputPositionOf(i));
      String entry = "package[" + i + "]";
      if (!(packages.get(i) instanceof TomlTable t)) {
        v.wrongType(entry, packages.inputPositionOf(i), "an.toml.type.table", packages.get(i));
        continue;
      }
      int entryProblems = v.problemCount();
      String name = v.string(t, "name", entry + ".name");
      String pkgVersion = v.string(t, "version", entry + ".version");
      String source = v.string(t, "source", entry + ".source");
      List<String> deps = v.strings(t, "dependencies", entry + ".dependencies");
      if (v.problemCount() > entryProblems) {
        continue;
      }
      if (name == null || pkgVersion == null) {
        v.problem(Problem.of(at, "an.lock.entry"));
        continue;
      }
      String key = name + " " + pkgVersion;
      dependencies.put(key, deps);
      g.add(new Pkg(key, name, pkgVersion, at));
      if (source == null) {
        for (Manifest m : ws.members()) {
          if (name.equals(m.name())) {
            g.members.put(name, key);
          }
        }
      }
    }
    if (v.problemCount() > before) {
      return null;
    }
    dependencies.forEach((from, deps) -> {
      List<Edge> out = new ArrayList<>();
      for (String dep : deps) {
        String[] parts = dep.split(" ");
        List<String> candidates = g.named(parts[0]);
        String to = null;
        if (parts.length >= 2) {
          to = parts[0] + " " + parts[1];
        } else if (!candidates.isEmpty()) {
          to = candidates.get(0);
        }
        if (to != null && g.pkgs.containsKey(to)) {
          out.add(new Edge(to, null, null));
        }
      }
      g.edges.put(from, out);
    });
    return g;
  }

  // ---- manifests only --------------------------------------------------------------------------

  static DepGraph fromManifests(Workspace ws) {
    DepGraph g = new DepGraph(Source.MANIFESTS);
    for (Manifest m : ws.members()) {
      String key = m.name() + " *";
      g.add(new Pkg(key, m.name(), "*", null));
      g.members.put(m.name(), key);
    }
    for (Manifest m : ws.members()) {
      List<Edge> out = new ArrayList<>();
      for (Manifest.Dep d : m.deps()) {
        String key = d.crate() + " *";
        if (!g.pkgs.containsKey(key)) {
          g.add(new Pkg(key, d.crate(), "*", null));
        }
        out.add(new Edge(key, d.kind() == Manifest.Kind.NORMAL ? null : d.kind().name().toLowerCase(java.util.Locale.ROOT),
            d.target()));
      }
      g.edges.put(m.name() + " *", out);
    }
    return g;
  }

  // ---- cargo metadata --------------------------------------------------------------------------

  /**
   * What running cargo metadata gave: its JSON (the packages' declarations; rta resolves each member's features
   * itself on the lockfile's edges), or why there is none.
   */
  record CargoRun(@Nullable JsonNode metadata, String status, @Nullable String reason) {
    static CargoRun notRun(String reason) {
      return new CargoRun(null, "not-run", reason);
    }

    static CargoRun failed(String reason) {
      return new CargoRun(null, "failed", reason);
    }
  }

  /**
   * The resolved graph from {@code cargo metadata --offline --locked} (it reads; it never builds, runs a
   * build script or writes Cargo.lock), or why it could not be had (cargo missing, offline without the crates,
   * a git dependency not checked out, a timeout).
   */
  static CargoRun fromCargo(Workspace ws, String cargo, long timeoutSeconds) {
    if (ws.lockfile() == null) {
      return CargoRun.notRun("no Cargo.lock (cargo would write one; rta never touches the project's files)");
    }
    ProcessBuilder pb = new ProcessBuilder(cargo, "metadata", "--format-version", "1", "--offline", "--locked",
        "--manifest-path", ws.root().resolve("Cargo.toml").toString())
        .directory(ws.root().toFile());
    pb.environment().put("CARGO_TERM_COLOR", "never");
    // cargo metadata asks rustc about the host; a project's .cargo/config.toml could point build.rustc or
    // build.rustc-wrapper at its own scripts. The environment wins over that config: no wrappers, the
    // user's own rustc.
    pb.environment().put("RUSTC_WRAPPER", "");
    pb.environment().put("RUSTC_WORKSPACE_WRAPPER", "");
    pb.environment().putIfAbsent("RUSTC", "rustc");
    byte[] json;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      Thread reader = drain(p.getInputStream(), buf, "cargo-metadata");
      Thread errReader = drain(p.getErrorStream(), err, "cargo-metadata-err");
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return CargoRun.failed("cargo metadata did not finish within " + timeoutSeconds + " s");
      }
      reader.join(5000);
      errReader.join(5000);
      if (p.exitValue() != 0) {
        return CargoRun.failed("cargo metadata exited with " + p.exitValue() + ": "
            + firstError(err.toString(java.nio.charset.StandardCharsets.UTF_8)));
      }
      json = buf.toByteArray();
    } catch (IOException e) {
      return CargoRun.failed("cannot run " + cargo + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CargoRun.failed("interrupted");
    }
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      return new CargoRun(root, "ok", null);
    } catch (IOException | RuntimeException e) {
      return CargoRun.failed("cargo metadata printed output rta cannot read (" + e.getMessage() + ")");
    }
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream to, String name) {
    Thread t = new Thread(() -> {
      try (in) {
        in.transferTo(to);
      } catch (IOException e) {
        // the process died; the exit status says so
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The first line cargo marks as an error (with what follows on it), else the last non-empty line. */
  static String firstError(String stderr) {
    String last = "no message";
    for (String line : stderr.split("\\R")) {
      String l = line.strip();
      if (l.startsWith("error:")) {
        return cut(l.substring("error:".length()).strip());
      }
      if (!l.isEmpty()) {
        last = l;
      }
    }
    return cut(last);
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
