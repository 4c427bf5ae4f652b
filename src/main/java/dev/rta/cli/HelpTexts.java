package dev.rta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The Chinese usage help (picocli reads it with qualified keys such as {@code rta.recommend.set}). */
final class HelpTexts {
  private HelpTexts() {}

  static ResourceBundle zh() {
    try (InputStream in = HelpTexts.class.getResourceAsStream("/dev/rta/cli/help_zh.properties")) {
      if (in == null) {
        throw new IllegalStateException("help_zh.properties is missing; this is a bug in rta");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
