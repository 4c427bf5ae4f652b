package dev.rta.testing;

import dev.rta.knowledge.PackLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the bundled knowledge pack, to break on purpose. */
public final class TestPacks {
  private TestPacks() {}

  public static Path copy(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String file : PackLoader.FILES) {
        try (InputStream in = TestPacks.class.getResourceAsStream("/dev/rta/knowledge/pack/" + file)) {
          Files.copy(in, dir.resolve(file));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces text in one file of a pack; fails when the text is not there. */
  public static void edit(Path dir, String file, String from, String to) {
    try {
      Path p = dir.resolve(file);
      String s = Files.readString(p, StandardCharsets.UTF_8);
      if (!s.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain: " + from);
      }
      Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
