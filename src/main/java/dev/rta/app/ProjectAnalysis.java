package dev.rta.app;

import dev.rta.analyzer.Analyzer;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.analysis.Analysis;
import dev.rta.domain.analysis.AnalysisOptions;
import dev.rta.domain.analysis.AnalysisProgress;
import dev.rta.domain.analysis.Finding;
import dev.rta.domain.analysis.Severity;
import dev.rta.domain.analysis.Inferred;
import dev.rta.domain.analysis.MemberAnalysis;
import dev.rta.domain.analysis.ProjectDecision;
import dev.rta.domain.decision.Baseline;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.engine.DecisionEngine;
import dev.rta.domain.decision.Decision;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code rta analyze}: reads the workspace, then decides for each member on its own answers (inferred from that
 * member, overridden by the answers the user stated).
 */
public final class ProjectAnalysis {
  /** The analysis and one decision per member, in member order. */
  public record Report(Analysis analysis, List<ProjectDecision> decisions) {
    public ProjectDecision decision(String member) {
      return decisions.stream().filter(d -> d.member().equals(member)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no member " + member));
    }

    /**
     * The {@code --fail-on} policy: whether a finding (of the member, when one is named; workspace-wide findings
     * count for every member) is at least as serious as the threshold. Null: never fail.
     */
    public boolean fails(@Nullable Severity threshold, @Nullable String member) {
      if (threshold == null) {
        return false;
      }
      for (Finding f : analysis.findings()) {
        boolean other = member != null && f.member() != null && !f.member().isEmpty() && !f.member().equals(member);
        if (!other && f.level().atLeast(threshold)) {
          return true;
        }
      }
      return false;
    }
  }

  private ProjectAnalysis() {}

  public static Report run(KnowledgePack pack, DecisionEngine engine, AnalysisOptions options, Path path,
      Answers stated, Baseline baseline, AnalysisProgress progress) {
    Analysis a = new Analyzer(pack, options).analyze(path, stated, progress);
    // Members with the same answers get the same decision: decide once per distinct set of answers.
    Map<Answers, Decision> decided = new HashMap<>();
    List<ProjectDecision> decisions = a.members().stream().map(m -> {
      Answers answers = answers(pack, m).overriddenBy(stated);
      return new ProjectDecision(m.name(), answers, decided.computeIfAbsent(answers, x -> engine.decide(x, baseline)));
    }).toList();
    return new Report(a, decisions);
  }

  /** The answer keys inferred for a member (facts that are no answer key, such as the chip, stay out). */
  static Answers answers(KnowledgePack pack, MemberAnalysis m) {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (Inferred i : m.inferred().values()) {
      if (pack.questionSet().find(i.key()) != null) {
        values.put(i.key(), i.value());
      }
    }
    return Answers.of(values);
  }
}
