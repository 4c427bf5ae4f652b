package dev.rta.engine;

import dev.rta.domain.pack.StageId;

import dev.rta.domain.decision.Baseline;
import dev.rta.domain.Lang;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.Numbers;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.decision.RuleKind;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.RuleIds;
import dev.rta.domain.pack.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The knowledge as a baseline compiles it, for {@code rta explain}, {@code rta compare} and {@code rta tree}. */
final class KnowledgeQueries {
  private final KnowledgePack pack;
  private final Map<Baseline, RuleBook> books;

  KnowledgeQueries(KnowledgePack pack, Map<Baseline, RuleBook> books) {
    this.pack = pack;
    this.books = books;
  }

  List<MatrixRow> features(Baseline baseline) {
    return List.copyOf(books.get(baseline).features);
  }

  List<MatrixRow> ecosystem(Baseline baseline) {
    return List.copyOf(books.get(baseline).ecosystem);
  }

  Map<String, LocalizedText> statuses(Baseline baseline) {
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    books.get(baseline).statuses.forEach((r, st) -> out.put(r, Assessments.status(pack, st)));
    return out;
  }

  Map<String, LocalizedText> leafLabels(Baseline baseline) {
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    books.get(baseline).flowLeaves.forEach((id, v) -> out.put(id, v.rationale()));
    return out;
  }

  List<String> ruleIds(Baseline baseline) {
    return List.copyOf(books.get(baseline).ruleIds());
  }

  List<RuleInfo> rule(String id, Baseline baseline) {
    List<RuleInfo> out = new ArrayList<>();
    for (Rule r : books.get(baseline).rules(id)) {
      String seedEffect = null;
      if (!r.corrections().isEmpty()) {
        seedEffect = books.get(Baseline.SEED).rules(id).stream().map(KnowledgeQueries::effect)
            .filter(e -> !e.equals(effect(r))).findFirst().orElse(null);
      }
      out.add(info(r, seedEffect));
    }
    return out;
  }

  /** The rules that read an answer key (a flowchart leaf reads the keys of the questions on its way). */
  List<RuleInfo> rulesReading(String key, Baseline baseline) {
    List<RuleInfo> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Rule r : books.get(baseline).reading(key)) {
      if (seen.add(r.id())) {
        out.add(info(r, null));
      }
    }
    return out;
  }

  private RuleInfo info(Rule r, @Nullable String seedEffect) {
    Section section = pack.section(r.source());
    RuleKind kind;
    StageId stage = null;
    LocalizedText label;
    LocalizedText text;
    if (r instanceof Rule.Vote v) {
      kind = RuleKind.VOTE;
      stage = v.stage();
      label = v.label();
      text = v.rationale();
    } else if (r instanceof Rule.Exclude c) {
      kind = RuleKind.CONSTRAINT;
      label = LocalizedText.same(c.id());
      text = c.reason();
    } else if (r instanceof Rule.Caution c) {
      kind = RuleKind.CAUTION;
      label = LocalizedText.same(c.id());
      text = c.message();
    } else if (r instanceof Rule.Continue c) {
      kind = RuleKind.CONTINUE;
      label = c.note();
      text = c.check() == null ? c.note() : Messages.text("reason.check", c.note(), c.check());
    } else {
      kind = RuleKind.SCORE;
      label = LocalizedText.same(r.id());
      text = Messages.text("reason.score." + r.source(), String.join(", ", ((Rule.Score) r).add().keySet()));
    }
    String condition = r instanceof Rule.Vote v && v.stage().equals(StageId.FLOWCHART)
        ? Messages.get(Lang.EN, "explain.flowchartCondition") : r.when().describe();
    return new RuleInfo(r.id(), kind, stage, r.source(), section == null ? LocalizedText.same(r.source()) : section.title(),
        condition, effect(r), seedEffect, label, text, r.corrections(), r.decision());
  }

  static String effect(Rule r) {
    if (r instanceof Rule.Vote v) {
      return "recommend " + v.preference().describe();
    }
    if (r instanceof Rule.Exclude c) {
      return "exclude " + String.join(", ", c.runtimes());
    }
    if (r instanceof Rule.Caution c) {
      return c.primary().isEmpty() ? "warn" : "warn when recommending " + String.join(", ", c.primary());
    }
    if (r instanceof Rule.Score s) {
      StringBuilder sb = new StringBuilder("score");
      s.add().forEach((k, v) -> sb.append(' ').append(k).append(" +").append(Numbers.format(v)));
      return sb.toString();
    }
    return "continue";
  }
}
