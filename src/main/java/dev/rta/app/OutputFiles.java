package dev.rta.app;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes rta's output files the way the tools users trust do, for every front end.
 *
 * <ul>
 *   <li>A symbolic link is written through to its target (a chain is followed; a dangling link creates its
 *       target), and stays a link.
 *   <li>A FIFO, a device or a process's descriptor ({@code /proc/self/fd/N}) is opened and written directly: no
 *       temporary file, nothing replaced.
 *   <li>A regular file, or a new one, is written atomically: a temporary file beside it, flushed to disk, then
 *       renamed over it, so a reader sees the old content or the new, never a part. An existing file keeps its
 *       permissions (and, where the user may set them, its owner and group); a new one gets the umask's.
 *   <li>A directory is never replaced.
 * </ul>
 */
public final class OutputFiles {
  /** As many links as Linux follows (MAXSYMLINKS). */
  private static final int MAX_LINKS = 40;
  private static final Path PROC = Path.of("/proc");

  private OutputFiles() {}

  /** Where writing a path lands: the end of its chain of links, and whether it is written in place. */
  private record Target(Path path, boolean inPlace) {}

  /** Writes the text (UTF-8) to the file as described above. */
  public static void write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Target target = target(file);
    if (Files.isDirectory(target.path())) {
      throw new FileSystemException(file.toString(), null, "Is a directory");
    }
    if (target.inPlace()) {
      try (OutputStream out = Files.newOutputStream(target.path(), WRITE, TRUNCATE_EXISTING)) {
        out.write(bytes);
      }
    } else {
      replace(target.path(), bytes);
    }
  }

  /** Whether writing the path would write into a FIFO, a device or a descriptor rather than replace a file. */
  public static boolean inPlace(Path file) {
    try {
      return target(file).inPlace();
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether two paths name the same file, through links (and hard links); a path that cannot be resolved is itself. */
  public static boolean sameFile(Path a, Path b) {
    try {
      Path x = identity(a);
      Path y = identity(b);
      return x.equals(y) || Files.exists(x) && Files.exists(y) && Files.isSameFile(x, y);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** The real path writing {@code file} would touch, whether or not the file exists yet. */
  private static Path identity(Path file) throws IOException {
    Path p = target(file).path();
    if (Files.exists(p)) {
      return p.toRealPath();
    }
    Path parent = p.getParent();
    Path dir = parent != null && Files.isDirectory(parent) ? parent.toRealPath() : parent;
    return dir == null ? p.normalize() : dir.resolve(p.getFileName()).normalize();
  }

  private static Target target(Path file) throws IOException {
    Path p = file.toAbsolutePath();
    for (int hops = 0; hops <= MAX_LINKS; hops++) {
      if (p.startsWith(PROC)) {
        return new Target(p, true); // a descriptor's magic link: its file, whatever that is, as the process has it
      }
      if (!Files.isSymbolicLink(p)) {
        return new Target(p, Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p));
      }
      p = p.resolveSibling(Files.readSymbolicLink(p));
    }
    throw new FileSystemException(file.toString(), null, "Too many levels of symbolic links");
  }

  private static void replace(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    @Nullable PosixFileAttributes kept = Files.exists(target) ? posix(target) : null;
    Path tmp = temporary(dir, target.getFileName().toString(), bytes);
    try {
      if (kept != null) {
        keep(tmp, kept);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new file beside the target holding the bytes, flushed to disk. It is created without explicit permissions,
   * so the umask applies as for any file a tool creates (0644 under umask 022), not 0600.
   */
  private static Path temporary(Path dir, String name, byte[] bytes) throws IOException {
    String stem = "." + name.codePoints().limit(100)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(stem + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      FileChannel channel;
      try {
        channel = FileChannel.open(tmp, CREATE_NEW, WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      try (channel) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
        return tmp;
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
    }
  }

  private static @Nullable PosixFileAttributes posix(Path file) throws IOException {
    try {
      return Files.readAttributes(file, PosixFileAttributes.class);
    } catch (UnsupportedOperationException e) {
      return null; // not a POSIX file system: there is no mode to keep
    }
  }

  /** The replaced file's owner and group (where the user may set them), then its permissions. */
  private static void keep(Path tmp, PosixFileAttributes kept) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.owner().equals(kept.owner())) {
        view.setOwner(kept.owner());
      }
      if (!now.group().equals(kept.group())) {
        view.setGroup(kept.group());
      }
    } catch (IOException e) {
      // Only root may give a file away: the new content then belongs to the user who wrote it, as with cp.
    }
    view.setPermissions(kept.permissions());
  }
}
