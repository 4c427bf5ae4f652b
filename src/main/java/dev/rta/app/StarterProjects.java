package dev.rta.app;

import dev.rta.domain.Lang;
import dev.rta.domain.decision.Baseline;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.RuntimeProfile;
import dev.rta.migrate.StarterFile;
import dev.rta.migrate.StarterTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code rta new}: a starter project for a runtime, from the runtime given, from the runtime an answers file leads
 * to, or from the runtime an rta ADR chose. Never replaces a file: a non-empty directory is refused unless forced,
 * and even then every existing file is kept; each new file appears whole or not at all.
 */
public final class StarterProjects {
  private static final Pattern CRATE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
  private static final Pattern FRONT_RUNTIME = Pattern.compile("(?m)^runtime:\\s*\"?([a-z-]+)\"?\\s*$");
  private static final Pattern TITLE = Pattern.compile("(?m)^# (.+)$");

  private final Advisor advisor;
  private final StarterTemplates templates = StarterTemplates.bundled();

  public StarterProjects(Advisor advisor) {
    this.advisor = advisor;
  }

  /**
   * What to create.
   *
   * @param dir the project directory (created when missing)
   * @param runtime the runtime asked for, or null when fromAnswers or fromAdr decides
   * @param fromAnswers an answers file whose recommendation decides the runtime, or null
   * @param fromAdr an ADR written by {@code rta adr} whose runtime is used, or null
   * @param example the example, or null for the runtime's first
   * @param name the package name, or null for the directory's name
   * @param lang the language of the README
   * @param force write into a non-empty directory (existing files are still kept)
   */
  public record Request(Path dir, @Nullable String runtime, @Nullable Path fromAnswers, @Nullable Path fromAdr,
      @Nullable String example, @Nullable String name, Lang lang, boolean force) {}

  /**
   * What was done.
   *
   * @param dir the project directory
   * @param runtime the runtime of the template
   * @param example the example of the template
   * @param name the package name
   * @param written the files created, relative to dir
   * @param kept the files that existed and were left as they were, relative to dir
   */
  public record Result(Path dir, String runtime, String example, String name, List<String> written, List<String> kept) {
    public Result {
      written = List.copyOf(written);
      kept = List.copyOf(kept);
    }
  }

  /** A request rta cannot carry out because of the user's input: a message key, a hint key (or null), arguments. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final @Nullable String hintKey;
    private final transient Object[] args;

    Refused(String key, @Nullable String hintKey, Object... args) {
      super(key);
      this.key = key;
      this.hintKey = hintKey;
      this.args = args.clone();
    }

    public String key() {
      return key;
    }

    public @Nullable String hintKey() {
      return hintKey;
    }

    public Object[] args() {
      return args.clone();
    }
  }

  /** Each runtime with the examples it has templates for, the default first. */
  public Map<String, List<String>> catalog() {
    return templates.catalog();
  }

  /** Creates the project. */
  public Result create(Request request) {
    int sources = (request.runtime() == null ? 0 : 1) + (request.fromAnswers() == null ? 0 : 1)
        + (request.fromAdr() == null ? 0 : 1);
    if (sources != 1) {
      throw new Refused("err.new.source", "hint.new.source");
    }
    String why;
    String runtime;
    if (request.runtime() != null) {
      runtime = request.runtime().toLowerCase(Locale.ROOT);
      checkRuntime(runtime);
      why = dev.rta.domain.Messages.get(request.lang(), "new.why.runtime", displayName(runtime), runtime);
    } else if (request.fromAnswers() != null) {
      Path file = request.fromAnswers();
      Decision d = advisor.recommend(advisor.readAnswers(file), Baseline.CURRENT);
      if (d.primary() == null) {
        throw new Refused("err.new.noDecision", "hint.new.noDecision", file);
      }
      runtime = d.primary();
      checkRuntime(runtime);
      why = dev.rta.domain.Messages.get(request.lang(), "new.why.answers", displayName(runtime), slashes(file.toString()));
    } else {
      Path adr = request.fromAdr();
      runtime = runtimeOfAdr(adr);
      checkRuntime(runtime);
      why = dev.rta.domain.Messages.get(request.lang(), "new.why.adr", displayName(runtime), adr.getFileName(),
          link(request.dir(), adr));
    }
    List<String> examples = templates.catalog().get(runtime);
    String example = request.example() == null ? examples.get(0) : request.example().toLowerCase(Locale.ROOT);
    if (!templates.has(runtime, example)) {
      throw new Refused("err.new.example", "hint.new.example", runtime, example, combinations());
    }
    Path dir = request.dir();
    String name = request.name() != null ? request.name() : nameOf(dir);
    if (!CRATE_NAME.matcher(name).matches()) {
      throw new Refused("err.new.name", "hint.new.name", name);
    }
    checkDirectory(dir, request.force());

    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("crate", name);
    values.put("runtime_name", displayName(runtime));
    RuntimeProfile profile = advisor.pack().runtime(runtime);
    values.put("positioning", profile == null ? runtime : profile.overview().positioning().in(request.lang()));
    values.put("why", why);
    KnowledgePack pack = advisor.pack();
    List<StarterFile> files = templates.expand(runtime, example, request.lang(), values, c -> pack.code().crate(c));

    List<String> written = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (StarterFile f : files) {
      if (writeNew(dir, f)) {
        written.add(f.path());
      } else {
        kept.add(f.path());
      }
    }
    return new Result(dir, runtime, example, name, written, kept);
  }

