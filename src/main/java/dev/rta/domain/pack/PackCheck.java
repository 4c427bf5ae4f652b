package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What a proof of a pack's completeness found ({@code rta kb check}): every combination of answers ends in a
 * recommendation or a conflict, and same-stage rules that fire together agree.
 *
 * @param keys the answer keys
 * @param combinations how many combinations of answers there are per baseline
 * @param baselines what was proven for each baseline, by id
 * @param gaps combinations that end in neither (a few examples)
 * @param disagreements same-stage rules that fire together and disagree without a declared precedence
 */
public record PackCheck(
    int keys, BigInteger combinations, Map<String, PackCheck.BaselineReport> baselines, List<PackCheck.Gap> gaps,
    List<LocalizedText> disagreements) {
  public boolean ok() {
    return gaps.isEmpty() && disagreements.isEmpty();
  }

  /** A combination that ends in neither a recommendation nor a conflict. */
  public record Gap(String baseline, String answers, LocalizedText problem) {}

  /**
   * What was proven for one baseline.
   *
   * @param flowRegions regions the flowchart walk split the answer space into
   * @param supportRegions regions the support proof split it into
   * @param pairs pairs of rules of one stage that disagree and were checked for firing together
   * @param flowCovered combinations the flowchart proof covered
   * @param supportCovered combinations the support proof covered
   */
  public record BaselineReport(
      long flowRegions, long supportRegions, long pairs, BigInteger flowCovered, BigInteger supportCovered) {}
}
