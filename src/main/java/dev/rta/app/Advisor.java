package dev.rta.app;

import dev.rta.analyzer.Analyzer;
import dev.rta.domain.Answers;
import dev.rta.domain.AnswersFormat;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.analysis.AnalysisOptions;
import dev.rta.domain.analysis.AnalysisProgress;
import dev.rta.domain.decision.Baseline;
import dev.rta.domain.decision.Decision;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.PackCheck;
import dev.rta.engine.DecisionEngine;
import dev.rta.engine.PackChecker;
import dev.rta.knowledge.AnswersReader;
import dev.rta.knowledge.AnswersWriter;
import dev.rta.knowledge.PackLoader;
import dev.rta.domain.Question;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.CorrectedProfile;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.DecisionNote;
import dev.rta.domain.pack.RuntimeProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The use cases on one knowledge pack, shared by the command line and the web front end: recommend, read and write
 * answers, the knowledge as a baseline compiles it (for explain, compare and tree), check the pack, analyze a
 * workspace. Built once per pack; thread-safe.
 */
public final class Advisor {
  private final KnowledgePack pack;
  private final DecisionEngine engine;

  private Advisor(KnowledgePack pack) {
    this.pack = pack;
    this.engine = new DecisionEngine(pack);
  }

  /** The pack shipped with rta. */
  public static Advisor bundled() {
    return new Advisor(PackLoader.bundled());
  }

  /** A pack directory ({@code --knowledge DIR}); an invalid pack is an {@code InvalidInputException}. */
  public static Advisor fromDirectory(Path dir) {
    return new Advisor(PackLoader.fromDirectory(dir));
  }

  /** The files a pack directory holds. */
  public static List<String> packFiles() {
    return PackLoader.FILES;
  }

  /** The parser the analyzer uses for Rust sources (for {@code --version}). */
  public static String rustParser() {
    return Analyzer.parser();
  }

  public KnowledgePack pack() {
    return pack;
  }

  // ---- recommend ------------------------------------------------------------------------------------

  /** Decisions are pure functions of the answers and the baseline: the recent ones are kept. */
  private final RecentResults<Map.Entry<Answers, Baseline>, Decision> decisions = new RecentResults<>(512);

  /** The explained recommendation for these answers. */
  public Decision recommend(Answers answers, Baseline baseline) {
    return decisions.get(Map.entry(answers, baseline), k -> engine.decide(k.getKey(), k.getValue()));
  }

  /** Which questions to ask, in which order. */
  public Questionnaire questionnaire() {
    return new Questionnaire(pack);
  }

  /**
   * The largest answers file rta reads. One holds a few lines; the limit turns {@code /dev/zero} or a runaway file
   * into a clear error instead of a hang or an exhausted heap.
   */
  public static final int MAX_ANSWERS_BYTES = 1 << 20;

