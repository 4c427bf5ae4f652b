package dev.rta.app;

import dev.rta.analyzer.ProjectFiles;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.migration.Edit;
import dev.rta.domain.migration.FileChange;
import dev.rta.domain.migration.ManualItem;
import dev.rta.domain.migration.MigrationPlan;
import dev.rta.domain.pack.ApiMapping;
import dev.rta.domain.pack.Dependency;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.MappingKind;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.migrate.Codemod;
import dev.rta.migrate.ManifestEditor;
import dev.rta.migrate.MigrationRules;
import dev.rta.migrate.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * {@code rta migrate}: plans the move of a workspace from one runtime to another (the codemod over every member's
 * sources and the Cargo.toml edits), shows it as a diff, and applies it only when asked, only inside a git work
 * tree whose files to change have no uncommitted changes, each file written atomically with its mode kept.
 */
public final class Migrations {
  /** Rust sources larger than this are not read (generated code, not a person's). */
  static final long MAX_SOURCE = 4L << 20;

  private final KnowledgePack pack;

  public Migrations(Advisor advisor) {
    this.pack = advisor.pack();
  }

  /**
   * What to migrate.
   *
   * @param path the workspace (a directory or a Cargo.toml)
   * @param to the runtime to move to
   * @param from the runtime to move from, or null to find it in the manifests
   * @param latest write the newest version the knowledge pack knows instead of the lowest that provides the APIs
   */
  public record Request(Path path, String to, @Nullable String from, boolean latest, boolean skipUnparsable) {}

  /** The migrations the knowledge pack has, as {@code from → to}. */
  public List<String> available() {
    List<String> out = new ArrayList<>();
    for (MigrationGuide g : pack.code().migrations()) {
      if (MigrationRules.knowsSource(g.from())) {
        out.add(g.from() + " → " + g.to());
      }
    }
    return out;
  }

