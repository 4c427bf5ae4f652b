package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.pack.KnowledgePack;
import org.jspecify.annotations.Nullable;

/** What every renderer of text needs: the output language, the messages, the pack's names. */
abstract class LocalizedRenderer {
  protected final KnowledgePack pack;
  protected final Lang lang;

  LocalizedRenderer(KnowledgePack pack, Lang lang) {
    this.pack = pack;
    this.lang = lang;
  }

  /** A message in the output language. */
  protected final String m(String key, Object... args) {
    return Messages.get(lang, key, args);
  }

  /** A text of the pack or the engine in the output language ("" for none). */
  protected final String t(@Nullable LocalizedText text) {
    return text == null ? "" : text.in(lang);
  }

  /** A runtime's display name. */
  protected final String name(String runtime) {
    return pack.runtimeName(runtime);
  }
}
