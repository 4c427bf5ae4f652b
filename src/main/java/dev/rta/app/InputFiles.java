package dev.rta.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what a user hands rta — a file, a FIFO, standard input — never more than a limit, so that {@code /dev/zero}
 * or a runaway generator ends in a clear error instead of a hang or an out-of-memory crash.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The input is larger than the limit (only the limit and one byte more were read). */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final int limit;

    TooLarge(int limit) {
      super("larger than " + size(limit));
      this.limit = limit;
    }

    /** The limit, in words: "1 MiB". */
    public String limit() {
      return size(limit);
    }
  }

  /** The file's bytes; a directory, an unreadable file or more than {@code limit} bytes is an IOException. */
  public static byte[] read(Path file, int limit) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "Is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, limit);
    }
  }

  /** At most {@code limit} bytes of the stream, reading at most one more to tell that there are more. */
  public static byte[] read(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw new TooLarge(limit);
    }
    return bytes;
  }

  /** A size in words: "1 MiB", "64 KiB", "100 bytes". */
  public static String size(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return bytes / (1 << 20) + " MiB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return bytes / (1 << 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
