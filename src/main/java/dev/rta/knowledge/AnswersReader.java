package dev.rta.knowledge;

import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * Reads answers: an answers file (YAML or TOML, flat {@code key: value}) and {@code --set key=value}
 * arguments. All problems are reported at once, each with its position.
 */
public final class AnswersReader {
  private final QuestionSet questions;

  public AnswersReader(QuestionSet questions) {
    this.questions = questions;
  }

  /** Answers from {@code --set key=value} arguments (later ones win). */
  public Answers fromSets(List<String> sets) {
    List<Problem> problems = new ArrayList<>();
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (String set : sets) {
      Location at = Location.file("--set " + set);
      int eq = set.indexOf('=');
      if (eq <= 0) {
        problems.add(Problem.at(at, "expected key=value", "e.g. --set platform=server; lists: --set features=tls,timers"));
        continue;
      }
      String key = set.substring(0, eq).trim();
      try {
        values.put(key, questions.parseText(key, set.substring(eq + 1)));
      } catch (AnswerError e) {
        problems.add(Problem.at(at, e.getMessage(), e.hint()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ordered(values);
  }

  /** Answers from a YAML ({@code .yaml}, {@code .yml}) or TOML ({@code .toml}) file. */
  public Answers fromFile(Path file) {
    String display = file.toString();
    String text;
    try {
      text = PackLoader.decode(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(Problem.at(Location.file(display), "no such answers file",
          "write one with rta recommend --save-answers FILE, or pass answers with --set"));
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Problem.at(Location.file(display), "not a UTF-8 text file", "answers files are YAML or TOML text"));
    } catch (IOException e) {
      throw InvalidInputException.of(Problem.at(Location.file(display), "cannot read: " + e.getMessage()));
    }
    if (text.indexOf('\0') >= 0) {
      throw InvalidInputException.of(Problem.at(Location.file(display), "a binary file, not an answers file",
          "answers files are YAML or TOML text"));
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".toml")) {
      return fromToml(display, text);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return fromYaml(display, text);
    }
    throw InvalidInputException.of(Problem.at(Location.file(display), "unknown answers file format",
        "name it *.yaml, *.yml or *.toml"));
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
      throw InvalidInputException.of(Problem.at(
          m == null ? Location.file(display) : new Location(display, m.getLine() + 1, m.getColumn() + 1),
          "YAML syntax error: " + (e.getProblem() == null ? e.getMessage() : e.getProblem())));
    } catch (YAMLException e) {
      throw InvalidInputException.of(Problem.at(Location.file(display), "YAML error: " + e.getMessage()));
    }
    if (root == null) {
      return Answers.empty();
    }
    if (!(root instanceof MappingNode map)) {
      throw InvalidInputException.of(Problem.at(at(display, root), "expected answers as key: value pairs",
          "e.g. platform: server"));
    }
    for (NodeTuple t : map.getValue()) {
      Location at = at(display, t.getKeyNode());
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.add(Problem.at(at, "a key must be a plain word"));
        continue;
      }
      String key = k.getValue();
      if (values.containsKey(key)) {
        problems.add(Problem.at(at, "'" + key + "' is answered twice"));
        continue;
      }
      Object plain = plain(t.getValueNode());
      if (plain == null) {
        problems.add(Problem.at(at(display, t.getValueNode()), "'" + key + "' needs a value or a list of values"));
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

  /** Answers from TOML text. */
  public Answers fromToml(String display, String text) {
    TomlParseResult r = Toml.parse(text, TomlVersion.V1_0_0);
    List<Problem> problems = new ArrayList<>();
    if (r.hasErrors()) {
      for (TomlParseError e : r.errors()) {
        problems.add(Problem.at(position(display, e.position()), "TOML syntax error: " + e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", "")));
      }
      throw new InvalidInputException(problems);
    }
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (String key : r.keySet()) {
      Location at = position(display, r.inputPositionOf(List.of(key)));
      Object v = r.get(List.of(key));
      Object plain;
      if (v instanceof TomlArray a) {
        plain = a.toList();
      } else if (v instanceof TomlTable) {
        problems.add(Problem.at(at, "'" + key + "' is a table, but answers are plain key = value pairs"));
        continue;
      } else {
        plain = v;
      }
      put(values, problems, key, plain, at);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ordered(values);
  }

  private static Location position(String display, @Nullable TomlPosition p) {
    return p == null ? Location.file(display) : new Location(display, p.line(), p.column());
  }

  private void put(Map<String, AnswerValue> values, List<Problem> problems, String key, @Nullable Object plain,
      Location at) {
    try {
      values.put(key, questions.parsePlain(key, plain));
    } catch (AnswerError e) {
      problems.add(Problem.at(at, e.getMessage(), e.hint()));
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
