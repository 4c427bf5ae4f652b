package dev.rta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. A missing file is written and the test fails
 * ("git add it"); {@code -Dgolden.update=true} rewrites them all. Review the diff either way.
 */
public final class Golden {
  public static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    String normalized = actual.replace("\r\n", "\n");
    boolean update = Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    try {
      if (update || !Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalized, StandardCharsets.UTF_8);
        if (!update) {
          fail("wrote missing golden file " + file + "; review it and don't forget to `git add` it");
        }
        return;
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(normalized).as("golden file %s (regenerate with -Dgolden.update=true and review the diff)", file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
