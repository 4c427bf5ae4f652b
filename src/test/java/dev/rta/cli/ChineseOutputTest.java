package dev.rta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rta.domain.Choice;
import dev.rta.domain.Question;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.knowledge.PackLoader;
import dev.rta.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With --lang zh, no English is left in user-facing text except names, ids and code: every Latin word
 * of the output must also appear in the Chinese texts of the pack and of rta's message catalogue (where
 * it is a name or code, such as Tokio, io_uring, RUSTSEC), or be an id (rule, key, value, correction).
 */
class ChineseOutputTest {
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]{2,}");

  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("recommend", "--set", "platform=server", "--set", "high-throughput=false", "--set", "std-api=true",
            "--set", "features=tls,signals", "--set", "libraries=redis,hyper", "--set", "team-experience=smol"),
        List.of("recommend", "--set", "std=false", "--set", "grpc=true"),
        List.of("recommend", "--set", "platform=embedded", "--set", "hard-realtime=true", "--format", "markdown"),
        List.of("recommend", "--set", "project-type=web-api", "--set", "long-term=true", "--format", "markdown"),
        List.of("recommend"),
        List.of("explain", "tokio"),
        List.of("explain", "async-std"),
        List.of("compare", "tokio", "smol", "async-std", "embassy"),
        List.of("tree", "--set", "platform=desktop"),
        List.of("list-keys"),
        List.of("explain", "example", "tcp-echo.embassy"),
        List.of("explain", "migration", "async-std-tokio"),
        List.of("explain", "migration", "smol-tokio", "--baseline", "seed"),
        List.of("recommend", "--help"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void printsChineseThroughout(List<String> command) throws IOException {
    List<String> args = new ArrayList<>(List.of("--lang", "zh"));
    args.addAll(command);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    Set<String> allowed = allowedWords();
    Set<String> english = new TreeSet<>();
    Matcher m = WORD.matcher(r.out().replaceAll("https?://\\S+", "").replaceAll("`[^`]*`", ""));
    while (m.find()) {
      if (!allowed.contains(m.group())) {
        english.add(m.group());
      }
    }
    assertThat(english).as("English words in the Chinese output of %s:%n%s", command, r.out()).isEmpty();
  }

  /** Words that are names, ids or code: those that the Chinese texts themselves use, and every id. */
  static Set<String> allowedWords() throws IOException {
    KnowledgePack pack = PackLoader.bundled();
    StringBuilder zh = new StringBuilder();
    for (Question q : pack.questions()) {
      zh.append(q.key()).append(' ').append(q.text().zh()).append(' ').append(q.help().zh()).append(' ');
      for (Choice c : q.values()) {
        zh.append(c.id()).append(' ').append(c.label().zh()).append(' ');
      }
    }
    pack.runtimes().forEach(r -> zh.append(r.id()).append(' ').append(r.name()).append(' '));
    pack.corrections().forEach(c -> zh.append(c.id()).append(' ').append(c.current().zh()).append(' ')
        .append(c.seed().zh()).append(' ').append(c.source()).append(' '));
    pack.markers().forEach(x -> zh.append(x.crate()).append(' '));
    pack.advisories().forEach(a -> zh.append(a.id()).append(' ').append(a.crate()).append(' '));
    // Every Chinese text of the pack files (the document's terms) and of the message catalogue.
    for (String file : PackLoader.FILES) {
      try (InputStream in = ChineseOutputTest.class.getResourceAsStream("/dev/rta/knowledge/pack/" + file)) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          // Keep ids and zh texts; drop English texts (en: ...).
          zh.append(line.replaceAll("en: \"[^\"]*\"", "").replaceAll("en: [^,}]*", "")).append(' ');
        }
      }
    }
    Properties messages = new Properties();
    try (InputStream in = ChineseOutputTest.class.getResourceAsStream("/dev/rta/messages_zh.properties")) {
      messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    messages.values().forEach(v -> zh.append(v).append(' '));
    Properties help = new Properties();
    try (InputStream in = ChineseOutputTest.class.getResourceAsStream("/dev/rta/cli/help_zh.properties")) {
      help.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    help.values().forEach(v -> zh.append(v).append(' '));
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(zh);
    while (m.find()) {
      words.add(m.group());
    }
    // Option names and placeholders of the usage synopsis are code.
    words.addAll(Set.of("rta", "FILE", "KEY", "VALUE", "DIR", "text", "json", "markdown", "auto", "always", "never",
        "seed", "current", "help", "version", "lang", "knowledge", "color", "stacktrace", "interactive", "save",
        "answers", "baseline", "format", "output", "quiet", "set", "non", "true", "false",
        // MADR front matter keys and values are read by tools
        "status", "proposed", "date", "decision", "makers", "pack", "hqV"));
    return words;
  }
}
