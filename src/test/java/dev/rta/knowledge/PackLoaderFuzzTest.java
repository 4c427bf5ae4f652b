package dev.rta.knowledge;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Lang;
import dev.rta.domain.Problem;
import dev.rta.testing.TestPacks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the pack loader: a copy of the bundled pack with one file replaced. The first byte of the input chooses the
 * file ({@link PackLoader#FILES}, modulo their number), the rest is its new content. The property: the pack loads or
 * fails with an {@link InvalidInputException} (exit 2) whose problems can be printed, never another exception.
 *
 * <p>Seeds and crashes once found: {@code src/test/resources/dev/rta/knowledge/PackLoaderFuzzTestInputs/pack/}.
 */
class PackLoaderFuzzTest {
  @TempDir static Path dir;
  private static String replaced;

  @FuzzTest(maxDuration = "20s")
  void pack(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    if (replaced == null) {
      TestPacks.copy(dir);
    } else { // put back the file the last input replaced
      try (InputStream in = PackLoaderFuzzTest.class.getResourceAsStream("/dev/rta/knowledge/pack/" + replaced)) {
        Files.write(dir.resolve(replaced), in.readAllBytes());
      }
    }
    replaced = PackLoader.FILES.get((input[0] & 0xff) % PackLoader.FILES.size());
    Files.write(dir.resolve(replaced), Arrays.copyOfRange(input, 1, input.length));
    try {
      PackLoader.fromDirectory(dir);
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        p.format(Lang.EN);
        p.format(Lang.ZH);
      }
    }
  }
}