  private void checkRuntime(String runtime) {
    if (!templates.catalog().containsKey(runtime)) {
      throw new Refused("err.new.runtime", "hint.new.runtime", runtime, combinations());
    }
  }

  /** "tokio: echo, http, timers, grpc; smol: echo, timers; embassy: timers". */
  private String combinations() {
    List<String> parts = new ArrayList<>();
    templates.catalog().forEach((r, ex) -> parts.add(r + ": " + String.join(", ", ex)));
    return String.join("; ", parts);
  }

  private String displayName(String runtime) {
    RuntimeProfile p = advisor.pack().runtime(runtime);
    return p == null ? runtime : p.name();
  }

  private static String nameOf(Path dir) {
    Path file = dir.toAbsolutePath().normalize().getFileName();
    return file == null ? "" : file.toString();
  }

  private static void checkDirectory(Path dir, boolean force) {
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
      throw new Refused("err.new.notDir", null, dir);
    }
    if (Files.isDirectory(dir) && !force) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new Refused("err.new.notEmpty", "hint.new.notEmpty", dir);
        }
      } catch (IOException e) {
        throw new Refused("err.new.read", null, dir, String.valueOf(e.getMessage()));
      }
    }
  }

  /** Writes the file unless one exists: a temporary file beside it, then a hard link that fails when the name is taken. */
  private static boolean writeNew(Path dir, StarterFile f) {
    Path target = dir.resolve(f.path());
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".rta-new", ".tmp");
      try {
        Files.writeString(tmp, f.content(), StandardCharsets.UTF_8);
        try {
          Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
          return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
          if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
          }
          Files.move(tmp, target);
        }
        return true;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new Refused("err.new.write", null, target, String.valueOf(e.getMessage()));
    }
  }

  /** The runtime of an rta ADR: {@code runtime:} in its front matter, else the runtime its title names. */
  private String runtimeOfAdr(Path adr) {
    String text;
    try {
      text = Files.readString(adr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Refused("err.new.read", null, adr, String.valueOf(e.getMessage()));
    }
    if (text.startsWith("---")) {
      int end = text.indexOf("\n---", 3);
      if (end > 0) {
        Matcher m = FRONT_RUNTIME.matcher(text.substring(0, end));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    Matcher title = TITLE.matcher(text);
    if (title.find()) {
      String t = title.group(1).toLowerCase(Locale.ROOT);
      // The longest name first, so that "async-std" is not read as something shorter.
      List<RuntimeProfile> runtimes = new ArrayList<>(advisor.pack().runtimes());
      runtimes.sort((a, b) -> Integer.compare(b.id().length(), a.id().length()));
      for (RuntimeProfile r : runtimes) {
        if (r.candidate() && (t.contains(r.id()) || t.contains(r.name().toLowerCase(Locale.ROOT)))) {
          return r.id();
        }
      }
    }
    throw new Refused("err.new.adrRuntime", "hint.new.adrRuntime", adr);
  }

  /** The ADR as a link from the project's README: relative to the project directory, with / separators. */
  private static String link(Path dir, Path adr) {
    Path from = dir.toAbsolutePath().normalize();
    Path to = adr.toAbsolutePath().normalize();
    try {
      return slashes(from.relativize(to).toString());
    } catch (IllegalArgumentException differentRoots) {
      return slashes(to.toString());
    }
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
