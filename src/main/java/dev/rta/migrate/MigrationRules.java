package dev.rta.migrate;

import dev.rta.domain.pack.ApiMapping;
import dev.rta.domain.pack.MappingKind;
import dev.rta.domain.pack.MigrationGuide;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules of one migration: the mapping rows of its guide in the knowledge pack, and the codemod's tables
 * ({@code dev/rta/migrate/codemod.yaml}: path roots, trait methods, which recipe rewrites which row).
 */
public final class MigrationRules {
  private static final String TABLES = "/dev/rta/migrate/codemod.yaml";

  private final MigrationGuide guide;
  private final List<String> roots;
  private final Map<String, ApiMapping> paths = new LinkedHashMap<>();
  private final Map<String, ApiMapping> methods = new LinkedHashMap<>();
  private final List<ApiMapping> cargo = new ArrayList<>();
  private final Map<String, String> recipes = new LinkedHashMap<>();
  private final Map<String, List<String>> traits = new LinkedHashMap<>();
  private final Map<String, String> manualMethods = new LinkedHashMap<>();
  private final Map<String, String> fsMethods = new LinkedHashMap<>();
  private final List<String> streamTraits;
  private final List<String> available;
  private final String fromPackage;
  private final String toPackage;

  private MigrationRules(MigrationGuide guide, Map<String, Object> tables) {
    this.guide = guide;
    this.roots = strings(map(tables, "roots").get(guide.from()));
    for (ApiMapping m : guide.current().mappings()) {
      if (m.kind() == MappingKind.CARGO) {
        cargo.add(m);
      } else if (isPath(m.from())) {
        paths.putIfAbsent(m.from(), m);
      } else if (m.from().contains("::")) {
        methods.putIfAbsent(m.from().substring(m.from().lastIndexOf("::") + 2), m);
      }
    }
    for (Object o : list(tables, "recipes")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) o;
      if (guide.id().equals(r.get("migration"))) {
        recipes.put(String.valueOf(r.get("mapping")), String.valueOf(r.get("recipe")));
      }
    }
    Map<String, Object> traitTable = map(map(tables, "traits"), guide.to());
    traitTable.forEach((t, names) -> traits.put(t, strings(names)));
    map(map(tables, "manual-methods"), guide.to()).forEach((k, v) -> manualMethods.put(k, String.valueOf(v)));
    map(map(tables, "fs-methods"), guide.to()).forEach((k, v) -> fsMethods.put(k, String.valueOf(v)));
    this.streamTraits = strings(map(tables, "stream-traits").get(guide.to()));
    this.available = strings(map(tables, "always-available").get(guide.to()));
    Map<String, Object> packages = map(tables, "packages");
    this.fromPackage = String.valueOf(packages.getOrDefault(guide.from(), guide.from()));
    this.toPackage = String.valueOf(packages.getOrDefault(guide.to(), guide.to()));
  }

  /** The rules of a migration guide. */
  public static MigrationRules of(MigrationGuide guide) {
    return new MigrationRules(guide, tables());
  }

  /** Whether the codemod's tables know the runtime a migration starts from (its path roots). */
  public static boolean knowsSource(String from) {
    return map(tables(), "roots").containsKey(from);
  }

  private boolean isPath(String from) {
    int sep = from.indexOf("::");
    String root = sep < 0 ? from : from.substring(0, sep);
    return roots.contains(root);
  }

  public MigrationGuide guide() {
    return guide;
  }

  public String id() {
    return guide.id();
  }

  /** The Rust path roots of the old runtime. */
  public List<String> roots() {
    return roots;
  }

  /** The Cargo package of the old runtime. */
  public String fromPackage() {
    return fromPackage;
  }

  /** The Cargo package of the new runtime. */
  public String toPackage() {
    return toPackage;
  }

  /** The Cargo rows: the runtime dependency itself, library features, libraries to replace. */
  public List<ApiMapping> cargo() {
    return List.copyOf(cargo);
  }

  /** The row whose path is the longest prefix of the segments, or null. */
  @Nullable Match longest(List<String> segments) {
    for (int i = segments.size(); i >= 1; i--) {
      ApiMapping m = paths.get(String.join("::", segments.subList(0, i)));
      if (m != null) {
        return new Match(m, i);
      }
    }
    return null;
  }

  /** The row for a glob import of the path ({@code async_std::prelude::*}), exact or by a prefix row. */
  @Nullable ApiMapping glob(List<String> segments) {
    ApiMapping exact = paths.get(String.join("::", segments) + "::*");
    if (exact != null) {
      return exact;
    }
    Match m = longest(segments);
    return m != null && m.length() == segments.size() && m.mapping().kind() == MappingKind.PATH ? m.mapping() : null;
  }

  /** The row for a method name ({@code incoming} for {@code TcpListener::incoming}), or null. */
  @Nullable ApiMapping method(String name) {
    return methods.get(name);
  }

  /** The recipe that rewrites the code around uses of a row, or null. */
  @Nullable String recipe(ApiMapping m) {
    return recipes.get(m.from());
  }

  /** The first row whose path ends with {@code ::suffix} (a trait or method named without its crate), or null. */
  @Nullable ApiMapping pathEndingWith(String suffix) {
    for (ApiMapping m : paths.values()) {
      if (m.from().endsWith("::" + suffix)) {
        return m;
      }
    }
    return null;
  }

  /** The row of a path, by its {@code from}. */
  @Nullable ApiMapping path(String from) {
    return paths.get(from);
  }

  /** Each trait of the target with the methods it provides. */
  Map<String, List<String>> traits() {
    return traits;
  }

  /**
   * The call an awaited file-system method of the old runtime's Path becomes, {@code {}} standing for the receiver;
   * null when the target has none (a checklist item).
   */
  @Nullable String fsMethod(String name) {
    return fsMethods.get(name);
  }

  /** Methods with no import on the target, with the row that explains them. */
  Map<String, String> manualMethods() {
    return manualMethods;
  }

  /** A checklist reason of the codemod ({@code reasons.yaml}) with its arguments, in both languages. */
  public static dev.rta.domain.LocalizedText reason(String id, Object... args) {
    return Reasons.of(id, args);
  }

  /** The stream extension traits to import instead of the old runtime's, in order of preference. */
  List<String> streamTraits() {
    return streamTraits;
  }

  /** Whether code may use a path of this crate (by its Rust name) without the member declaring it. */
  boolean alwaysAvailable(String root) {
    return available.contains(root);
  }

  /** The rule id of a row. */
  public String ruleId(ApiMapping m) {
    return guide.id() + ":" + m.from();
  }

  /** A row and how many path segments it matched. */
  record Match(ApiMapping mapping, int length) {}

  /**
   * Macros whose arguments are expressions ({@code assert!}, {@code println!}, anyhow's {@code ensure!}): the
   * parser reads their arguments as a call's, so that their code is migrated like any other.
   */
  static List<String> expressionMacros() {
    return EXPRESSION_MACROS;
  }

  private static final List<String> EXPRESSION_MACROS = strings(tables().get("expression-macros"));

  private static Map<String, Object> tables() {
    try (InputStream in = Objects.requireNonNull(MigrationRules.class.getResourceAsStream(TABLES), TABLES)) {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      return yaml.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
  }

  private static List<Object> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof List<?> l ? new ArrayList<>(l) : List.of();
  }

  private static List<String> strings(@Nullable Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
