package dev.rta.domain.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectedProfileTest {
  private static final LocalizedText WEB = LocalizedText.of("web services", "Web服务");
  private static final LocalizedText CLI = LocalizedText.of("CLI tools", "CLI工具");
  private static final LocalizedText OLD = LocalizedText.of("old projects", "旧项目");

  private static RuntimeProfile profile() {
    Overview overview = new Overview(LocalizedText.same("x"), new Rating(3, LocalizedText.same("x")),
        new Rating(3, LocalizedText.same("x")), LocalizedText.same("x"));
    Architecture arch = new Architecture(LocalizedText.same("arch"), List.of(
        new Layer(LocalizedText.of("I/O layer", "I/O 层"), List.of(LocalizedText.same("epoll"), LocalizedText.same("io_uring")),
            null)));
    return new RuntimeProfile("rt", "Rt", true, overview, arch,
        List.of(new PerfMetric("throughput", 5, LocalizedText.of("fast", "快"))),
        List.of(LocalizedText.of("active", "活跃")),
        new Scenarios(List.of(WEB, CLI).stream().map(t -> new ScenarioNote(t, null)).toList(),
            List.of(new ScenarioNote(OLD, "caution.rt.old")), List.of()),
        List.of());
  }

  private static Correction correction(String id, List<String> affects, Change... changes) {
    return new Correction(id, "§1", "owner/repo: README.md", "https://example.org", LocalDate.of(2026, 1, 1),
        LocalizedText.same("then"), LocalizedText.same("now"), List.of(changes), affects);
  }

  @Test
  void theDocumentsProfileIsShownAsItIs() {
    CorrectedProfile seed = CorrectedProfile.seed(profile());
    assertThat(seed.profile()).isEqualTo(profile());
    assertThat(seed.corrections()).isEmpty();
    assertThat(seed.correction(WEB)).isNull();
  }

  @Test
  void rewritesMovesAddsAndRemovesItemsInPlaceAndRemembersWhichCorrectionDidIt() {
    LocalizedText unstable = LocalizedText.of("io_uring (unstable)", "io_uring（不稳定）");
    LocalizedText legacy = LocalizedText.of("web services (legacy)", "Web服务（遗留）");
    LocalizedText lts = LocalizedText.of("LTS until 2027", "LTS 到 2027");
    Correction layers = correction("layers", List.of(),
        new Change.Profile("rt", ProfilePart.LAYER, "I/O 层", "io_uring", unstable, null),
        new Change.Profile("rt", ProfilePart.ECOSYSTEM, null, null, lts, null));
    Correction web = correction("web", List.of(),
        new Change.Profile("rt", ProfilePart.SCENARIO, "suitable", "Web服务", legacy, Suitability.UNSUITABLE),
        new Change.Profile("rt", ProfilePart.SCENARIO, "caution", "旧项目", null, null),
        new Change.Profile("rt", ProfilePart.PERFORMANCE, "throughput", "快", LocalizedText.of("unverified", "未核实"), null));
    Correction other = correction("other", List.of("someone-else"),
        new Change.Profile("other", ProfilePart.ECOSYSTEM, null, null, lts, null));

    CorrectedProfile now = CorrectedProfile.current(profile(), List.of(layers, web, other));

    RuntimeProfile p = now.profile();
    assertThat(p.architecture().layers().get(0).components()).containsExactly(LocalizedText.same("epoll"), unstable);
    assertThat(p.ecosystem()).containsExactly(LocalizedText.of("active", "活跃"), lts);
    assertThat(p.scenarios().suitable()).extracting(ScenarioNote::text).containsExactly(CLI);
    assertThat(p.scenarios().caution()).isEmpty();
    assertThat(p.scenarios().unsuitable()).extracting(ScenarioNote::text).containsExactly(legacy);
    assertThat(p.performance().get(0).note().en()).isEqualTo("unverified");
    assertThat(now.correction(unstable)).isEqualTo("layers");
    assertThat(now.correction(legacy)).isEqualTo("web");
    assertThat(now.correction(CLI)).isNull();
    assertThat(now.corrections()).extracting(Correction::id).containsExactly("layers", "web");
  }

  @Test
  void aRewriteInTheSameListKeepsTheItemsPlaceAndRule() {
    LocalizedText older = LocalizedText.of("old projects (discontinued)", "旧项目（已停止维护）");
    CorrectedProfile now = CorrectedProfile.current(profile(), List.of(correction("c", List.of(),
        new Change.Profile("rt", ProfilePart.SCENARIO, "suitable", "Web服务", LocalizedText.of("web", "网"), null),
        new Change.Profile("rt", ProfilePart.SCENARIO, "caution", "旧项目", older, null))));
    assertThat(now.profile().scenarios().suitable()).extracting(n -> n.text().en()).containsExactly("web", "CLI tools");
    assertThat(now.profile().scenarios().caution()).containsExactly(new ScenarioNote(older, "caution.rt.old"));
  }
}
