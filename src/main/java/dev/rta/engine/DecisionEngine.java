package dev.rta.engine;

import dev.rta.domain.decision.Baseline;
import dev.rta.domain.Answers;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.RankedRuntime;
import dev.rta.domain.decision.Rejection;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.MatrixRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides and explains: the entry point of the engine. It compiles each baseline's rule book once, then composes
 * the parts that do one job each — {@link Evaluation} (constraints and stages), {@link Ranking},
 * {@link ConflictSearch}, {@link Tracer}, {@link Notices}, {@link Sensitivity}, {@link CorrectionAttribution} and
 * {@link KnowledgeQueries}. Thread-safe; deterministic.
 */
public final class DecisionEngine {
  private final KnowledgePack pack;
  private final Map<Baseline, RuleBook> books = new EnumMap<>(Baseline.class);
  private final ConflictSearch conflicts;
  private final Tracer tracer;
  private final Sensitivity sensitivity;
  private final CorrectionAttribution attribution;
  private final KnowledgeQueries knowledge;

  public DecisionEngine(KnowledgePack pack) {
    this.pack = pack;
    for (Baseline b : Baseline.values()) {
      books.put(b, RuleBook.build(pack, b));
    }
    this.conflicts = new ConflictSearch(pack);
    this.tracer = new Tracer(pack);
    this.sensitivity = new Sensitivity(pack, new AnswerSpace(pack, List.copyOf(books.values())));
    this.attribution = new CorrectionAttribution(pack, books.get(Baseline.CURRENT));
    this.knowledge = new KnowledgeQueries(pack, books);
  }

  public KnowledgePack pack() {
    return pack;
  }

  /** The recommendation for these answers under a baseline, with its full explanation. */
  public Decision decide(Answers answers, Baseline baseline) {
    RuleBook book = books.get(baseline);
    Verdict e = Evaluation.run(book, answers);
    Verdict seed = baseline == Baseline.SEED ? e : Evaluation.run(books.get(Baseline.SEED), answers);

    List<RankedRuntime> ranked = Ranking.rank(e);
    RankedRuntime chosen = e.primary() == null ? null : ranked.get(0);
    List<RankedRuntime> alternatives = ranked.isEmpty() ? List.of() : ranked.subList(1, ranked.size());
    List<Rejection> rejected = Ranking.rejections(e);
    List<String> decisive = e.votes().stream().filter(Verdict.VoteResult::narrowed).map(v -> v.vote().id()).toList();
    return new Decision(
        baseline, pack.version(), answers, chosen, alternatives,
        e.conflict() ? conflicts.explain(book, answers) : null, rejected, Notices.warnings(e, answers),
        Notices.advisories(pack, e, answers, alternatives), Tracer.flowPath(e), tracer.trace(e, answers),
        sensitivity.unknown(book, answers, e.primary()),
        baseline == Baseline.CURRENT ? attribution.changedBy(answers, e, seed) : List.of(), seed.primary(), decisive,
        Ranking.rawScores(e), Assessments.of(e, answers, rejected));
  }

  /** Only the recommended runtime (null on a conflict); cheap, for properties and analysis. */
  public @Nullable String primary(Answers answers, Baseline baseline) {
    return Evaluation.run(books.get(baseline), answers).primary();
  }

  // ---- the knowledge, as a baseline compiles it ---------------------------------------------------

  /** The feature matrix with the baseline's cells. */
  public List<MatrixRow> features(Baseline baseline) {
    return knowledge.features(baseline);
  }

  /** The ecosystem-compatibility matrix with the baseline's cells (and rows). */
  public List<MatrixRow> ecosystem(Baseline baseline) {
    return knowledge.ecosystem(baseline);
  }

  /** Runtimes whose status the baseline changed (async-std: discontinued), by id. */
  public Map<String, LocalizedText> statuses(Baseline baseline) {
    return knowledge.statuses(baseline);
  }

  /** What each flowchart leaf recommends under the baseline, in its words. */
  public Map<String, LocalizedText> leafLabels(Baseline baseline) {
    return knowledge.leafLabels(baseline);
  }

  /** Every rule id of the baseline (a rule may be compiled from several rows, e.g. cautions per runtime). */
  public List<String> ruleIds(Baseline baseline) {
    return knowledge.ruleIds(baseline);
  }

  /** A rule as the baseline compiles it (a caution per runtime gives several entries). */
  public List<RuleInfo> rule(String id, Baseline baseline) {
    return knowledge.rule(id, baseline);
  }

  /** The rules of the baseline that read an answer key. */
  public List<RuleInfo> rulesReading(String key, Baseline baseline) {
    return knowledge.rulesReading(key, baseline);
  }
}
