package dev.rta.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.pack.KnowledgePack;
import org.junit.jupiter.api.Test;

class PackLoaderTest {
  @Test
  void loadsTheBundledPack() {
    KnowledgePack pack = PackLoader.bundled();
    assertThat(pack.candidates()).containsExactly("tokio", "async-std", "smol", "embassy");
  }
}
