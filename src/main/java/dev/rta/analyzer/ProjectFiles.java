package dev.rta.analyzer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The files of a Cargo workspace that a codemod may change: each member's manifest and Rust sources, found as the
 * analyzer finds the workspace (the nearest Cargo.toml, the workspace that claims it, its members). A member's
 * sources are the files under its target directories ({@code src/}, {@code tests/}, {@code examples/},
 * {@code benches/}, {@code build.rs}); a nested directory with a Cargo.toml of its own, {@code target/} and links are
 * never entered.
 */
public final class ProjectFiles {
  private static final List<String> SOURCE_DIRS = List.of("src", "tests", "examples", "benches");

  /**
   * A member of the workspace.
   *
   * @param name the package name
   * @param dir its directory
   * @param manifest its Cargo.toml
   * @param display the manifest's path relative to the workspace root
   */
  public record Member(String name, Path dir, Path manifest, String display) {}

  private final Workspace ws;

  private ProjectFiles(Workspace ws) {
    this.ws = ws;
  }

  /** Reads the workspace holding the path (a directory or a Cargo.toml); user errors are InvalidInputException. */
  public static ProjectFiles read(Path start) {
    return new ProjectFiles(Workspace.read(start));
  }

  public Path root() {
    return ws.root();
  }

  /** The root Cargo.toml. */
  public Path rootManifest() {
    return ws.root().resolve("Cargo.toml");
  }

  /** Whether the root manifest has a [workspace] section. */
  public boolean isWorkspace() {
    return ws.rootManifest().workspace() != null;
  }

  /** The members that could be read (a package alone is its own only member). */
  public List<Member> members() {
    List<Member> out = new ArrayList<>();
    for (Manifest m : ws.members()) {
      if (m.name() != null) {
        out.add(new Member(m.name(), m.dir(), m.dir().resolve("Cargo.toml"), m.display()));
      }
    }
    return out;
  }

  /** The path relative to the root, with {@code /}. */
  public String display(Path p) {
    return ws.display(p);
  }

  /** The Rust sources of a member, sorted. */
  public List<Path> sources(Member m) throws IOException {
    List<Path> out = new ArrayList<>();
    Path build = m.dir().resolve("build.rs");
    if (Files.isRegularFile(build, LinkOption.NOFOLLOW_LINKS)) {
      out.add(build);
    }
    for (String d : SOURCE_DIRS) {
      Path dir = m.dir().resolve(d);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path p, BasicFileAttributes attrs) {
          if (!p.equals(dir) && (SourceTree.isPackage(p) || p.getFileName().toString().equals("target"))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && p.getFileName().toString().endsWith(".rs")) {
            out.add(p);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
          throw e;
        }
      });
    }
    out.sort(null);
    return out;
  }

  /** The member whose directory holds the file, or null. */
  public @Nullable Member memberOf(Path file) {
    Member best = null;
    for (Member m : members()) {
      if (file.startsWith(m.dir()) && (best == null || m.dir().getNameCount() > best.dir().getNameCount())) {
        best = m;
      }
    }
    return best;
  }
}
