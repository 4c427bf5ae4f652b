package dev.rta.app;

import dev.rta.domain.Question;
import dev.rta.domain.decision.RuleInfo;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.AnalysisRules;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.CorrectedProfile;
import dev.rta.domain.pack.DecisionNote;
import java.util.List;

/** What {@code rta explain TOPIC} (and the web UI's explain page) shows: one kind of knowledge, or nothing. */
public sealed interface Explanation {
  /** A runtime's profile as the baseline has it, with its advisories (none under seed: the document has none). */
  record Runtime(CorrectedProfile profile, List<Advisory> advisories) implements Explanation {}

  /** A rule as the baseline compiles it (a caution per runtime gives several entries). */
  record Rule(List<RuleInfo> compiled) implements Explanation {}

  /** An answer key and the rules that read it. */
  record Key(Question question, List<RuleInfo> readers) implements Explanation {}

  /** A correction: the document's words, what holds now, the source. */
  record CorrectionTopic(Correction correction) implements Explanation {}

  /** An rta decision and the rules (and flowchart branches, {@code node=value}) that rest on it. */
  record Decision(DecisionNote note, List<String> rules) implements Explanation {}

  /** An advisory. */
  record AdvisoryTopic(Advisory advisory) implements Explanation {}

  /** A finding of {@code rta analyze} (RTA001…): what it means and how to fix it. */
  record Finding(AnalysisRules.FindingDef finding) implements Explanation {}

  /** Nothing of that name; the closest topics, for a did-you-mean. */
  record Unknown(String topic, List<String> topics) implements Explanation {}
}
