package dev.rta.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswersFormat;
import dev.rta.domain.Echo;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads answers: an answers file (YAML, TOML or JSON, flat {@code key: value}) and {@code --set key=value}
 * arguments. All problems are reported at once, each with its position. Reading the file (and its size limit) is
 * the caller's.
 */
public final class AnswersReader {
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(1000).build())
      .build());

  private final QuestionSet questions;

  public AnswersReader(QuestionSet questions) {
    this.questions = questions;
  }

  /** Answers from {@code --set key=value} arguments (later ones win). */
  public Answers fromSets(List<String> sets) {
    List<Problem> problems = new ArrayList<>();
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (String set : sets) {
      Location at = Location.file("--set " + Echo.shorten(set));
      int eq = set.indexOf('=');
      if (eq <= 0) {
        problems.add(Problem.of(at, "err.set.expected").withHint("hint.set.example"));
        continue;
      }
      String key = set.substring(0, eq).trim();
      try {
        values.put(key, questions.parseText(key, set.substring(eq + 1)));
      } catch (AnswerError e) {
        problems.add(Problem.at(at, e.text(), e.hint()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ordered(values);
  }

  /**
   * Answers from the bytes of an answers file in a format (YAML, TOML or JSON), or, when the format is null
   * (standard input), in the format the text looks like.
   */
  public Answers fromBytes(String display, byte[] bytes, @Nullable AnswersFormat format) {
    String text;
    try {
      text = PackLoader.decode(bytes);
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.file.notUtf8").withHint("hint.answersText"));
    }
    if (text.indexOf('\0') >= 0) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.answers.binary").withHint("hint.answersText"));
    }
    return switch (format == null ? AnswersFormat.of(text) : format) {
      case YAML -> fromYaml(display, text);
      case TOML -> fromToml(display, text);
      case JSON -> fromJson(display, text);
    };
  }

  /** Answers from YAML text. */
  public Answers fromYaml(String display, String text) {
    List<Problem> problems = new ArrayList<>();
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw InvalidInputException.of(Problem.of(
          m == null ? Location.file(display) : new Location(display, m.getLine() + 1, m.getColumn() + 1),
          "err.yaml.syntax", e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem()));
    } catch (YAMLException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.yaml.other", String.valueOf(e.getMessage())));
    }
    if (root == null) {
      return Answers.empty();
    }
    if (!(root instanceof MappingNode map)) {
      throw InvalidInputException.of(Problem.of(at(display, root), "err.answers.notPairs").withHint("hint.answersExample"));
    }
    for (NodeTuple t : map.getValue()) {
      Location at = at(display, t.getKeyNode());
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.add(Problem.of(at, "err.yaml.keyNotWord"));
        continue;
      }
      String key = k.getValue();
      if (values.containsKey(key)) {
        problems.add(Problem.of(at, "err.answers.twice", key));
        continue;
      }
      Object plain = plain(t.getValueNode());
      if (plain == null) {
        problems.add(Problem.of(at(display, t.getValueNode()), "err.answers.noValue", key));
        continue;
      }
      put(values, problems, key, plain, at(display, t.getValueNode()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ordered(values);
  }

  private static Location at(String display, Node node) {
    return new Location(display, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  private static @Nullable Object plain(Node node) {
    if (node instanceof ScalarNode s) {
      Tag tag = s.getTag();
      if (tag.equals(Tag.NULL)) {
        return null;
      }
      if (tag.equals(Tag.BOOL)) {
        String v = s.getValue().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
      }
      return s.getValue();
    }
    if (node instanceof SequenceNode seq) {
      List<Object> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof ScalarNode s)) {
          return null;
        }
        items.add(s.getValue());
      }
      return items;
    }
    return null;
  }

  /** Answers from JSON text: one object of key: value pairs, as {@code --save-answers *.json} writes. */
  public Answers fromJson(String display, String text) {
    List<Problem> problems = new ArrayList<>();
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken start = p.nextToken();
      if (start == null) {
        return Answers.empty();
      }
      if (start != JsonToken.START_OBJECT) {
        throw InvalidInputException.of(Problem.of(at(display, p.currentTokenLocation()), "err.answers.notPairs")
            .withHint("hint.answersExample"));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Location keyAt = at(display, p.currentTokenLocation());
        p.nextToken();
        Location valueAt = at(display, p.currentTokenLocation());
        JsonNode value = p.readValueAsTree();
        if (values.containsKey(key)) {
          problems.add(Problem.of(keyAt, "err.answers.twice", key));
          continue;
        }
        Object plain = plainJson(value);
        if (plain == null) {
          problems.add(Problem.of(valueAt, "err.answers.noValue", key));
          continue;
        }
        put(values, problems, key, plain, valueAt);
      }
      if (p.nextToken() != null) {
        throw InvalidInputException.of(Problem.of(at(display, p.currentTokenLocation()), "err.json.syntax",
            "more after the answers object"));
      }
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(Problem.of(at(display, e.getLocation()), "err.json.syntax",
          e.getOriginalMessage().lines().findFirst().orElse("")));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ordered(values);
  }

  private static Location at(String display, @Nullable JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? Location.file(display)
        : new Location(display, l.getLineNr(), Math.max(0, l.getColumnNr()));
  }

  /** A JSON value as YAML's plain values: scalars, a list of scalars; null for null and nested structures. */
  private static @Nullable Object plainJson(JsonNode v) {
    if (v.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isValueNode() || item.isNull()) {
          return null;
        }
        items.add(item.isTextual() ? item.textValue() : item.isNumber() ? item.numberValue() : item.asText());
      }
      return items;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    return v.isNumber() ? v.numberValue() : null;
  }

  /** Answers from TOML text. */
  public Answers fromToml(String display, String text) {
    TomlParseResult r;
    try {
      r = Toml.parse(text, TomlVersion.V1_0_0);
    } catch (RuntimeException e) {
      // tomlj throws instead of reporting on some malformed input (a broken inline table, found by fuzzing the
      // manifest reader): a syntax error all the same, without its position
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.toml.unplaced")
          .withHint("hint.toml.unplaced"));
    }
    List<Problem> problems = new ArrayList<>();
    if (r.hasErrors()) {
      for (TomlParseError e : r.errors()) {
        problems.add(Problem.of(position(display, e.position()), "err.toml.syntax",
            e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", "")));
      }
      throw new InvalidInputException(problems);
    }
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (String key : r.keySet()) {
      Location at = position(display, r.inputPositionOf(List.of(key)));
      Object v = r.get(List.of(key));
      if (v instanceof TomlTable) {
        problems.add(Problem.of(at, "err.answers.table", key));
        continue;
      }
      put(values, problems, key, plainToml(v), at);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ordered(values);
  }

  /** TOML arrays and tables as lists and maps, all the way down, so that a message never shows a TOML object. */
  private static @Nullable Object plainToml(@Nullable Object v) {
    if (v instanceof TomlArray a) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        items.add(plainToml(a.get(i)));
      }
      return items;
    }
    return v instanceof TomlTable t ? t.toMap() : v;
  }

  private static Location position(String display, @Nullable TomlPosition p) {
    return p == null ? Location.file(display) : new Location(display, p.line(), p.column());
  }

  private void put(Map<String, AnswerValue> values, List<Problem> problems, String key, @Nullable Object plain,
      Location at) {
    try {
      values.put(key, questions.parsePlain(key, plain));
    } catch (AnswerError e) {
      problems.add(Problem.at(at, e.text(), e.hint()));
    }
  }

  private Answers ordered(Map<String, AnswerValue> values) {
    Map<String, AnswerValue> ordered = new LinkedHashMap<>();
    for (Question q : questions.all()) {
      if (values.containsKey(q.key())) {
        ordered.put(q.key(), values.get(q.key()));
      }
    }
    return Answers.of(ordered);
  }
}
