package dev.rta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code rta adr}: a directory of numbered decision records ({@code NNNN-slug.md}, as MADR keeps them). A record
 * takes the next free number; an existing file is never replaced, and two writers at once get different numbers.
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

  /** Writes {@code NNNN-slug.md} with the next free number and returns its path. */
  public Path write(String slug, String content) throws IOException {
    Files.createDirectories(dir);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int next = nextNumber() + attempt;
      Path target = dir.resolve(String.format("%04d-%s.md", next, slug));
      Path tmp = Files.createTempFile(dir, ".rta-adr", ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
          // A hard link fails when the name is taken: the number is reserved atomically.
          Files.createLink(target, tmp);
        } catch (UnsupportedOperationException | IOException linkFailed) {
          if (linkFailed instanceof FileAlreadyExistsException) {
            continue;
          }
          Files.move(tmp, target);
        }
        return target;
      } catch (FileAlreadyExistsException e) {
        // another writer took this number: try the next one
      } finally {
        Files.deleteIfExists(tmp);
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
