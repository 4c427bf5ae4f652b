package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;
import java.util.List;

/**
 * A code example of the document, in both layers.
 *
 * @param id e.g. {@code tcp-echo.tokio}
 * @param group the comparison it belongs to, e.g. {@code tcp-echo}
 * @param runtimes the runtimes it uses
 * @param source the document section it comes from
 * @param heading the document's headings above the code block, outermost first
 * @param title what it is
 * @param prose what it shows
 * @param seed the document's code
 * @param current the code against today's APIs, with what changed
 */
public record CodeExample(
    String id,
    String group,
    List<String> runtimes,
    String source,
    List<String> heading,
    LocalizedText title,
    LocalizedText prose,
    ExampleLayer seed,
    ExampleLayer current) {
  public CodeExample {
    requireNonNull(id, "id");
    runtimes = List.copyOf(runtimes);
    heading = List.copyOf(heading);
  }

  public ExampleLayer layer(boolean seedBaseline) {
    return seedBaseline ? seed : current;
  }
}
