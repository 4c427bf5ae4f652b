package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One layer of a runtime's architecture diagram. */
public record Layer(LocalizedText name, List<String> components, @Nullable LocalizedText note) {
  public Layer {
    components = List.copyOf(components);
  }
}
