package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One layer of a runtime's architecture diagram; its components are names or texts in both languages. */
public record Layer(LocalizedText name, List<LocalizedText> components, @Nullable LocalizedText note) {
  public Layer {
    components = List.copyOf(components);
  }
}
