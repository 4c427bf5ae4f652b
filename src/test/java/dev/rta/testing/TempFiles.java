package dev.rta.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of a project a test builds in its temp directory. */
public final class TempFiles {
  private TempFiles() {}

  /** Writes {@code content} (UTF-8) to {@code relative} under {@code dir}, creating the directories. */
  public static Path write(Path dir, String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