  /** Plans the migration; changes nothing. */
  public MigrationPlan plan(Request r) {
    ProjectFiles project = ProjectFiles.read(r.path());
    String from = r.from() != null ? r.from() : detect(project, r.to());
    MigrationGuide guide = guide(from, r.to());
    MigrationRules rules = MigrationRules.of(guide);
    List<FileChange> files = new ArrayList<>();
    List<Codemod.Manual> pending = new ArrayList<>();
    List<String> pendingFiles = new ArrayList<>();
    int sources = 0;
    int uses = 0;
    int automatic = 0;
    Map<Path, Set<String>> needsByMember = new LinkedHashMap<>();
    for (ProjectFiles.Member m : project.members()) {
      Set<String> needs = needsByMember.computeIfAbsent(m.dir(), k -> new TreeSet<>());
      Set<String> crates = new TreeSet<>();
      for (TomlTable t : dependencyTables(toml(m.manifest(), m.display()))) {
        t.keySet().forEach(k -> crates.add(k.replace('-', '_')));
      }
      List<Path> paths;
      try {
        paths = project.sources(m);
      } catch (IOException e) {
        throw FileErrors.cannotRead(project.display(m.dir()), e);
      }
      for (Path p : paths) {
        String display = project.display(p);
        String text = readSource(p, display);
        if (text == null) {
          continue;
        }
        sources++;
        Codemod.Outcome o;
        try {
          o = Codemod.rust(rules, text, crates);
        } catch (Codemod.SourceError e) {
          if (!r.skipUnparsable()) {
            throw InvalidInputException.of(Problem.of(new Location(display, e.line(), e.column()),
                "mig.unparsable").withHint("mig.hint.unparsable"));
          }
          // asked to go on (tree-sitter's grammar can lag behind rustc): the file stays as it is, and if it names
          // the old runtime it is a checklist item; the other files are migrated
          int named = mentions(text, rules.roots());
          if (named > 0) {
            uses += named;
            pending.add(new Codemod.Manual(e.line(), e.column(), guide.id() + ":unparsable", lineAt(text, e.line()),
                MigrationRules.reason("unparsable", named, guide.from())));
            pendingFiles.add(display);
          }
          continue;
        }
        uses += o.uses();
        automatic += o.automatic();
        needs.addAll(o.needs());
        if (!o.text().equals(text)) {
          files.add(new FileChange(p, display, text, o.text(), o.edits()));
        }
        for (Codemod.Manual x : o.manual()) {
          pending.add(x);
          pendingFiles.add(display);
        }
      }
    }
    List<ManualItem> manual = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Codemod.Manual x = pending.get(i);
      manual.add(new ManualItem(0, x.rule(), pendingFiles.get(i), x.line(), x.column(), x.code(), x.reason()));
    }
    int sourceFiles = files.size();
    manifests(project, rules, r.latest(), needsByMember, files, manual);
    List<ManualItem> numbered = new ArrayList<>();
    manual.sort(java.util.Comparator.comparing(ManualItem::file).thenComparingInt(ManualItem::line)
        .thenComparingInt(ManualItem::column));
    for (ManualItem x : manual) {
      numbered.add(new ManualItem(numbered.size() + 1, x.rule(), x.file(), x.line(), x.column(), x.code(), x.reason()));
    }
    files.sort(java.util.Comparator.comparing(FileChange::display));
    int edits = files.stream().mapToInt(f -> f.edits().size()).sum();
    return new MigrationPlan(guide.id(), guide.from(), guide.to(), project.root(), files, numbered,
        new MigrationPlan.Summary(sources, uses, automatic, uses - automatic, edits));
  }

  /** How many paths of the old runtime's roots the text names ({@code async_std::…}), counted as text. */
  private static int mentions(String text, List<String> roots) {
    int n = 0;
    for (String root : roots) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + root + "\\s*::").matcher(text);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  private static String lineAt(String text, int line) {
    String[] lines = text.split("\r?\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
  }

  /** The unified diff of a plan, relative to the workspace root. */
  public static String diff(MigrationPlan plan) {
    StringBuilder out = new StringBuilder();
    for (FileChange f : plan.files()) {
      out.append(UnifiedDiff.of(f.display(), f.before(), f.after()));
    }
    return out.toString();
  }

  /**
   * Writes a plan. Refuses (exit 2, nothing written) outside a git work tree, and when a file to change has
   * uncommitted changes or is not tracked, unless allowDirty.
   */
  public void apply(MigrationPlan plan, boolean allowDirty) {
    if (plan.files().isEmpty()) {
      return;
    }
    Path root = plan.root();
    String top = git(root, "rev-parse", "--show-toplevel");
    if (top == null) {
      throw InvalidInputException.of(Problem.of(Location.file(root.toString()), "mig.notGit")
          .withHint("mig.hint.notGit"));
    }
    if (!allowDirty) {
      List<String> args = new ArrayList<>(List.of("status", "--porcelain", "--untracked-files=all", "--"));
      plan.files().forEach(f -> args.add(f.file().toString()));
      String status = git(root, args.toArray(String[]::new));
      if (status == null || !status.isBlank()) {
        String first = status == null ? "" : status.lines().findFirst().orElse("").strip();
        throw InvalidInputException.of(Problem.of(Location.file(root.toString()), "mig.dirty", first)
            .withHint("mig.hint.dirty"));
      }
    }
    // Check every file first: a file that changed since it was read is not overwritten.
    for (FileChange f : plan.files()) {
      try {
        if (!Files.readString(f.file(), StandardCharsets.UTF_8).equals(f.before())) {
          throw InvalidInputException.of(Problem.of(Location.file(f.display()), "mig.changed"));
        }
      } catch (IOException e) {
        throw FileErrors.cannotRead(f.display(), e);
      }
    }
    for (FileChange f : plan.files()) {
      try {
        OutputFiles.write(f.file(), f.after());
      } catch (IOException e) {
        throw FileErrors.cannotWrite(f.display(), e);
      }
    }
  }

  private String detect(ProjectFiles project, String to) {
    Set<String> declared = new TreeSet<>();
    for (ProjectFiles.Member m : project.members()) {
      TomlParseResult toml = toml(m.manifest(), m.display());
      for (String candidate : List.of("async-std", "smol", to)) {
        if (declares(toml, candidate)) {
          declared.add(candidate);
        }
      }
    }
    if (declared.contains("async-std") && !to.equals("async-std")) {
      return "async-std";
    }
    if (declared.contains("smol") && !to.equals("smol")) {
      return "smol";
    }
    if (declared.contains(to)) {
      // Already there (a migration done before): the codemod finds nothing left of async-std, or names what is.
      return "async-std";
    }
    throw InvalidInputException.of(Problem.of(Location.file(project.display(project.rootManifest())), "mig.nothing",
        to).withHint("mig.hint.nothing"));
  }

  private MigrationGuide guide(String from, String to) {
    for (MigrationGuide g : pack.code().migrations()) {
      if (g.from().equals(from) && g.to().equals(to) && MigrationRules.knowsSource(from)) {
        return g;
      }
    }
    throw InvalidInputException.of(Problem.of(Location.file("--to"), "mig.noGuide", from, to)
        .withHint("mig.hint.noGuide", String.join(", ", available())));
  }

  private static boolean declares(TomlParseResult toml, String crate) {
    for (TomlTable t : dependencyTables(toml)) {
      if (t.contains(List.of(crate))) {
        return true;
      }
    }
    return false;
  }

  private static List<TomlTable> dependencyTables(TomlParseResult toml) {
    List<TomlTable> out = new ArrayList<>();
    for (String k : List.of("dependencies", "dev-dependencies", "build-dependencies")) {
      if (toml.get(List.of(k)) instanceof TomlTable t) {
        out.add(t);
      }
    }
    if (toml.get(List.of("target")) instanceof TomlTable targets) {
      for (String cfg : targets.keySet()) {
        if (targets.get(List.of(cfg)) instanceof TomlTable target) {
          for (String k : List.of("dependencies", "dev-dependencies", "build-dependencies")) {
            if (target.get(List.of(k)) instanceof TomlTable t) {
              out.add(t);
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean optional(TomlParseResult toml, String crate) {
    for (TomlTable t : dependencyTables(toml)) {
      if (t.get(List.of(crate)) instanceof TomlTable d && Boolean.TRUE.equals(d.get(List.of("optional")))) {
        return true;
      }
    }
    return false;
  }

  private void manifests(ProjectFiles project, MigrationRules rules, boolean latest,
      Map<Path, Set<String>> needsByMember, List<FileChange> files, List<ManualItem> manual) {
    Set<String> all = new TreeSet<>();
    needsByMember.values().forEach(all::addAll);
    Map<Path, String> manifests = new LinkedHashMap<>();
    for (ProjectFiles.Member m : project.members()) {
      manifests.put(m.manifest(), m.display());
    }
    manifests.putIfAbsent(project.rootManifest(), project.display(project.rootManifest()));
    Dependency dep = pack.code().crate(rules.toPackage());
    String version = dep == null ? "*" : latest && dep.latest() != null ? dep.latest() : dep.version();
    for (Map.Entry<Path, String> e : manifests.entrySet()) {
      Path file = e.getKey();
      String display = e.getValue();
      ProjectFiles.Member member = project.memberOf(file);
      Set<String> needs = member != null && member.manifest().equals(file)
          ? needsByMember.getOrDefault(member.dir(), Set.of()) : all;
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw FileErrors.cannotRead(display, ex);
      }
      TomlParseResult toml = toml(file, display);
      if (optional(toml, rules.fromPackage())) {
        manual.add(new ManualItem(0, rules.id() + ":cargo", display, line(text, rules.fromPackage()), 1,
            rules.fromPackage(), reason("feature-gated", rules.fromPackage())));
        continue;
      }
      List<ManifestEditor.Op> ops = new ArrayList<>();
      List<String> features = new ArrayList<>();
      String prefix = rules.toPackage() + "/";
      for (String n : needs) {
        if (n.startsWith(prefix)) {
          features.add(n.substring(prefix.length()));
        }
      }
      ops.add(new ManifestEditor.ReplaceDependency(rules.fromPackage(), rules.toPackage(), version, features));
      for (ApiMapping c : rules.cargo()) {
        if (c.from().contains("/") && c.to() != null && c.to().contains("/")) {
          String crate = c.from().substring(0, c.from().indexOf('/'));
          ops.add(new ManifestEditor.RenameFeature(crate, c.from().substring(crate.length() + 1),
              c.to().substring(c.to().indexOf('/') + 1)));
        } else if (c.kind() == MappingKind.MANUAL && !c.from().contains("/") && declares(toml, c.from())) {
          manual.add(new ManualItem(0, rules.ruleId(c), display, line(text, c.from()), 1, c.from(),
              reason("library", c.from(), c.note() == null ? LocalizedText.same("") : c.note())));
        }
      }
      ManifestEditor.Result result = ManifestEditor.edit(text, ops);
      for (ManifestEditor.Change u : result.unsupported()) {
        manual.add(new ManualItem(0, rules.id() + ":cargo", display, u.line(), 1, codeLine(text, u.line()),
            LocalizedText.same(u.description())));
      }
      if (!result.text().equals(text)) {
        List<Edit> edits = new ArrayList<>();
        for (ManifestEditor.Change c : result.changes()) {
          edits.add(new Edit(rules.id() + ":cargo", c.line(), 1, c.line(), 1, codeLine(text, c.line()),
              c.description()));
        }
        files.add(new FileChange(file, display, text, result.text(), edits));
      }
    }
  }

  private static LocalizedText reason(String id, Object... args) {
    return dev.rta.migrate.MigrationRules.reason(id, args);
  }

  private static int line(String text, String crate) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith(crate + " ") || l.startsWith(crate + "=") || l.startsWith("\"" + crate + "\"")
          || l.contains("dependencies." + crate + "]")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static String codeLine(String text, int line) {
    String[] lines = text.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
  }

  private static TomlParseResult toml(Path file, String display) {
    try {
      TomlParseResult r = Toml.parse(file);
      if (r.hasErrors()) {
        var err = r.errors().get(0);
        throw InvalidInputException.of(Problem.of(new Location(display, err.position().line(),
            err.position().column()), "mig.toml", err.getMessage()));
      }
      return r;
    } catch (IOException e) {
      throw FileErrors.cannotRead(display, e);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "mig.toml", String.valueOf(e.getMessage())));
    }
  }

  private static @Nullable String readSource(Path p, String display) {
    try {
      if (Files.size(p) > MAX_SOURCE) {
        return null;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readNBytes((int) MAX_SOURCE + 1);
      }
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "mig.notUtf8"));
    } catch (IOException e) {
      throw FileErrors.cannotRead(display, e);
    }
  }

  /** Runs git in the directory; its output, or null when it fails or is missing. */
  private static @Nullable String git(Path dir, String... args) {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
