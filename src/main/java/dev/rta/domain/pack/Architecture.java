package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.util.List;

/** A runtime's architecture diagram (架构特点), top layer first. */
public record Architecture(LocalizedText title, List<Layer> layers) {
  public Architecture {
    layers = List.copyOf(layers);
  }
}
