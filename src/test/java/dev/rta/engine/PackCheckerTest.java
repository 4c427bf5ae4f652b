package dev.rta.engine;

import dev.rta.domain.pack.PackCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.knowledge.PackLoader;
import dev.rta.testing.Cli;
import dev.rta.testing.TestPacks;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCheckerTest {
  @TempDir Path dir;

  @Test
  void theBundledPackIsComplete() {
    PackCheck r = PackChecker.check(PackLoader.bundled());
    assertThat(r.gaps()).isEmpty();
    assertThat(r.disagreements()).isEmpty();
    assertThat(r.ok()).isTrue();
    // The regions partition the answer space: together they cover every combination, once.
    r.baselines().values().forEach(b -> {
      assertThat(b.flowCovered()).isEqualTo(r.combinations());
      assertThat(b.supportCovered()).isEqualTo(r.combinations());
      assertThat(b.pairs()).isPositive();
    });
    assertThat(r.combinations()).isGreaterThan(BigInteger.TEN.pow(15));
  }

  @Test
  void findsTheDesktopGapWithoutDecisionD1() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "flowchart.yaml",
        "        - {value: \"false\", label: {zh: 否, en: \"no\"}, next: std-compat, decision: D1}\n", "");
    PackCheck r = PackChecker.check(PackLoader.fromDirectory(pack));
    assertThat(r.ok()).isFalse();
    assertThat(r.gaps()).anySatisfy(g -> {
      assertThat(g.problem().en()).contains("no branch at node 'io-multiplexing'");
      assertThat(g.answers()).contains("platform=desktop").contains("io-multiplexing=false");
    });
  }

  @Test
  void findsCombinationsNothingRecommends() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "rules.yaml", "    recommend: [tokio, [async-std, smol], embassy]\n", "    recommend: [embassy]\n");
    PackCheck r = PackChecker.check(PackLoader.fromDirectory(pack));
    assertThat(r.gaps()).anySatisfy(g -> assertThat(g.problem().en()).contains("is ruled out, yet others are still eligible"));
  }

  @Test
  void findsRulesThatDisagreeWithoutADeclaredPrecedence() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "matrices.yaml", "    overrides: [performance.throughput, performance.latency]\n", "");
    PackCheck r = PackChecker.check(PackLoader.fromDirectory(pack));
    assertThat(r.disagreements()).anySatisfy(d -> assertThat(d.en())
        .contains("performance.throughput").contains("performance.realtime").contains("hard-realtime=true"));
  }

  @Test
  void kbCheckCommandPassesOnTheShippedPackAndFailsOnAGap() {
    Cli.Result ok = Cli.run("kb", "check");
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("combinations").contains("OK:");
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "flowchart.yaml",
        "        - {value: \"false\", label: {zh: 否, en: \"no\"}, next: std-compat, decision: D1}\n", "");
    Cli.Result gap = Cli.run("kb", "check", pack.toString());
    assertThat(gap.exit()).isEqualTo(1);
    assertThat(gap.out()).contains("GAP").contains("FAILED");
  }

  @Test
  void kbCheckOnAnInvalidPackExitsTwo() {
    Path pack = TestPacks.copy(dir);
    TestPacks.edit(pack, "pack.yaml", "hitPolicy: any", "hitPolicy: some");
    Cli.Result r = Cli.run("kb", "check", pack.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("pack.yaml:").contains("bad value 'some'").contains("allowed: first, priority, unique, any");
  }
}
