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

  /** Answers from a YAML ({@code .yaml}, {@code .yml}) or TOML ({@code .toml}) file. */
  public Answers fromFile(Path file) {
    String display = file.toString();
    String text;
    try {
      text = PackLoader.decode(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.answers.missingFile")
          .withHint("hint.saveAnswers"));
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.file.notUtf8").withHint("hint.answersText"));
    } catch (IOException e) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.file.cannotRead", String.valueOf(e.getMessage())));
    }
    if (text.indexOf('\0') >= 0) {
      throw InvalidInputException.of(Problem.of(Location.file(display), "err.answers.binary").withHint("hint.answersText"));
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".toml")) {
      return fromToml(display, text);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return fromYaml(display, text);
    }
    throw InvalidInputException.of(Problem.of(Location.file(display), "err.answers.format").withHint("hint.answersExt"));
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

  /** Answers from TOML text. */
  public Answers fromToml(String display, String text) {
    TomlParseResult r = Toml.parse(text, TomlVersion.V1_0_0);
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
      Object plain;
      if (v instanceof TomlArray a) {
        plain = a.toList();
      } else if (v instanceof TomlTable) {
        problems.add(Problem.of(at, "err.answers.table", key));
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
