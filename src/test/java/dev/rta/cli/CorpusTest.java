package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Real public projects at pinned commits (src/test/resources/corpus/NAME: rta's reduction of each, its README
 * naming the upstream commit, and expected.yaml: what a careful reader concluded from the real code before rta
 * ran). Every expectation is asserted; an expectation marked {@code gap: why} is a known limit of rta, reported,
 * and asserted to still be a gap (so that fixing it makes the test say so). With RTA_CORPUS_SNAPSHOTS=DIR the
 * same expectations are checked against the full upstream trees in DIR/NAME (DIR/NAME/upstreamPath when the
 * reduction models a subdirectory).
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> projects() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("expected.yaml"))).map(p -> p.getFileName().toString())
          .sorted().toList().stream();
    }
  }

  @Test
  void theCorpusHasAtLeastFifteenRealProjects() throws IOException {
    assertThat(projects().count()).isGreaterThanOrEqualTo(15);
    for (String p : projects().toList()) {
      Map<String, Object> e = expected(p);
      assertThat(String.valueOf(e.get("commit"))).as(p).matches("[0-9a-f]{40}");
      assertThat(Files.readString(CORPUS.resolve(p).resolve("README.md"))).as(p).contains(String.valueOf(e.get("commit")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void whatACarefulReaderConcludes(String project) throws IOException {
    List<String> failures = check(project, CORPUS.resolve(project).resolve("project"));
    Path report = Path.of("target/corpus", project + ".txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, String.join("\n", failures));
    assertThat(failures).as("%s: expectations rta does not meet", project).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void theFullUpstreamTree(String project) throws IOException {
    String dir = System.getenv("RTA_CORPUS_SNAPSHOTS");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, project)),
        "set RTA_CORPUS_SNAPSHOTS to a directory of the upstream trees to check them too");
    Object sub = expected(project).get("upstreamPath");
    List<String> failures = check(project, Path.of(dir, project).resolve(sub == null ? "." : sub.toString()));
    // The reduction and the full tree differ in what they carry: a gap the full tree meets is fine here.
    failures.removeIf(f -> f.startsWith("gap '"));
    assertThat(failures).as("%s (full upstream tree): expectations rta does not meet", project).isEmpty();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> expected(String project) throws IOException {
    try (InputStream in = Files.newInputStream(CORPUS.resolve(project).resolve("expected.yaml"))) {
      return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @SuppressWarnings("unchecked")
  static List<String> check(String project, Path dir) throws IOException {
    Map<String, Object> e = expected(project);
    Cli.Result r = Cli.run("analyze", dir.toString(), "--no-cargo", "--format", "json", "--fail-on", "never");
    List<String> failures = new ArrayList<>();
    if (r.out().isBlank()) {
      failures.add("no output: " + r.err());
      return failures;
    }
    JsonNode a = JSON.readTree(r.out());
    Map<String, Object> members = (Map<String, Object>) e.getOrDefault("members", Map.of());
    for (Map.Entry<String, Object> me : members.entrySet()) {
      JsonNode m = member(a, me.getKey());
      Map<String, Object> want = (Map<String, Object>) me.getValue();
      if (m == null) {
        failures.add("member " + me.getKey() + " is not reported (members: " + a.at("/workspace/members") + ")");
        continue;
      }
      Map<String, Object> runtimes = (Map<String, Object>) want.getOrDefault("runtimes", Map.of());
      for (Map.Entry<String, Object> re : runtimes.entrySet()) {
        runtime(me.getKey(), m, re.getKey(), re.getValue(), failures);
      }
      Map<String, Object> facts = (Map<String, Object>) want.getOrDefault("facts", Map.of());
      for (Map.Entry<String, Object> fe : facts.entrySet()) {
        fact(me.getKey(), m, fe.getKey(), fe.getValue(), failures);
      }
    }
    Map<String, Object> findings = (Map<String, Object>) e.getOrDefault("findings", Map.of());
    for (Map<String, Object> f : (List<Map<String, Object>>) findings.getOrDefault("present", List.of())) {
      if (!has(a, f)) {
        failures.add("finding expected: " + f);
      }
    }
    for (Map<String, Object> f : (List<Map<String, Object>>) findings.getOrDefault("absent", List.of())) {
      if (has(a, f)) {
        failures.add("finding not expected: " + f + " but rta reports " + matching(a, f));
      }
    }
    // Expectations marked as known gaps: reported, and they must still fail (else remove the mark).
    List<String> open = new ArrayList<>();
    List<String> gaps = e.get("gaps") == null ? List.of() : (List<String>) e.get("gaps");
    for (String g : gaps) {
      boolean stillFails = failures.removeIf(f -> f.startsWith(g));
      if (!stillFails) {
        open.add("gap '" + g + "' is fixed now: remove it from expected.yaml");
      }
    }
    failures.addAll(open);
    return failures;
  }

  static JsonNode member(JsonNode a, String name) {
    for (JsonNode m : a.get("members")) {
      if (m.get("name").asText().equals(name)) {
        return m;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static void runtime(String member, JsonNode m, String id, Object want, List<String> failures) {
    JsonNode found = null;
    for (JsonNode r : m.get("runtimes")) {
      if (r.get("id").asText().equals(id)) {
        found = r;
      }
    }
    String status = want instanceof Map ? String.valueOf(((Map<String, Object>) want).get("status")) : String.valueOf(want);
    String where = "member " + member + " runtime " + id + ": ";
    String got = found == null ? "absent" : found.get("status").asText();
    boolean ok = switch (status) {
      case "absent" -> found == null;
      case "not-in-use" -> !got.equals("in-use");
      default -> got.equals(status);
    };
    if (!ok) {
      failures.add(where + "expected " + status + ", rta says " + got
          + (found == null ? "" : " (" + found.get("activation").asText() + ")"));
      return;
    }
    if (want instanceof Map && found != null) {
      Map<String, Object> w = (Map<String, Object>) want;
      if (w.containsKey("activation") && !found.get("activation").asText().equals(w.get("activation"))) {
        failures.add(where + "expected activation " + w.get("activation") + ", rta says " + found.get("activation").asText());
      }
      if (w.containsKey("feature") && !found.get("feature").asText().contains(String.valueOf(w.get("feature")))) {
        failures.add(where + "expected feature " + w.get("feature") + ", rta says " + found.get("feature"));
      }
    }
  }

  @SuppressWarnings("unchecked")
  static void fact(String member, JsonNode m, String key, Object want, List<String> failures) {
    String where = "member " + member + " fact " + key + ": ";
    if (key.equals("async-runtime")) {
      if (m.get("asyncRuntime").asBoolean()) {
        failures.add(where + "expected none, rta says the member runs one");
      }
      return;
    }
    JsonNode v = m.at("/inferred/" + key + "/value");
    if (v.isMissingNode() && Boolean.FALSE.equals(want)) {
      return; // rta infers what a project shows; an answer it cannot see stays unknown, which is not "true"
    }
    if (v.isMissingNode()) {
      failures.add(where + "expected " + want + ", rta infers nothing");
      return;
    }
    if (want instanceof List<?> list) {
      for (Object item : list) {
        if (!v.toString().contains("\"" + item + "\"")) {
          failures.add(where + "expected to contain " + item + ", rta says " + v);
        }
      }
      return;
    }
    String got = v.isTextual() ? v.asText() : v.toString();
    boolean ok = key.equals("chip") ? got.toLowerCase(Locale.ROOT).startsWith(String.valueOf(want).toLowerCase(Locale.ROOT))
        || String.valueOf(want).toLowerCase(Locale.ROOT).startsWith(got.toLowerCase(Locale.ROOT))
        : got.equals(String.valueOf(want));
    if (!ok) {
      failures.add(where + "expected " + want + ", rta says " + got);
    }
  }

  static boolean has(JsonNode a, Map<String, Object> f) {
    return !matching(a, f).isEmpty();
  }

  static List<String> matching(JsonNode a, Map<String, Object> f) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : a.get("findings")) {
      if (!x.get("id").asText().equals(f.get("id"))) {
        continue;
      }
      if (f.containsKey("member") && !f.get("member").equals(x.get("member").asText())) {
        continue;
      }
      if (f.containsKey("file") && !x.at("/location/file").asText().equals(f.get("file"))) {
        continue;
      }
      out.add(x.get("id").asText() + " " + x.at("/location/file").asText() + ":" + x.at("/location/line").asInt() + " "
          + x.get("message").asText());
    }
    return out;
  }
}
