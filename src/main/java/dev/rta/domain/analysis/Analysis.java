package dev.rta.domain.analysis;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Problem;
import java.util.List;

/**
 * The result of analysing a Cargo workspace.
 *
 * @param root the workspace root
 * @param repoPrefix the workspace root relative to the repository (git top level), "" when they are the same;
 *     SARIF locations are rooted at the repository
 * @param members each member with its own runtimes and inferred facts
 * @param runtimes the workspace view: per runtime, which members run it, pull it in or declare it unused
 * @param notes what the workspace view says (members that legitimately use different runtimes…)
 * @param resolution how the dependency graph was known
 * @param findings what is wrong, after ignores
 * @param ignored findings suppressed by an ignore entry
 * @param problems input errors (a malformed member manifest) that did not stop the analysis
 * @param stats counts
 */
public record Analysis(
    String root, String repoPrefix, List<MemberAnalysis> members, List<RuntimeSummary> runtimes,
    List<LocalizedText> notes, Resolution resolution, List<Finding> findings, List<Ignored> ignored,
    List<Problem> problems, AnalysisStats stats) {
  public Analysis {
    members = List.copyOf(members);
    runtimes = List.copyOf(runtimes);
    notes = List.copyOf(notes);
    findings = List.copyOf(findings);
    ignored = List.copyOf(ignored);
    problems = List.copyOf(problems);
  }

  public List<String> memberNames() {
    return members.stream().map(MemberAnalysis::name).toList();
  }

  public MemberAnalysis member(String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no member " + name));
  }
}
