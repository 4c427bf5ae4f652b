package dev.rta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void aLocalizedArgumentIsPrintedInTheMessagesLanguageNeverAsAJavaObject() {
    LocalizedText reason = LocalizedText.of("is a directory", "是一个目录");
    assertThat(Messages.get(Lang.EN, "err.cli.cannotWrite", "out", reason)).isEqualTo("cannot write out: is a directory");
    assertThat(Messages.get(Lang.ZH, "err.cli.cannotWrite", "out", reason)).isEqualTo("无法写入 out：是一个目录");
  }
}
