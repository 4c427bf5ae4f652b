package dev.rta.domain.pack;

import static java.util.Objects.requireNonNull;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block of code with the Cargo dependencies it needs.
 *
 * @param lang {@code rust} or {@code toml}
 * @param code the code, ending with a newline
 * @param role before or after, in a migration step; null elsewhere
 * @param caption a heading for the block, where a layer has several
 * @param target the Rust target triple when it is not the host (embedded code)
 * @param dependencies what the code needs in Cargo.toml
 */
public record CodeBlock(
    String lang,
    String code,
    @Nullable BlockRole role,
    @Nullable LocalizedText caption,
    @Nullable String target,
    List<Dependency> dependencies) {
  public CodeBlock {
    requireNonNull(lang, "lang");
    requireNonNull(code, "code");
    dependencies = List.copyOf(dependencies);
  }
}
