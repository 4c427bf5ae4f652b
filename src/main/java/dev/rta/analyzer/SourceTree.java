package dev.rta.analyzer;

import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of the file system the analyzer may read: files whose real path (links resolved) lies inside the workspace
 * root. A link inside the workspace is followed; a link out of it is not, and is named in the problems. A path that
 * names something that cannot be read as a source (a link to nothing, a FIFO, a device, a name longer than the system
 * allows, no permission) is counted and named; a symbolic link loop is counted. Nothing here is fatal.
 */
final class SourceTree {
  /** Longer file names are shortened in problems. */
  private static final int SHOWN = 160;

  private final Workspace ws;
  private final @Nullable Path realRoot;
  private final SourceScanner.Stats stats;

  SourceTree(Workspace ws, SourceScanner.Stats stats) {
    this.ws = ws;
    this.stats = stats;
    Path real;
    try {
      real = ws.root().toRealPath();
    } catch (IOException e) {
      real = null; // the root vanished since its Cargo.toml was read: nothing is inside it
    }
    this.realRoot = real;
  }

  /** Whether a real path lies inside the workspace. */
  boolean inside(Path real) {
    return realRoot != null && real.startsWith(realRoot);
  }

  /**
   * The real path of a source file to read, or null: when nothing is at the path (a module behind a cfg, an absent
   * default target) silently; else counted or named in the problems.
   */
  @Nullable Path file(Path p) {
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      unreadable(p, e);
      return null;
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException e) {
      unreadable(p, own.isSymbolicLink() ? "an.source.why.dangling" : "an.source.why.missing");
      return null;
    } catch (IOException e) {
      unreadable(p, e);
      return null;
    }
    if (!inside(real)) {
      outside(p, real);
      return null;
    }
    try {
      if (!Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
        unreadable(p, "an.source.why.notFile");
        return null;
      }
    } catch (IOException e) {
      unreadable(p, e);
      return null;
    }
    return real;
  }

  /** The file to read for a file a target or module names, or null (see {@link #file}). */
  SourceScanner.@Nullable SourceFile source(String member, boolean test, Path named, Path moduleDir) {
    Path real = file(named);
    return real == null ? null : new SourceScanner.SourceFile(member, real, ws.display(named), test, named, moduleDir);
  }

  /**
   * The entries of a directory of the workspace, sorted by name; none when it is not there or not a directory. A
   * directory whose real path lies outside the workspace is not listed, and is named.
   */
  List<Path> list(Path dir) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      return List.of();
    }
    if (!inside(real)) {
      outside(dir, real);
      return List.of();
    }
    if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    } catch (IOException | RuntimeException e) {
      unreadable(dir, e instanceof IOException io ? io : new IOException(e));
      return List.of();
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }

  /**
   * Whether the path is a directory inside the workspace (through links inside it). A link out of the workspace is
   * not looked through: in tests/ or examples/ it is more likely data than a target.
   */
  boolean isDirectory(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isSymbolicLink()) {
        return a.isDirectory();
      }
      Path real = p.toRealPath();
      return inside(real) && Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a directory may be read: its real path lies inside the workspace (else it is named). */
  boolean enter(Path dir) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      return false;
    }
    if (!inside(real)) {
      outside(dir, real);
      return false;
    }
    return true;
  }

  /** Whether a directory holds a package of its own (a Cargo.toml): never another member's or package's source. */
  static boolean isPackage(Path dir) {
    return Files.exists(dir.resolve("Cargo.toml"), LinkOption.NOFOLLOW_LINKS);
  }

  /** A file that was found but could not be read (it vanished, or reading failed): counted and named. */
  void unreadable(Path p, IOException e) {
    if (e instanceof FileSystemLoopException || loop(e)) {
      stats.skippedLoops++;
      return;
    }
    String why = e instanceof AccessDeniedException ? "an.source.why.denied"
        : tooLong(e) ? "an.source.why.tooLong"
        : e instanceof NoSuchFileException ? "an.source.why.missing"
        : null;
    if (why != null) {
      unreadable(p, why);
    } else {
      stats.skippedUnreadable++;
      stats.problems.add(Problem.of(where(p), "an.source.unreadable",
          dev.rta.domain.Messages.text("an.source.why.io", reason(e))));
    }
  }

  private void unreadable(Path p, String why) {
    stats.skippedUnreadable++;
    stats.problems.add(Problem.of(where(p), "an.source.unreadable", dev.rta.domain.Messages.text(why)));
  }

  private void outside(Path p, Path real) {
    stats.problems.add(Problem.of(where(p), "an.source.outside", shorten(real.toString()))
        .withHint("an.hint.source.outside"));
  }

  private Location where(Path p) {
    return Location.file(shorten(ws.display(p)));
  }

  private static boolean loop(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links");
  }

  private static boolean tooLong(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("too long");
  }

  private static String reason(IOException e) {
    String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    return r == null ? e.getClass().getSimpleName() : shorten(r);
  }

  static String shorten(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN / 2) + "…" + s.substring(s.length() - SHOWN / 2);
  }
}
