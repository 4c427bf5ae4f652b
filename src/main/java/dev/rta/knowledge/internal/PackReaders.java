package dev.rta.knowledge.internal;

import dev.rta.domain.AnswerType;
import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import dev.rta.domain.Suggestions;
import dev.rta.domain.pack.Change;
import dev.rta.domain.pack.Preference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Readers for the pack's own small languages: conditions, preferences and correction changes. */
public final class PackReaders {
  private static final Map<String, Class<? extends Change>> CHANGES = new LinkedHashMap<>();

  static {
    CHANGES.put("status", Change.Status.class);
    CHANGES.put("substitute", Change.Substitute.class);
    CHANGES.put("recommend", Change.Recommend.class);
    CHANGES.put("cell", Change.SetCell.class);
    CHANGES.put("addRow", Change.AddRow.class);
    CHANGES.put("addRule", Change.AddRule.class);
    CHANGES.put("note", Change.Note.class);
    CHANGES.put("profile", Change.Profile.class);
  }

  private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("\\p{IsHan}");

  private final @Nullable QuestionSet questions;
  private final Collection<String> runtimes;

  /**
   * @param questions the answer keys conditions may test, or null to read conditions without
   *     checking them (the first pass over questions.yaml)
   * @param runtimes the runtime ids preferences may name
   */
  public PackReaders(@Nullable QuestionSet questions, Collection<String> runtimes) {
    this.questions = questions;
    this.runtimes = List.copyOf(runtimes);
  }

  public YamlBinder install(YamlBinder binder) {
    return binder
        .with(Condition.class, (node, b) -> condition(node, b))
        .with(Preference.class, (node, b) -> preference(node, b))
        .with(Change.class, (node, b) -> change(node, b))
        .with(LocalizedText.class, (node, b) -> text(node, b));
  }

  // ---- texts --------------------------------------------------------------------------------

  /**
   * A text in both languages, {@code {zh: ..., en: ...}}; a plain string is a name or code, the same in both
   * (Tokio, epoll/kqueue), so it must not be Chinese.
   */
  private @Nullable LocalizedText text(Node node, YamlBinder b) {
    if (node instanceof ScalarNode s) {
      if (CHINESE.matcher(s.getValue()).find()) {
        b.problem(node, Messages.text("pack.text.untranslated", s.getValue()), Messages.text("pack.hint.text"));
        return null;
      }
      return LocalizedText.same(s.getValue());
    }
    return (LocalizedText) b.bindRecord(node, LocalizedText.class);
  }

  // ---- conditions -------------------------------------------------------------------------

