package dev.rta.domain.analysis;

import dev.rta.domain.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing a Cargo workspace.
 *
 * @param root the workspace root
 * @param members the workspace members (package names) that were read
 * @param runtimes the runtimes found
 * @param inferred answers inferred from the project, by key
 * @param findings what is wrong, after ignores
 * @param ignored findings suppressed by an ignore entry
 * @param problems input errors (a malformed member manifest) that did not stop the analysis
 * @param stats counts
 */
public record Analysis(
    String root, List<String> members, List<RuntimeUse> runtimes, Map<String, Inferred> inferred,
    List<Finding> findings, List<Ignored> ignored, List<Problem> problems, AnalysisStats stats) {
  public Analysis {
    members = List.copyOf(members);
    runtimes = List.copyOf(runtimes);
    inferred = Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
    findings = List.copyOf(findings);
    ignored = List.copyOf(ignored);
    problems = List.copyOf(problems);
  }
}
