package dev.rta.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code rta adr}: a directory of numbered decision records ({@code NNNN-slug.md}, as MADR keeps them). A record
 * takes the next free number; an existing file is never replaced, and writers at the same time — in one process or
 * several — get different numbers, whatever their slugs.
 */
public final class DecisionRecords {
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{4})-.*");
  private static final int ATTEMPTS = 100;

  private final Path dir;

  public DecisionRecords(Path dir) {
    this.dir = dir;
  }

  /** No free number was found after many attempts (other writers keep taking them). */
  public static final class NoFreeNumber extends IOException {
    private static final long serialVersionUID = 1L;

    NoFreeNumber(Path dir) {
      super(dir.toString());
    }
  }

  /**
   * Writes {@code NNNN-slug.md} with the next free number and returns its path. The number is reserved by creating
   * {@code .NNNN.lock} (create-new: one writer wins, the others move on to the next number); holding it, the writer
   * looks again for a record with that number written meanwhile, then writes the record (atomically, like every
   * output) and lets the reservation go.
   */
  public Path write(String slug, String content) throws IOException {
    Files.createDirectories(dir);
    int number = nextNumber();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Path lock = dir.resolve(String.format(".%04d.lock", number));
      try {
        Files.createFile(lock);
      } catch (FileAlreadyExistsException taken) {
        number++;
        continue;
      }
      try {
        int next = nextNumber();
        if (next > number) {
          number = next; // a record with this number (or a later one) appeared since the listing
          continue;
        }
        Path target = dir.resolve(String.format("%04d-%s.md", number, slug));
        OutputFiles.write(target, content);
        return target;
      } finally {
        Files.deleteIfExists(lock);
      }
    }
    throw new NoFreeNumber(dir);
  }

  private int nextNumber() throws IOException {
    int max = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Matcher m = NUMBERED.matcher(p.getFileName().toString());
        if (m.matches()) {
          max = Math.max(max, Integer.parseInt(m.group(1)));
        }
      }
    }
    return max + 1;
  }
}