  private @Nullable Condition condition(Node node, YamlBinder b) {
    Map<String, NodeTuple> entries = b.entries(node, Messages.text("type.Condition"));
    if (entries == null) {
      return null;
    }
    List<Condition> parts = new ArrayList<>();
    boolean ok = true;
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      Node value = e.getValue().getValueNode();
      Condition c = switch (e.getKey()) {
        case "all", "any" -> {
          if (!(value instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            b.problem(value, "pack.cond.needsList", e.getKey());
            yield null;
          }
          List<Condition> inner = new ArrayList<>();
          boolean innerOk = true;
          for (Node item : seq.getValue()) {
            Condition ic = condition(item, b);
            if (ic == null) {
              innerOk = false;
            } else {
              inner.add(ic);
            }
          }
          if (!innerOk) {
            yield null;
          }
          yield e.getKey().equals("all") ? new Condition.All(inner) : new Condition.Any(inner);
        }
        case "not" -> {
          Condition inner = condition(value, b);
          yield inner == null ? null : new Condition.Not(inner);
        }
        case "unless" -> {
          Condition inner = condition(value, b);
          yield inner == null ? null : new Condition.Unless(inner);
        }
        default -> test(e.getKey(), e.getValue().getKeyNode(), value, b);
      };
      if (c == null) {
        ok = false;
      } else {
        parts.add(c);
      }
    }
    if (!ok) {
      return null;
    }
    if (parts.isEmpty()) {
      return new Condition.Always();
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
  }

  private @Nullable Condition test(String key, Node keyNode, Node value, YamlBinder b) {
    if (questions == null) {
      // First pass over questions.yaml: keys are not known yet; read leniently.
      return new Condition.Always();
    }
    Question q = questions.find(key);
    if (q == null) {
      b.problem(keyNode, Messages.text("pack.cond.unknownKey", key, Suggestions.didYouMean(key, questions.keys())),
          Messages.text("pack.hint.condKeys"));
      return null;
    }
    Condition.Predicate p = predicate(q, value, b);
    return p == null ? null : new Condition.Test(key, p);
  }

  private Condition.@Nullable Predicate predicate(Question q, Node value, YamlBinder b) {
    if (value instanceof ScalarNode s) {
      return switch (q.type()) {
        case BOOL -> bool(q, s, b) == null ? null : new Condition.Is(Boolean.parseBoolean(s.getValue()));
        case ENUM -> choice(q, s, b) ? new Condition.In(List.of(s.getValue())) : null;
        default -> {
          b.problem(value, Messages.text(q.type() == AnswerType.LIST ? "pack.cond.compareList" : "pack.cond.compareNumber",
              q.key(), article(q.type())));
          yield null;
        }
      };
    }
    if (value instanceof SequenceNode seq) {
      if (q.type() != AnswerType.ENUM) {
        b.problem(value, "pack.cond.listForEnum", q.key(), article(q.type()));
        return null;
      }
      List<String> values = choices(q, seq, b);
      return values == null ? null : new Condition.In(values);
    }
    Map<String, NodeTuple> ops = b.entries(value, Messages.text("type.comparison"));
    if (ops == null) {
      return null;
    }
    if (ops.size() != 1) {
      b.problem(value, "pack.cond.oneOperator", ops.size());
      return null;
    }
    Map.Entry<String, NodeTuple> op = ops.entrySet().iterator().next();
    Node arg = op.getValue().getValueNode();
    String name = op.getKey();
    switch (name) {
      case "gt", "ge", "lt", "le" -> {
        if (q.type() != AnswerType.INTEGER && q.type() != AnswerType.NUMBER) {
          b.problem(op.getValue().getKeyNode(), "pack.cond.numbers", name, q.key(), article(q.type()));
          return null;
        }
        Double d = b.bind(arg, Double.class);
        return d == null ? null : new Condition.Compare(Condition.Op.valueOf(name.toUpperCase(java.util.Locale.ROOT)), d);
      }
      case "contains" -> {
        if (!isList(q, op.getValue().getKeyNode(), name, b) || !(arg instanceof ScalarNode s) || !choice(q, s, b)) {
          return null;
        }
        return new Condition.Contains(s.getValue());
      }
      case "containsAny", "containsAll" -> {
        if (!isList(q, op.getValue().getKeyNode(), name, b)) {
          return null;
        }
        if (!(arg instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
          b.problem(arg, "pack.cond.needsValues", name);
          return null;
        }
        List<String> values = choices(q, seq, b);
        if (values == null) {
          return null;
        }
        return name.equals("containsAny") ? new Condition.ContainsAny(values) : new Condition.ContainsAll(values);
      }
      case "empty" -> {
        if (!isList(q, op.getValue().getKeyNode(), name, b)) {
          return null;
        }
        Boolean v = arg instanceof ScalarNode s ? bool(q, s, b) : null;
        if (v == null) {
          if (!(arg instanceof ScalarNode)) {
            b.problem(arg, "pack.cond.emptyBool");
          }
          return null;
        }
        return new Condition.Empty(v);
      }
      case "in", "eq" -> {
        return predicate(q, arg, b);
      }
      default -> {
        b.problem(op.getValue().getKeyNode(), Messages.text("pack.cond.unknownOperator", name,
            Suggestions.didYouMean(name, List.of("gt", "ge", "lt", "le", "contains", "containsAny", "containsAll", "empty", "in", "eq"))),
            Messages.text("pack.hint.operators"));
        return null;
      }
    }
  }

  private static boolean isList(Question q, Node at, String op, YamlBinder b) {
    if (q.type() == AnswerType.LIST) {
      return true;
    }
    b.problem(at, "pack.cond.testsList", op, q.key(), article(q.type()));
    return false;
  }

  private static @Nullable Boolean bool(Question q, ScalarNode s, YamlBinder b) {
    if (s.getValue().equals("true") || s.getValue().equals("false")) {
      return Boolean.parseBoolean(s.getValue());
    }
    b.problem(s, Messages.text("err.answer.badValue", "'" + s.getValue() + "'", q.key(), ""),
        Messages.text("hint.allowed", "true, false"));
    return null;
  }

  private static boolean choice(Question q, ScalarNode s, YamlBinder b) {
    if (q.choice(s.getValue()) != null) {
      return true;
    }
    b.problem(s, Messages.text("err.answer.badValue", "'" + s.getValue() + "'", q.key(),
        Suggestions.didYouMean(s.getValue(), q.valueIds())), Messages.text("hint.allowed", String.join(", ", q.valueIds())));
    return false;
  }

  private static @Nullable List<String> choices(Question q, SequenceNode seq, YamlBinder b) {
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && choice(q, s, b)) {
        out.add(s.getValue());
      } else {
        if (!(item instanceof ScalarNode)) {
          b.problem(item, "pack.cond.expectedValue", q.key(), YamlBinder.describe(item));
        }
        ok = false;
      }
    }
    return ok ? out : null;
  }

