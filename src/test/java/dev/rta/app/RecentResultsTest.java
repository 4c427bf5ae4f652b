package dev.rta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentResultsTest {
  @Test
  void computesAKeyOnceWhileItIsRecentAndForgetsTheLeastRecent() {
    List<Integer> computed = new ArrayList<>();
    RecentResults<Integer, String> recent = new RecentResults<>(2);
    java.util.function.Function<Integer, String> f = k -> {
      computed.add(k);
      return "v" + k;
    };
    assertThat(recent.get(1, f)).isEqualTo("v1");
    assertThat(recent.get(2, f)).isEqualTo("v2");
    assertThat(recent.get(1, f)).isEqualTo("v1"); // 1 is now the most recent
    assertThat(recent.get(3, f)).isEqualTo("v3"); // evicts 2
    assertThat(recent.get(1, f)).isEqualTo("v1");
    assertThat(recent.get(2, f)).isEqualTo("v2");
    assertThat(computed).containsExactly(1, 2, 3, 2);
  }

  @Test
  void theAdvisorGivesTheSameDecisionForEqualAnswers() {
    Advisor advisor = Advisor.bundled();
    var a = advisor.parseAnswers(List.of("platform=server", "features=tls,timers"));
    var b = advisor.parseAnswers(List.of("features=tls,timers", "platform=server"));
    assertThat(advisor.recommend(a, dev.rta.domain.decision.Baseline.CURRENT))
        .isSameAs(advisor.recommend(b, dev.rta.domain.decision.Baseline.CURRENT));
    assertThat(advisor.recommend(a, dev.rta.domain.decision.Baseline.SEED))
        .isNotSameAs(advisor.recommend(a, dev.rta.domain.decision.Baseline.CURRENT));
  }
}
