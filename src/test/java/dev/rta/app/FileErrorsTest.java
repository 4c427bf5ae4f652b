package dev.rta.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.Lang;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words of a failed read or write. The tests run as root in CI, where no file is unreadable, so the reasons
 * are proven here from the exceptions Java throws for them rather than from real files.
 */
class FileErrorsTest {
  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of(new AccessDeniedException("/x/Cargo.toml"), "permission denied", "权限不足"),
        Arguments.of(new NoSuchFileException("/x/Cargo.toml"), "no such file or directory", null),
        Arguments.of(new FileSystemException("/x", null, "Is a directory"), "is a directory", null),
        Arguments.of(new FileSystemException("/x", null, "No space left on device"), "no space left on device", null),
        Arguments.of(new IOException("Read-only file system"), "read-only file system", null),
        Arguments.of(new IOException("Something else"), "something else", "something else"));
  }

  @ParameterizedTest
  @MethodSource("reasons")
  void saysWhyInWordsNotJavas(IOException e, String english, String chinese) {
    assertThat(FileErrors.reason(e).in(Lang.EN)).isEqualTo(english);
    if (chinese != null) {
      assertThat(FileErrors.reason(e).in(Lang.ZH)).isEqualTo(chinese);
    } else {
      assertThat(FileErrors.reason(e).in(Lang.ZH)).doesNotContainPattern("[A-Za-z]");
    }
  }
}
