package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One change from the document's code to the current code, and why; it cites at least one of
 * a correction, a section of the research notes or a primary source.
 *
 * @param what what changed
 * @param why why it had to
 * @param correction the id of the correction (corrections.yaml) that states the fact
 * @param facts where the research notes (facts.md) state it, e.g. {@code §5 #18}
 * @param source a primary source (repository path, tool)
 */
public record CodeChange(
    LocalizedText what, LocalizedText why, @Nullable String correction, @Nullable String facts, @Nullable String source) {
  public CodeChange {
    requireNonNull(what, "what");
    requireNonNull(why, "why");
  }
}