  private static LocalizedText article(AnswerType t) {
    return Messages.text("answerType." + t.id());
  }

  // ---- preferences ------------------------------------------------------------------------

  private @Nullable Preference preference(Node node, YamlBinder b) {
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      b.problem(node, "pack.pref.expected", YamlBinder.describe(node));
      return null;
    }
    List<List<String>> groups = new ArrayList<>();
    boolean ok = true;
    for (Node item : seq.getValue()) {
      List<String> group = new ArrayList<>();
      if (item instanceof ScalarNode s) {
        ok &= runtime(s, b);
        group.add(s.getValue());
      } else if (item instanceof SequenceNode inner && !inner.getValue().isEmpty()) {
        for (Node r : inner.getValue()) {
          if (r instanceof ScalarNode s) {
            ok &= runtime(s, b);
            group.add(s.getValue());
          } else {
            b.problem(r, "pack.pref.expectedRuntime", YamlBinder.describe(r));
            ok = false;
          }
        }
      } else {
        b.problem(item, "pack.pref.expectedGroup", YamlBinder.describe(item));
        ok = false;
      }
      groups.add(group);
    }
    return ok ? new Preference(groups) : null;
  }

  private boolean runtime(ScalarNode s, YamlBinder b) {
    if (runtimes.contains(s.getValue())) {
      return true;
    }
    b.problem(s, Messages.text("pack.unknownRuntime", s.getValue(), Suggestions.didYouMean(s.getValue(), runtimes)),
        Messages.text("pack.hint.runtimes", String.join(", ", runtimes)));
    return false;
  }

  // ---- correction changes -----------------------------------------------------------------

  private @Nullable Change change(Node node, YamlBinder b) {
    Map<String, NodeTuple> entries = b.entries(node, Messages.text("type.Change"));
    if (entries == null) {
      return null;
    }
    if (entries.size() != 1) {
      b.problem(node, Messages.text("pack.change.oneKind", entries.size()),
          Messages.text("pack.hint.changes", String.join(", ", CHANGES.keySet())));
      return null;
    }
    Map.Entry<String, NodeTuple> e = entries.entrySet().iterator().next();
    Class<? extends Change> type = CHANGES.get(e.getKey());
    if (type == null) {
      b.problem(e.getValue().getKeyNode(), Messages.text("pack.change.unknown", e.getKey(),
          Suggestions.didYouMean(e.getKey(), CHANGES.keySet())), Messages.text("pack.hint.changes", String.join(", ", CHANGES.keySet())));
      return null;
    }
    return b.bind(e.getValue().getValueNode(), type);
  }
}