  /** Answers from an answers file (YAML, TOML or JSON, by extension), checked against the questions. */
  public Answers readAnswers(Path file) {
    String display = file.toString();
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, MAX_ANSWERS_BYTES);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.answers.missingFile")
          .withHint("hint.saveAnswers"));
    } catch (IOException e) {
      throw unreadable(display, e);
    }
    return answersReader().fromBytes(display, bytes, answersFormat(file));
  }

  /** Answers from a stream ({@code --answers -}: standard input), in the format the text looks like. */
  public Answers readAnswers(InputStream in) {
    String display = "<stdin>";
    try {
      return answersReader().fromBytes(display, InputFiles.read(in, MAX_ANSWERS_BYTES), null);
    } catch (IOException e) {
      throw unreadable(display, e);
    }
  }

  /** Answers sent as bytes (a request body): YAML, TOML or JSON by their content. */
  public Answers readAnswers(String display, byte[] bytes) {
    if (bytes.length > MAX_ANSWERS_BYTES) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.answers.tooLarge",
          InputFiles.size(MAX_ANSWERS_BYTES)).withHint("hint.answersSmall"));
    }
    return answersReader().fromBytes(display, bytes, null);
  }

  private static InvalidInputException unreadable(String display, IOException e) {
    Location at = Location.file(display);
    return InvalidInputException.of(e instanceof InputFiles.TooLarge big
        ? Problem.of(at, "err.answers.tooLarge", big.limit()).withHint("hint.answersSmall")
        : Problem.of(at, "err.file.cannotRead", FileErrors.reason(e)));
  }

  /** Answers from {@code key=value} pairs. */
  public Answers parseAnswers(List<String> sets) {
    return answersReader().fromSets(sets);
  }

  private AnswersReader answersReader() {
    return new AnswersReader(pack.questionSet());
  }

  /** The format of an answers file by its extension (YAML, TOML or JSON); another extension is an input error. */
  public static AnswersFormat answersFormat(Path file) {
    AnswersFormat format = AnswersFormat.ofFileName(String.valueOf(file.getFileName()));
    if (format == null) {
      throw InvalidInputException.of(Problem.of(Location.file(file.toString()), "err.answers.format")
          .withHint("hint.answersExt"));
    }
    return format;
  }

  /** An answers file's text in a format, with the header as comments where the format has them. */
  public static String answersText(AnswersFormat format, Answers answers, String header) {
    return AnswersWriter.write(format, answers, header);
  }

  // ---- the knowledge, as a baseline compiles it ---------------------------------------------------

  /** The matrices, statuses and flowchart leaves under a baseline (what explain, compare and tree show). */
  public KnowledgeView knowledge(Baseline baseline) {
    return new KnowledgeView(baseline, engine.features(baseline), engine.ecosystem(baseline),
        baseline == Baseline.CURRENT ? engine.statuses(baseline) : Map.of(), engine.leafLabels(baseline));
  }

  /** The baseline's compiled view of the pack's knowledge. */
  public record KnowledgeView(Baseline baseline, List<MatrixRow> features, List<MatrixRow> ecosystem,
      Map<String, LocalizedText> statuses, Map<String, LocalizedText> leafLabels) {}

  /** Every rule id of the baseline. */
  public List<String> ruleIds(Baseline baseline) {
    return engine.ruleIds(baseline);
  }

  /** A rule as the baseline compiles it; empty when there is no such rule. */
  public List<RuleInfo> rule(String id, Baseline baseline) {
    return engine.rule(id, baseline);
  }

  /** The rules that read an answer key. */
  public List<RuleInfo> rulesReading(String key, Baseline baseline) {
    return engine.rulesReading(key, baseline);
  }

  /** A runtime's profile as the baseline has it: the document's, or corrected in place; null if no such runtime. */
  public @Nullable CorrectedProfile profile(String runtime, Baseline baseline) {
    RuntimeProfile p = pack.runtime(runtime);
    if (p == null) {
      return null;
    }
    return baseline == Baseline.CURRENT ? CorrectedProfile.current(p, pack.corrections()) : CorrectedProfile.seed(p);
  }

  /** What a topic names — a runtime, a rule, an answer key, a correction, a decision, an advisory — explained. */
  public Explanation explain(String topic, Baseline baseline) {
    CorrectedProfile profile = profile(topic, baseline);
    if (profile != null) {
      return new Explanation.Runtime(profile, baseline == Baseline.SEED ? List.of()
          : pack.advisories().stream().filter(a -> a.runtime().equals(topic)).toList());
    }
    List<RuleInfo> rule = engine.rule(topic, baseline);
    if (!rule.isEmpty()) {
      return new Explanation.Rule(rule);
    }
    Question q = pack.questionSet().find(topic);
    if (q != null) {
      return new Explanation.Key(q, engine.rulesReading(topic, baseline));
    }
    Correction c = pack.correction(topic);
    if (c != null) {
      return new Explanation.CorrectionTopic(c);
    }
    DecisionNote d = pack.decision(topic.toUpperCase(Locale.ROOT));
    if (d != null) {
      List<String> rules = new ArrayList<>();
      for (String id : engine.ruleIds(baseline)) {
        engine.rule(id, baseline).stream().filter(i -> d.id().equals(i.decision())).findFirst()
            .ifPresent(i -> rules.add(i.id()));
      }
      pack.flowchart().nodes().forEach(n -> n.branches().stream().filter(br -> d.id().equals(br.decision()))
          .forEach(br -> rules.add(n.id() + "=" + br.value())));
      return new Explanation.Decision(d, rules);
    }
    Advisory a = pack.advisory(topic.toUpperCase(Locale.ROOT));
    if (a != null) {
      return new Explanation.AdvisoryTopic(a);
    }
    AnalysisRules.FindingDef finding = pack.analysis().finding(topic.toUpperCase(Locale.ROOT));
    if (finding != null) {
      return new Explanation.Finding(finding);
    }
    return new Explanation.Unknown(topic, topics(baseline));
  }

  /** Every topic {@code explain} knows under the baseline: runtimes, rules, keys, corrections, decisions, advisories, findings. */
  public List<String> topics(Baseline baseline) {
    Set<String> topics = new LinkedHashSet<>();
    pack.runtimes().forEach(x -> topics.add(x.id()));
    topics.addAll(engine.ruleIds(baseline));
    topics.addAll(pack.questionSet().keys());
    pack.corrections().forEach(x -> topics.add(x.id()));
    pack.decisions().forEach(x -> topics.add(x.id()));
    pack.advisories().forEach(x -> topics.add(x.id()));
    pack.analysis().findings().forEach(x -> topics.add(x.id()));
    topics.add("example");
    topics.add("migration");
    return List.copyOf(topics);
  }

  /** Two to four runtimes side by side: their profiles under the baseline, and the ids that name no candidate. */
  public Comparison compare(List<String> runtimes, Baseline baseline) {
    List<CorrectedProfile> profiles = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : runtimes) {
      RuntimeProfile p = pack.runtime(id);
      if (p == null || !p.candidate()) {
        unknown.add(id);
      } else {
        profiles.add(profile(id, baseline));
      }
    }
    return new Comparison(profiles, unknown, pack.candidates());
  }

  /** The profiles to compare; {@code unknown} ids name no runtime one can choose ({@code candidates}). */
  public record Comparison(List<CorrectedProfile> profiles, List<String> unknown, List<String> candidates) {}

  // ---- the pack and projects ------------------------------------------------------------------------

  /** Proves the pack complete ({@code rta kb check}). */
  public PackCheck checkPack() {
    return PackChecker.check(pack);
  }

  /** Analyses a workspace and decides for each member ({@code rta analyze}). */
  public ProjectAnalysis.Report analyze(AnalysisOptions options, Path path, Answers stated, Baseline baseline,
      @Nullable AnalysisProgress progress) {
    return ProjectAnalysis.run(pack, engine, options, path, stated, baseline,
        progress == null ? AnalysisProgress.NONE : progress);
  }
}
