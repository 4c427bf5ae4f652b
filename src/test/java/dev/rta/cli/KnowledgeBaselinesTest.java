package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.knowledge.PackLoader;
import dev.rta.testing.Cli;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --baseline seed} shows the document and nothing of the corrections layer; {@code --baseline current}
 * shows the corrected knowledge in place, where the document's words stood.
 */
class KnowledgeBaselinesTest {
  private static final KnowledgePack PACK = PackLoader.bundled();

  static Stream<Arguments> seedOutputs() {
    List<List<String>> commands = new ArrayList<>();
    for (String runtime : List.of("tokio", "async-std", "smol", "embassy", "futures")) {
      commands.add(List.of("explain", runtime));
    }
    commands.add(List.of("compare", "tokio", "async-std", "smol", "embassy"));
    commands.add(List.of("tree"));
    commands.add(List.of("tree", "--set", "platform=server", "--set", "high-throughput=false", "--set", "std-api=true"));
    for (String format : List.of("text", "markdown")) {
      commands.add(List.of("recommend", "--format", format, "--set", "platform=server", "--set", "high-throughput=false",
          "--set", "std-api=true", "--set", "features=signals,file-io", "--set", "libraries=redis,tracing"));
      commands.add(List.of("recommend", "--format", format, "--set", "hard-realtime=true", "--set", "platform=embedded"));
    }
    List<Arguments> out = new ArrayList<>();
    for (List<String> c : commands) {
      for (Lang lang : Lang.values()) {
        out.add(Arguments.of(lang, c));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("seedOutputs")
  void theSeedBaselineShowsTheDocumentOnly(Lang lang, List<String> command) {
    List<String> args = new ArrayList<>(List.of("--lang", lang.code()));
    args.addAll(command);
    args.addAll(List.of("--baseline", "seed"));
    String out = Cli.run(args.toArray(String[]::new)).out();
    List<String> layer = new ArrayList<>();
    for (Advisory a : PACK.advisories()) {
      layer.add(a.id());
      layer.add(a.title().in(lang));
    }
    for (Correction c : PACK.corrections()) {
      layer.add(c.current().in(lang));
    }
    layer.add(Messages.get(lang, "explain.corrections"));
    layer.add(Messages.get(lang, "explain.corrected", ""));
    layer.add(Messages.get(lang, "explain.baseLayer"));
    layer.add(Messages.get(lang, "text.changed"));
    layer.add(Messages.get(lang, "text.trace.corrected", ""));
    layer.add(Messages.get(lang, "compare.corrected"));
    layer.add(Messages.get(lang, "text.advisories"));
    assertThat(layer).noneMatch(out::contains);
  }

  @Test
  void asyncStdsSuitabilityIsCorrectedInPlace() {
    String seed = Cli.run("explain", "async-std", "--baseline", "seed").out();
    assertThat(seed).contains("  ✅ small and medium web services\n");
    String current = Cli.run("explain", "async-std").out();
    assertThat(scenarios(current)).doesNotContain("✅");
    assertThat(current).contains("  ❌ small and medium web services (tide is unmaintained; use Tokio with axum, or smol)"
            + "  [corrected: tide-unmaintained]\n")
        .contains("  ❌ new projects that want a std-style API (use smol)  [corrected: async-std-discontinued]\n");
    assertThat(Cli.run("--lang", "zh", "explain", "async-std").out())
        .contains("  ❌ 中小型Web服务（tide 已无人维护；改用 Tokio + axum，或 smol）  [已更正：tide-unmaintained]\n");
  }

  @Test
  void tokiosIoUringIsMarkedUnstableAndFsOnlyInItsLayers() {
    assertThat(Cli.run("explain", "tokio", "--baseline", "seed").out())
        .contains("  I/O driver layer: epoll/kqueue, io_uring, Event Loop\n");
    assertThat(Cli.run("explain", "tokio").out())
        .contains("  I/O driver layer: epoll/kqueue/IOCP (mio), io_uring (unstable; tokio::fs only, Linux only), Event Loop"
            + "  [corrected: tokio-architecture]\n")
        .contains("  • LTS lines: 1.51.x until 2027-03 (1.47.x ended 2026-09); pin with ~1.51  [corrected: tokio-lts]\n");
  }

  @Test
  void smolsReactorBackendsAndEmbassysCratesAreTheRealOnes() {
    assertThat(Cli.run("explain", "smol").out())
        .contains("  platform abstraction: epoll/kqueue/event ports/poll/IOCP (polling; no WASI), ...  [corrected: smol-reactor]\n");
    String out = Cli.run("explain", "embassy").out();
    String embassy = out.substring(0, out.indexOf(Messages.get(Lang.EN, "explain.corrections")));
    assertThat(embassy).doesNotContain("embassy-ble").doesNotContain("embassy-lorawan").doesNotContain("SMP")
        .contains("interrupt-mode executor (executor-interrupt, Cortex-M)");
  }

  @Test
  void compareShowsTheCorrectedScenariosAndMarksThem() {
    String current = Cli.run("compare", "tokio", "async-std", "--width", "300").out();
    assertThat(current).contains("small and medium web services (tide is unmaintained;").contains("long-lived projects (discontinued)*")
        .endsWith(Messages.get(Lang.EN, "compare.corrected") + "\n");
  }

  /** The scenarios section of a runtime's profile. */
  private static String scenarios(String profile) {
    int from = profile.indexOf("Scenarios\n");
    return profile.substring(from, profile.indexOf("\n\n", from));
  }
}
