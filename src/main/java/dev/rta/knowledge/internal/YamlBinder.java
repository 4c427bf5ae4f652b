package dev.rta.knowledge.internal;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.Suggestions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds SnakeYAML nodes to records, lists, maps and scalars. Problems (unknown keys, missing keys,
 * wrong types) are collected with their line, never thrown, so that one load reports them all.
 *
 * <p>A record component is optional when it is annotated {@code @Nullable}; a missing list or map
 * is empty and a missing {@code boolean} is false; every other component is required.
 */
public final class YamlBinder {
  /** Reads a type that is not a plain record, list, map or scalar. */
  public interface NodeReader {
    @Nullable Object read(Node node, YamlBinder binder);
  }

  private final String file;
  private final List<Problem> problems;
  private final Locations locations;
  private final Map<Class<?>, NodeReader> readers = new HashMap<>();

  public YamlBinder(String file, List<Problem> problems, Locations locations) {
    this.file = file;
    this.problems = problems;
    this.locations = locations;
  }

  public YamlBinder with(Class<?> type, NodeReader reader) {
    readers.put(type, reader);
    return this;
  }

  public String file() {
    return file;
  }

  public Location location(Node node) {
    return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  public void problem(Node node, LocalizedText message) {
    problems.add(Problem.at(location(node), message));
  }

  public void problem(Node node, LocalizedText message, @Nullable LocalizedText hint) {
    problems.add(Problem.at(location(node), message, hint));
  }

  /** A problem whose words come from the message catalogue. */
  public void problem(Node node, String key, Object... args) {
    problems.add(Problem.of(location(node), key, args));
  }

  public Locations locations() {
    return locations;
  }

  /** Binds a node to a type; null (with a problem recorded) when it does not fit. */
  public @Nullable Object bind(Node node, Type type) {
    Class<?> raw = rawClass(type);
    NodeReader reader = readers.get(raw);
    if (reader != null) {
      return reader.read(node, this);
    }
    if (raw == List.class) {
      return bindList(node, elementType(type, 0));
    }
    if (raw == Map.class) {
      return bindMap(node, elementType(type, 1));
    }
    if (raw.isRecord()) {
      return bindRecord(node, raw);
    }
    return bindScalar(node, raw);
  }

  @SuppressWarnings("unchecked")
  public <T> @Nullable T bind(Node node, Class<T> type) {
    return (T) bind(node, (Type) type);
  }

  private @Nullable List<Object> bindList(Node node, Type element) {
    if (!(node instanceof SequenceNode seq)) {
      problem(node, "pack.expectedList", describe(node));
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      Object v = bind(item, element);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private @Nullable Map<String, Object> bindMap(Node node, Type value) {
    if (!(node instanceof MappingNode map)) {
      problem(node, "pack.expectedTable", describe(node));
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalarKey(t.getKeyNode());
      if (key == null) {
        continue;
      }
      if (out.containsKey(key)) {
        problem(t.getKeyNode(), "pack.duplicateKey", key);
        continue;
      }
      Object v = bind(t.getValueNode(), value);
      if (v != null) {
        out.put(key, v);
      }
    }
    return out;
  }

  /** The mapping's entries by key, with duplicate and non-scalar keys reported. */
  public @Nullable Map<String, NodeTuple> entries(Node node, LocalizedText what) {
    if (!(node instanceof MappingNode map)) {
      problem(node, "pack.expectedWhat", what, describe(node));
      return null;
    }
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalarKey(t.getKeyNode());
      if (key == null) {
        continue;
      }
      if (out.containsKey(key)) {
        problem(t.getKeyNode(), "pack.duplicateKey", key);
        continue;
      }
      out.put(key, t);
    }
    return out;
  }

  private @Nullable String scalarKey(Node keyNode) {
    if (keyNode instanceof ScalarNode s) {
      return s.getValue();
    }
    problem(keyNode, "pack.keyNotWord", describe(keyNode));
    return null;
  }

  /**
   * Binds a mapping to a record by its component names, bypassing any reader registered for the type
   * (for a reader that accepts another form as well and hands the mapping back).
   */
  public @Nullable Object bindRecord(Node node, Class<?> type) {
    LocalizedText what = humanName(type);
    Map<String, NodeTuple> entries = entries(node, what);
    if (entries == null) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    Map<String, RecordComponent> byName = new LinkedHashMap<>();
    for (RecordComponent c : components) {
      byName.put(c.getName(), c);
    }
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!byName.containsKey(e.getKey())) {
        problem(e.getValue().getKeyNode(),
            Messages.text("pack.unknownKey", e.getKey(), what, Suggestions.didYouMean(e.getKey(), byName.keySet())),
            Messages.text("pack.hint.allowedKeys", String.join(", ", byName.keySet())));
      }
    }
    Object[] args = new Object[components.length];
    Map<String, Location> fieldLocations = new LinkedHashMap<>();
    boolean complete = true;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      NodeTuple t = entries.get(c.getName());
      boolean optional = isNullable(c);
      if (t == null || isNull(t.getValueNode())) {
        Object absent = absentValue(c);
        if (absent == null && !optional) {
          problem(node, "pack.missingKey", c.getName(), what);
          complete = false;
        }
        args[i] = absent;
        continue;
      }
      fieldLocations.put(c.getName(), location(t.getValueNode()));
      Object v = bind(t.getValueNode(), c.getGenericType());
      if (v == null) {
        complete = false;
      }
      args[i] = v;
    }
    if (!complete) {
      return null;
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(
          java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      ctor.setAccessible(true);
      Object result = ctor.newInstance(args);
      locations.put(result, "", location(node));
      fieldLocations.forEach((k, v) -> locations.put(result, k, v));
      return result;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      problem(node, "pack.invalid", humanName(type), String.valueOf(cause == null ? e : cause.getMessage()));
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName() + "; this is a bug in rta", e);
    }
  }

  private static @Nullable Object absentValue(RecordComponent c) {
    Class<?> t = c.getType();
    if (t == List.class) {
      return List.of();
    }
    if (t == Map.class) {
      return Map.of();
    }
    if (t == boolean.class) {
      return false;
    }
    return null;
  }

  private static boolean isNullable(RecordComponent c) {
    return c.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  private @Nullable Object bindScalar(Node node, Class<?> type) {
    if (!(node instanceof ScalarNode s)) {
      problem(node, "pack.expected", humanName(type), describe(node));
      return null;
    }
    String v = s.getValue();
    if (type == String.class) {
      return v;
    }
    if (type == boolean.class || type == Boolean.class) {
      if (v.equals("true") || v.equals("false")) {
        return Boolean.parseBoolean(v);
      }
      problem(node, "pack.expected", humanName(boolean.class), "'" + v + "'");
      return null;
    }
    if (type == int.class || type == Integer.class) {
      try {
        return Integer.parseInt(v.replace("_", ""));
      } catch (NumberFormatException e) {
        problem(node, "pack.expected", humanName(int.class), "'" + v + "'");
        return null;
      }
    }
    if (type == double.class || type == Double.class) {
      try {
        double d = Double.parseDouble(v.replace("_", ""));
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new NumberFormatException(v);
        }
        return d;
      } catch (NumberFormatException e) {
        problem(node, "pack.expected", humanName(double.class), "'" + v + "'");
        return null;
      }
    }
    if (type == LocalDate.class) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problem(node, "pack.expected", humanName(LocalDate.class), "'" + v + "'");
        return null;
      }
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        String id = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (id.equals(v)) {
          return constant;
        }
      }
      List<String> ids = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        ids.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      problem(node, Messages.text("pack.badValue", v, Suggestions.didYouMean(v, ids)),
          Messages.text("hint.allowed", String.join(", ", ids)));
      return null;
    }
    throw new IllegalStateException("no YAML binding for " + type.getName() + "; this is a bug in rta");
  }

  public static LocalizedText describe(Node node) {
    if (node instanceof ScalarNode s) {
      return LocalizedText.same("'" + s.getValue() + "'");
    }
    if (node instanceof SequenceNode) {
      return Messages.text("value.aList");
    }
    return Messages.text("value.aTable");
  }

  /** What a value of a type is called in messages: "a number", "a runtime profile". */
  static LocalizedText humanName(Class<?> type) {
    String key;
    if (type == String.class) {
      key = "type.text";
    } else if (type == int.class || type == Integer.class) {
      key = "type.integer";
    } else if (type == double.class || type == Double.class) {
      key = "type.number";
    } else if (type == boolean.class || type == Boolean.class) {
      key = "type.bool";
    } else if (type == LocalDate.class) {
      key = "type.date";
    } else {
      key = "type." + type.getSimpleName();
    }
    if (Messages.has(key)) {
      return Messages.text(key);
    }
    // ScenarioRow -> a scenario row
    return LocalizedText.same("a " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unsupported type " + type);
  }

  private static Type elementType(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalStateException("raw collection type " + type);
  }
}
