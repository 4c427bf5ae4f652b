package dev.rta.report;

import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.ToolInfo;
import dev.rta.domain.decision.Assessment;
import dev.rta.domain.decision.Conflict;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Reason;
import dev.rta.domain.decision.Rejection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON document of {@code rta recommend --format json}, as records that Jackson writes in declaration order;
 * {@code schema/recommend.schema.json} describes the same shape (a test checks every golden file against it).
 */
record RecommendJson(
    String schemaVersion,
    ToolJson tool,
    String baseline,
    String lang,
    Map<String, Object> answers,
    Recommendation recommendation,
    List<RejectionJson> rejected,
    List<RuleText> warnings,
    List<Advisory> advisories,
    Flowchart flowchart,
    List<Trace> trace,
    List<Unknown> unknown,
    List<AssessmentJson> assessments) {

  record ToolJson(String name, String version, String knowledgePack, String knowledgePackReviewed) {
    static ToolJson of(ToolInfo tool) {
      return new ToolJson(ToolInfo.NAME, tool.version(), tool.packVersion(), tool.packReviewed());
    }
  }

  record RuleText(String rule, String text) {}

  record RejectionJson(String runtime, List<RuleText> reasons) {}

  record Alternative(String runtime, double score, List<RuleText> support, @Nullable RuleText notChosen) {}

  record ConflictJson(List<String> answers, Map<String, String> values, List<RejectionJson> reasons,
      List<String> hints) {}

  record Change(String correction, @Nullable String seedPrimary, String text, String source, String asOf) {}

  record Recommendation(@Nullable String primary, @Nullable Double score, List<RuleText> support,
      List<Alternative> alternatives, @Nullable ConflictJson conflict, List<String> decisiveRules,
      @Nullable String seedPrimary, List<Change> changedBy, Map<String, Double> scores) {}

  record Advisory(String id, String runtime, String kind, String date, String title, String text, String url,
      @Nullable String alternative) {}

  record Step(String node, String key, String question, @Nullable String value, @Nullable String label,
      @Nullable String decision) {}

  record Flowchart(List<Step> path, @Nullable String leaf, @Nullable String stoppedAt) {}

  record Trace(String rule, String kind, @Nullable String stage, String source, String sourceTitle,
      Map<String, String> inputs, String effect, String outcome, String text, List<String> corrections,
      @Nullable String decision) {}

  record UnknownChange(String value, @Nullable String primary) {}

  record Unknown(String key, List<UnknownChange> changes) {}

  record AssessmentJson(String runtime, @Nullable String status, List<RuleText> good, List<RuleText> neutral,
      List<RuleText> bad) {}

  /** The view of a decision in one language. */
  static RecommendJson of(Decision d, Lang lang, ToolInfo tool, String schemaVersion) {
    View v = new View(lang);
    Map<String, Object> answers = new LinkedHashMap<>();
    d.answers().values().forEach((k, value) -> answers.put(k, value.plain()));
    return new RecommendJson(schemaVersion, ToolJson.of(tool), d.baseline().id(), lang.code(), answers,
        v.recommendation(d), d.rejected().stream().map(v::rejection).toList(),
        d.warnings().stream().map(n -> new RuleText(n.rule(), v.t(n.message()))).toList(),
        d.advisories().stream().map(a -> new Advisory(a.id(), a.runtime(), a.kind(), a.date(), v.t(a.title()),
            v.t(a.text()), a.url(), a.alternative().isEmpty() ? null : a.alternative())).toList(),
        new Flowchart(d.flowchart().steps().stream().map(s -> new Step(s.node(), s.key(), v.t(s.question()), s.value(),
            s.label() == null ? null : v.t(s.label()), s.decision())).toList(), d.flowchart().leaf(),
            d.flowchart().stoppedAt()),
        d.trace().stream().map(e -> new Trace(e.rule(), e.kind().id(), e.stage() == null ? null : e.stage().id(),
            e.source(), v.t(e.sourceTitle()), new TreeMap<>(e.inputs()), e.effect(), e.outcome().id(), v.t(e.text()),
            e.corrections(), e.decision())).toList(),
        d.unknown().stream().map(u -> new Unknown(u.key(), u.changes().stream()
            .map(c -> new UnknownChange(c.value(), c.primary())).toList())).toList(),
        d.assessments().stream().map(v::assessment).toList());
  }

  /** Turns the domain's texts into one language. */
  private record View(Lang lang) {
    String t(@Nullable LocalizedText text) {
      return text == null ? "" : text.in(lang);
    }

    RuleText reason(Reason r) {
      return new RuleText(r.rule(), t(r.text()));
    }

    List<RuleText> reasons(List<Reason> reasons) {
      return reasons.stream().map(this::reason).toList();
    }

    RejectionJson rejection(Rejection r) {
      return new RejectionJson(r.runtime(), reasons(r.reasons()));
    }

    AssessmentJson assessment(Assessment a) {
      return new AssessmentJson(a.runtime(), a.status() == null ? null : t(a.status()), reasons(a.good()),
          reasons(a.neutral()), reasons(a.bad()));
    }

    Recommendation recommendation(Decision d) {
      RankedRuntime chosen = d.chosen();
      Conflict c = d.conflict();
      return new Recommendation(d.primary(), chosen == null ? null : chosen.score(),
          chosen == null ? List.of() : reasons(chosen.support()),
          d.alternatives().stream().map(a -> new Alternative(a.runtime(), a.score(), reasons(a.support()),
              a.notChosen() == null ? null : reason(a.notChosen()))).toList(),
          c == null ? null : new ConflictJson(c.answers(), new TreeMap<>(c.values()),
              c.reasons().stream().map(this::rejection).toList(), c.hints().stream().map(this::t).toList()),
          d.decisiveRules(), d.seedPrimary(),
          d.changedBy().stream().map(e -> new Change(e.correction(), e.seedPrimary(), t(e.text()), e.source(),
              e.asOf())).toList(),
          d.scores());
    }
  }
}
