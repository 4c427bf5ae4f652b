package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rta.domain.Choice;
import dev.rta.domain.Question;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.RuleIds;
import dev.rta.knowledge.PackLoader;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text rta prints is in one language: every message key is in both bundles, and no output in one
 * language carries words of the other.
 *
 * <p>The heuristic, precisely:
 * <ul>
 *   <li>English output has no CJK character (Han ideographs, CJK punctuation, full-width forms).
 *   <li>Chinese output has no English word. Before looking, code is removed: fenced code blocks,
 *       {@code `code spans`}, braced snippets ({@code {gt: n}}, sets of ids), URLs, and for Mermaid, DOT and
 *       deny.toml everything but the quoted labels and the comments. An English word is
 *       then a token of two or more Latin letters (letters only: a token with a digit or one of {@code _ . : / -}
 *       is an identifier, such as {@code io_uring}, {@code final.std-api}, {@code key=value} or {@code Cargo.toml}) that is
 *       neither ALL-CAPS or camelCase (acronyms and type names: RPS, TLS, SpawnToken) nor a name rta prints as
 *       is (runtime, answer key and value, crate, rule, correction, decision and advisory ids) nor a term of
 *       the document: a Latin word that a Chinese text of the pack uses (the document writes Tokio, Axum,
 *       Work-Stealing Queue in its Chinese), a component of a runtime's architecture diagram or the title of
 *       a link (the document's Chinese lists "Tokio Documentation"), plus the usage synopsis's option names
 *       and the answer types ({@link #CODE_WORDS}); a command line {@code rta COMMAND} and, in usage help, the
 *       names of the subcommands listed are code too.
 * </ul>
 * The Chinese texts that define the document's terms are the pack's {@code zh:} texts that hold a CJK
 * character, so an untranslated {@code zh:} text cannot excuse itself.
 */
class LanguageSeparationTest {
  private static final KnowledgePack PACK = PackLoader.bundled();
  private static final Pattern CJK = Pattern.compile(
      "[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]");
  /** A run of letters, digits and the punctuation of code; a trailing full stop or colon is prose. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:/=*<>\\[\\]#@$+-]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]+");
  /**
   * Code, not prose: option names and placeholders of the usage synopsis, commands of examples
   * ({@code cargo metadata}, {@code source <(...)}), the literal output of {@code -q} ({@code conflict}),
   * MADR front-matter keys and the answer types.
   */
  private static final Set<String> CODE_WORDS = Set.of("rta", "text", "json", "markdown", "sarif", "deny", "mermaid",
      "dot", "ascii", "auto", "always", "never", "seed", "current", "true", "false", "yes", "error", "warning", "note",
      "bash", "zsh", "en", "zh", "status", "proposed", "date", "baseline", "bool", "enum", "integer", "number", "list",
      "conflict", "cargo", "metadata", "source", "git", "diff", "stash",
      "gitignore");
  /** A command line, {@code rta COMMAND}: code. */
  private static final Pattern COMMAND = Pattern.compile(
      "\\brta (recommend|analyze|adr|explain|compare|tree|list-keys|kb check|kb|completion|serve|migrate|new)\\b");

  /** The analyzed fixture's own crate names, which its output names as they are. */
  private static final String FIXTURE = "src/test/resources/analyzer/async-std-app";
  private static final String FIXTURE_CRATES = "notes";

  @TempDir static Path tmp;

  // ---- the bundles -----------------------------------------------------------------------------

  @Test
  void everyMessageKeyIsInBothBundles() {
    Properties en = properties("/dev/rta/messages.properties");
    Properties zh = properties("/dev/rta/messages_zh.properties");
    assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys of messages_zh.properties")
        .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    Map<String, Object> leaks = new TreeMap<>();
    en.forEach((k, v) -> {
      if (CJK.matcher(v.toString()).find()) {
        leaks.put("en " + k, v);
      }
    });
    zh.forEach((k, v) -> {
      Set<String> words = englishWords(v.toString().replace("'{'", "{").replace("'}'", "}"));
      if (!words.isEmpty()) {
        leaks.put("zh " + k, words);
      }
    });
    assertThat(leaks).as("messages in the other language").isEmpty();
  }

  @Test
  void everyChineseHelpTextIsChinese() {
    Map<String, Object> leaks = new TreeMap<>();
    properties("/dev/rta/cli/help_zh.properties").forEach((k, v) -> {
      Set<String> words = englishWords(v.toString());
      if (!words.isEmpty()) {
        leaks.put(k.toString(), words);
      }
    });
    assertThat(leaks).as("English in the Chinese help").isEmpty();
  }

  private static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = LanguageSeparationTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  // ---- the outputs -----------------------------------------------------------------------------

  static Stream<Arguments> commands() throws IOException {
    List<List<String>> all = new ArrayList<>();
    List<List<String>> answerSets = List.of(
        List.of(),
        List.of("--set", "platform=server", "--set", "high-throughput=false", "--set", "std-api=true"),
        List.of("--set", "platform=server", "--set", "high-throughput=true", "--set", "target-rps=200000",
            "--set", "p99-ms=0.5", "--set", "features=file-io,signals", "--set", "libraries=redis,tracing,metrics"),
        List.of("--set", "platform=server", "--set", "project-type=web-api", "--set", "long-term=true",
            "--set", "features=tls,file-io", "--set", "databases=postgres,mongodb", "--set", "team-experience=tokio"),
        List.of("--set", "platform=desktop", "--set", "project-type=desktop-gui", "--set", "io-multiplexing=false"),
        List.of("--set", "platform=desktop", "--set", "io-multiplexing=true", "--set", "resource-constrained=true"),
        List.of("--set", "platform=embedded", "--set", "hard-realtime=true", "--set", "features=timers,channels"),
        List.of("--set", "project-type=realtime-control", "--set", "hard-realtime=true"),
        List.of("--set", "project-type=cli", "--set", "experimental=true", "--set", "long-term=false",
            "--set", "team-experience=async-std,smol"),
        List.of("--set", "std=false", "--set", "grpc=true", "--set", "long-term=true"),
        List.of("--set", "platform=server", "--set", "http=true", "--set", "libraries=hyper,sqlx,aws-sdk,reqwest"));
    for (String baseline : List.of("current", "seed")) {
      for (List<String> set : answerSets) {
        for (String format : List.of("text", "markdown")) {
          all.add(concat(List.of("recommend", "--format", format, "--baseline", baseline), set));
        }
      }
      for (String topic : topics()) {
        all.add(List.of("explain", topic, "--baseline", baseline));
      }
      all.add(List.of("compare", "tokio", "async-std", "smol", "embassy", "--width", "140", "--baseline", baseline));
      for (String format : List.of("ascii", "mermaid", "dot")) {
        all.add(List.of("tree", "--format", format, "--baseline", baseline));
        all.add(List.of("tree", "--format", format, "--baseline", baseline, "--set", "platform=desktop",
            "--set", "io-multiplexing=false", "--set", "std-api=true"));
      }
    }
    all.add(List.of("adr", "--format", "deny", "--set", "platform=server", "--set", "project-type=web-api"));
    all.add(List.of("adr", "--format", "mermaid", "--set", "platform=server", "--set", "high-throughput=false"));
    all.add(List.of("list-keys"));
    all.add(List.of("kb", "check"));
    String fixture = Path.of(FIXTURE).toString();
    for (String format : List.of("text", "markdown")) {
      all.add(List.of("analyze", fixture, "--no-cargo", "--fail-on", "never", "--format", format));
    }
    all.add(List.of("--help"));
    for (String command : List.of("recommend", "analyze", "adr", "explain", "compare", "tree", "list-keys", "kb",
        "completion", "new", "migrate", "serve")) {
      all.add(List.of(command, "--help"));
    }
    List<Arguments> out = new ArrayList<>();
    for (List<String> command : all) {
      out.add(Arguments.of("en", command));
      out.add(Arguments.of("zh", command));
    }
    return out.stream();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Every topic of {@code rta explain}: runtimes, rules, answer keys, corrections, decisions, advisories. */
  private static Set<String> topics() {
    Set<String> topics = new java.util.LinkedHashSet<>();
    PACK.runtimes().forEach(r -> topics.add(r.id()));
    topics.addAll(RuleIds.all(PACK));
    PACK.questions().forEach(q -> topics.add(q.key()));
    PACK.corrections().forEach(c -> topics.add(c.id()));
    PACK.decisions().forEach(d -> topics.add(d.id()));
    PACK.advisories().forEach(a -> topics.add(a.id()));
    return topics;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commands")
  void printsOneLanguage(String lang, List<String> command) throws IOException {
    List<String> args = new ArrayList<>(List.of("--lang", lang));
    args.addAll(command);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    if (r.exit() == 2 && command.get(0).equals("explain")) {
      return; // a rule only the other baseline has
    }
    assertThat(r.exit()).as("%s%n%s", r.err(), r.out()).isIn(0, 1);
    String out = r.out();
    if (command.contains("mermaid") || command.contains("dot") || command.contains("deny")) {
      out = quoted(out) + comments(out);
    }
    if (command.contains("--help")) {
      out = out.replaceAll("(?m)^ +[a-z][a-z-]*(?= {2})", ""); // the list of subcommands: their names
    }
    if (lang.equals("en")) {
      Matcher m = CJK.matcher(out);
      assertThat(m.find()).as("CJK in the English output of %s:%n%s", command, out).isFalse();
    } else {
      assertThat(englishWords(out)).as("English words in the Chinese output of %s:%n%s", command, out).isEmpty();
    }
  }

  @Test
  void migrateSummaryAndChecklistAreInOneLanguage() {
    String fixture = Path.of("src/test/resources/migrate/fixtures/timers").toString();
    for (String lang : List.of("en", "zh")) {
      Cli.Result r = Cli.run("--lang", lang, "migrate", fixture, "--to", "smol");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).contains("[async-std-smol:");
      String prose = r.err()
          .replaceAll("(?m)^ *\\d+\\. \\S+:\\d+:\\d+  .*$", "") // an item's file:line and its code
          .replaceAll("\\[[^\\]]+]$|\\[[^\\]]+](?=\\n)", "") // an item's rule id
          .replaceAll("`[^`]*`", "") // commands
          .replace(fixture, "");
      if (lang.equals("en")) {
        assertThat(CJK.matcher(r.err()).find()).as(r.err()).isFalse();
      } else {
        assertThat(englishWords(prose))
            .as(r.err()).isEmpty();
      }
    }
  }

  @Test
  void writtenAdrIsInOneLanguage() throws IOException {
    for (String lang : List.of("en", "zh")) {
      Path dir = tmp.resolve("adr-" + lang);
      Cli.Result r = Cli.run("--lang", lang, "adr", "--dir", dir.toString(), "--set", "platform=server",
          "--set", "project-type=web-api", "--set", "long-term=true", "--set", "features=tls");
      assertThat(r.exit()).as(r.err()).isZero();
      String adr = Files.readString(dir.resolve("0001-async-runtime-tokio.md"));
      if (lang.equals("en")) {
        assertThat(CJK.matcher(adr).find()).as(adr).isFalse();
      } else {
        assertThat(englishWords(adr)).as(adr).isEmpty();
      }
    }
  }

  private static String comments(String code) {
    StringBuilder out = new StringBuilder();
    code.lines().filter(l -> l.startsWith("#") || l.startsWith("%%")).forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static String quoted(String code) {
    StringBuilder out = new StringBuilder();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(code);
    while (m.find()) {
      out.append(m.group(1)).append('\n');
    }
    return out.toString();
  }

  // ---- the heuristic ---------------------------------------------------------------------------

  /** The English words of a Chinese text, by the heuristic of the class comment. */
  static Set<String> englishWords(String text) {
    String prose = text.replaceAll("(?s)```.*?```", " ").replaceAll("`[^`\n]*`", " ")
        .replaceAll("https?://\\S+", " ").replaceAll("\\{[^{}\n]*\\}", " ");
    prose = COMMAND.matcher(prose).replaceAll(" ");
    Set<String> words = new TreeSet<>();
    Matcher m = TOKEN.matcher(prose);
    while (m.find()) {
      String token = m.group().replaceAll("[.:]+$", "");
      if (WORD.matcher(token).matches() && !Terms.ALL.contains(token) && !Terms.ALL.contains(token.toLowerCase())) {
        words.add(token);
      }
    }
    return words;
  }

  /** Names rta prints as is and the Latin words the document's Chinese uses. */
  private static final class Terms {
    static final Set<String> ALL = build();

    private static Set<String> build() {
      Set<String> terms = new TreeSet<>(CODE_WORDS);
      StringBuilder names = new StringBuilder();
      PACK.runtimes().forEach(r -> names.append(r.id()).append(' ').append(r.name()).append(' '));
      for (Question q : PACK.questions()) {
        names.append(q.key()).append(' ');
        for (Choice c : q.values()) {
          names.append(c.id()).append(' ');
        }
      }
      PACK.markers().forEach(x -> names.append(x.crate()).append(' '));
      PACK.libraryFeatures().forEach(x -> names.append(x.crate()).append(' '));
      RuleIds.all(PACK).forEach(id -> names.append(id).append(' '));
      names.append(FIXTURE_CRATES).append(' ');
      PACK.corrections().forEach(c -> names.append(c.id()).append(' '));
      PACK.advisories().forEach(a -> names.append(a.id()).append(' ').append(a.crate()).append(' '));
      terms.addAll(List.of(names.toString().split(" ")));
      StringBuilder documentTerms = new StringBuilder();
      PACK.runtimes().forEach(r -> {
        r.links().forEach(l -> documentTerms.append(l.title()).append(' '));
        if (r.architecture() != null) {
          r.architecture().layers().forEach(l -> l.components().forEach(c -> documentTerms.append(c.zh()).append(' ')));
        }
      });
      PACK.references().forEach(g -> g.links().forEach(l -> documentTerms.append(l.title()).append(' ')));
      addWords(terms, documentTerms.toString());
      for (String file : PackLoader.FILES) {
        try (InputStream in = LanguageSeparationTest.class.getResourceAsStream("/dev/rta/knowledge/pack/" + file)) {
          chineseTexts(new ObjectMapper(new YAMLFactory()).readTree(in), null, terms);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return terms;
    }

    private static void chineseTexts(JsonNode node, String field, Set<String> terms) {
      if (node.isTextual() && "zh".equals(field) && CJK.matcher(node.asText()).find()) {
        addWords(terms, node.asText());
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          chineseTexts(e.getValue(), e.getKey(), terms);
        }
      } else if (node.isArray()) {
        node.forEach(n -> chineseTexts(n, field, terms));
      }
    }

    private static void addWords(Set<String> terms, String text) {
      Matcher m = Pattern.compile("[A-Za-z]+").matcher(text);
      while (m.find()) {
        terms.add(m.group());
      }
    }
  }
}
