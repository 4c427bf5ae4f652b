package dev.rta.migrate;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.pack.ApiMapping;
import dev.rta.domain.pack.MappingKind;
import dev.rta.migrate.Syntax.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Migrates one Rust file: resolves every path of the old runtime through the file's imports, rewrites it by the
 * migration's mapping rows, runs the recipes that change the code around a use (join handles, channels, accept
 * loops, line streams, entry points), and rebuilds the imports for what the code now uses. A use no rule can
 * rewrite safely becomes a manual item; nothing is changed silently.
 *
 * <p>Two passes: the code edits are made on the original text; the imports are rebuilt on the result, so that the
 * traits a prelude import turns into are the ones the migrated code calls.
 */
final class RustMigrator {
  /** A place left for a person: a byte offset into the original text. */
  record Manual(int offset, int endOffset, String rule, LocalizedText reason) {}

  /** The migrated text, the edits in the original text's offsets, and what is left for review. */
  record Result(String text, List<TextEdit> edits, List<TextEdit> importEdits, List<Manual> manual,
      Set<String> needs, int uses, int automatic) {}

  /** The source does not parse. */
  static final class Unparsable extends Exception {
    final int line;
    final int column;

    Unparsable(int line, int column) {
      super("syntax error at " + line + ":" + column, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  /** An import of the old runtime: one leaf of a use tree. */
  private record Leaf(List<String> path, @Nullable String alias, boolean glob, Node decl) {
    String name() {
      return alias != null ? alias : path.get(path.size() - 1);
    }
  }

  private final MigrationRules rules;
  private final boolean fromStd;
  private final boolean toTokio;
  private Syntax.File file;
  private final List<TextEdit> edits = new ArrayList<>();
  private final List<Manual> manual = new ArrayList<>();
  private final Set<String> needs = new TreeSet<>();
  private final Map<String, Leaf> byName = new HashMap<>();
  private final Set<Leaf> kept = new HashSet<>();
  private final Map<Node, ApiMapping> spawnCalls = new IdentityHashMap<>();
  private int uses;
  private int automatic;

  private final Set<String> crates;

  private RustMigrator(MigrationRules rules, Syntax.File file, Set<String> crates) {
    this.rules = rules;
    this.crates = crates;
    this.file = file;
    this.fromStd = rules.guide().from().equals("std");
    this.toTokio = rules.guide().to().equals("tokio");
  }

  /** Migrates the text. */
  static Result migrate(MigrationRules rules, String text, Set<String> crates) throws Unparsable {
    Syntax.File f = Syntax.parse(text);
    Node error = f.firstError();
    if (error != null) {
      throw new Unparsable(f.line(error.start), f.column(error.start));
    }
    return new RustMigrator(rules, f, crates).run();
  }

  private Result run() {
    List<Leaf> leaves = imports(file);
    for (Leaf l : leaves) {
      if (!l.glob()) {
        byName.put(l.name(), l);
      }
    }
    List<Node> methodCalls = new ArrayList<>();
    visit(file.root, methodCalls);
    boolean touches = !fromStd && !leaves.isEmpty() || uses > 0;
    if (touches && !fromStd) {
      for (Node call : methodCalls) {
        method(call);
      }
    }
    List<TextEdit> codeEdits = List.copyOf(edits);
    String text1 = TextEdit.apply(file.bytes, codeEdits);
    List<TextEdit> importEdits = List.of();
    String text2 = text1;
    if (!leaves.isEmpty() && !fromStd) {
      Syntax.File f1 = Syntax.parse(text1);
      importEdits = rebuildImports(f1);
      text2 = TextEdit.apply(f1.bytes, importEdits);
      if (touches) {
        streamMethods(Syntax.parse(text2), f1, importEdits, codeEdits);
      }
    }
    return new Result(text2, codeEdits, importEdits, List.copyOf(manual), needs, uses, automatic);
  }

  /** Whether the member may use the path: the standard library, the target runtime, or a crate it declares. */
  private boolean usable(String path) {
    String root = path.contains("::") ? path.substring(0, path.indexOf("::")) : path;
    return rules.alwaysAvailable(root) || crates.contains(root);
  }

  /** The stream extension trait to import, from a crate the member has, or null. */
  private @Nullable String streamTrait() {
    for (String t : rules.streamTraits()) {
      if (usable(t)) {
        return t;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- imports

  private List<Leaf> imports(Syntax.File f) {
    List<Leaf> out = new ArrayList<>();
    for (Node decl : f.root.children) {
      collectImports(f, decl, out);
    }
    return out;
  }

  private void collectImports(Syntax.File f, Node n, List<Leaf> out) {
    if (n.is("use_declaration")) {
      Node arg = n.child("argument");
      if (arg != null) {
        List<Leaf> all = new ArrayList<>();
        leaves(f, arg, List.of(), n, all);
        for (Leaf l : all) {
          if (!l.path().isEmpty() && rules.roots().contains(l.path().get(0))) {
            out.add(l);
          }
        }
      }
    } else if (n.is("mod_item", "declaration_list", "function_item", "block")) {
      for (Node c : n.children) {
        collectImports(f, c, out);
      }
    }
  }

  private void leaves(Syntax.File f, Node n, List<String> prefix, Node decl, List<Leaf> out) {
    switch (n.type) {
      case "scoped_use_list" -> {
        Node path = n.child("path");
        List<String> p = new ArrayList<>(prefix);
        if (path != null) {
          List<String> s = segments(f, path);
          if (s == null) {
            return;
          }
          p.addAll(s);
        }
        Node list = n.child("list");
        if (list != null) {
          leaves(f, list, p, decl, out);
        }
      }
      case "use_list" -> {
        for (Node c : n.named()) {
          leaves(f, c, prefix, decl, out);
        }
      }
      case "use_as_clause" -> {
        Node path = n.child("path");
        Node alias = n.child("alias");
        List<String> s = path == null ? null : segments(f, path);
        if (s != null && alias != null) {
          out.add(new Leaf(concat(prefix, s), f.text(alias), false, decl));
        }
      }
      case "use_wildcard" -> {
        Node path = n.named().isEmpty() ? null : n.named().get(0);
        List<String> s = path == null ? List.of() : segments(f, path);
        if (s != null) {
          out.add(new Leaf(concat(prefix, s), null, true, decl));
        }
      }
      default -> {
        List<String> s = segments(f, n);
        if (s != null) {
          List<String> full = concat(prefix, s);
          if (full.size() > 1 && full.get(full.size() - 1).equals("self")) {
            full = full.subList(0, full.size() - 1);
          }
          out.add(new Leaf(full, null, false, decl));
        }
      }
    }
  }

  /**
   * Rebuilds each use declaration of the old runtime in the migrated text: mapped leaves get their new path,
   * prelude globs become the traits the code calls, leaves no longer used are dropped, and leaves still used
   * without a rule stay (their uses are manual items already).
   */
  private List<TextEdit> rebuildImports(Syntax.File f1) {
    Set<String> methodsUsed = new HashSet<>();
    Set<String> namesUsed = new HashSet<>();
    Set<String> existing = new HashSet<>();
    f1.root.walk(n -> {
      if (n.is("field_identifier") && n.parent != null && n.parent.is("field_expression")
          && n.parent.parent != null && n.parent.parent.is("call_expression")) {
        methodsUsed.add(f1.text(n));
      } else if (n.is("identifier", "type_identifier") && n.ancestor("use_declaration") == null
          && !"name".equals(n.field) && !"pattern".equals(n.field)) {
        // A name used on its own or as the first segment of a path (not `x` in `a::x`).
        namesUsed.add(f1.text(n));
      }
    });
    List<Leaf> all = imports(f1);
    Map<Node, List<Leaf>> byDecl = new LinkedHashMap<>();
    for (Leaf l : all) {
      byDecl.computeIfAbsent(l.decl(), k -> new ArrayList<>()).add(l);
    }
    // Imports the file already has (of other crates), so that none is added twice.
    f1.root.walk(n -> {
      if (n.is("use_declaration") && !byDecl.containsKey(n) && n.child("argument") != null) {
        List<Leaf> other = new ArrayList<>();
        leaves(f1, n.child("argument"), List.of(), n, other);
        other.forEach(l -> existing.add(String.join("::", l.path()) + (l.glob() ? "::*" : "") + " as " + l.name()));
      }
    });
    Set<String> keptPaths = new HashSet<>();
    kept.forEach(l -> keptPaths.add(String.join("::", l.path()) + "|" + l.name()));
    List<TextEdit> out = new ArrayList<>();
    for (Map.Entry<Node, List<Leaf>> e : byDecl.entrySet()) {
      Node decl = e.getKey();
      List<Leaf> others = new ArrayList<>();
      Node arg = decl.child("argument");
      if (arg != null) {
        List<Leaf> every = new ArrayList<>();
        leaves(f1, arg, List.of(), decl, every);
        for (Leaf l : every) {
          if (l.path().isEmpty() || !rules.roots().contains(l.path().get(0))) {
            others.add(l);
          }
        }
      }
      List<Leaf> fresh = new ArrayList<>(others);
      String rule = rules.id() + ":use";
      for (Leaf l : e.getValue()) {
        if (l.glob()) {
          ApiMapping g = rules.glob(l.path());
          if (g == null || g.to() == null) {
            fresh.add(l);
            manual.add(new Manual(TextEdit.before(edits, decl.start), TextEdit.before(edits, decl.end), rule,
                Reasons.of("unmapped-glob", String.join("::", l.path()))));
            continue;
          }
          rule = rules.ruleId(g);
          if (g.kind() == MappingKind.TRAIT_IMPORT && !rules.traits().isEmpty()) {
            for (String t : braced(g.to())) {
              List<String> provided = rules.traits().getOrDefault(t, List.of());
              if (provided.stream().anyMatch(methodsUsed::contains)) {
                fresh.add(new Leaf(List.of(t.split("::")), null, false, decl));
                needs.addAll(g.needs());
              }
            }
            String stream = streamTrait();
            if (stream != null && rules.manualMethods().keySet().stream().anyMatch(methodsUsed::contains)) {
              fresh.add(new Leaf(List.of(stream.split("::")), null, false, decl));
            }
          } else {
            String to = g.to().endsWith("::*") ? g.to().substring(0, g.to().length() - 3) : g.to();
            fresh.add(new Leaf(List.of(to.split("::")), null, true, decl));
            needs.addAll(g.needs());
          }
          continue;
        }
        boolean used = namesUsed.contains(l.name());
        MigrationRules.Match m = rules.longest(l.path());
        if (keptPaths.contains(String.join("::", l.path()) + "|" + l.name()) || m == null || m.mapping().to() == null
            || !importable(m.mapping())) {
          if (used) {
            fresh.add(l);
          }
          continue;
        }
        ApiMapping row = m.mapping();
        if (!used && row.kind() != MappingKind.TRAIT_IMPORT || row.kind() == MappingKind.ATTRIBUTE) {
          // Attributes are rewritten to their full path (#[tokio::main]); importing `test` would shadow #[test].
          continue;
        }
        rule = rules.ruleId(row);
        List<String> to = new ArrayList<>(List.of(row.to().split("::")));
        to.addAll(l.path().subList(m.length(), l.path().size()));
        if (!usable(String.join("::", to))) {
          String stream = to.get(to.size() - 1).equals("StreamExt") ? streamTrait() : null;
          if (stream == null) {
            fresh.add(l);
            manual.add(new Manual(TextEdit.before(edits, decl.start), TextEdit.before(edits, decl.end), rule,
                Reasons.of("needs-crate", String.join("::", to), to.get(0).replace('_', '-'),
                    Reasons.note(row.note(), row.from() + " → " + row.to()))));
            continue;
          }
          to = new ArrayList<>(List.of(stream.split("::")));
        }
        String last = to.get(to.size() - 1);
        String alias = l.alias() != null ? l.alias()
            : row.kind() != MappingKind.TRAIT_IMPORT && !last.equals(l.name()) ? l.name() : null;
        if (alias != null && alias.equals(last)) {
          alias = null;
        }
        fresh.add(new Leaf(to, alias, false, decl));
        needs.addAll(row.needs());
      }
      String text = render(f1, decl, fresh, existing);
      int start = decl.start;
      int end = decl.end;
      if (text.isEmpty()) {
        // Remove the whole line when the declaration is alone on it.
        int ls = start;
        while (ls > 0 && (f1.bytes[ls - 1] == ' ' || f1.bytes[ls - 1] == '\t')) {
          ls--;
        }
        int le = end;
        while (le < f1.bytes.length && (f1.bytes[le] == ' ' || f1.bytes[le] == '\t')) {
          le++;
        }
        if ((ls == 0 || f1.bytes[ls - 1] == '\n') && (le < f1.bytes.length && f1.bytes[le] == '\n')) {
          start = ls;
          end = le + 1;
          // At the top of the file, do not leave the blank line that followed the import.
          if (ls == 0 && end < f1.bytes.length && f1.bytes[end] == '\n') {
            end++;
          }
        } else if (le < f1.bytes.length && f1.bytes[le] == '\r' && le + 1 < f1.bytes.length
            && f1.bytes[le + 1] == '\n' && (ls == 0 || f1.bytes[ls - 1] == '\n')) {
          start = ls;
          end = le + 2;
          if (ls == 0 && end + 1 < f1.bytes.length && f1.bytes[end] == '\r' && f1.bytes[end + 1] == '\n') {
            end += 2;
          }
        }
      }
      if (!text.equals(f1.text(decl)) || start != decl.start) {
        out.add(new TextEdit(start, end, text, rule));
      }
    }
    return out;
  }

  /** Whether an import of a row's path can take the row's new path. */
  private boolean importable(ApiMapping row) {
    return row.kind() == MappingKind.PATH || row.kind() == MappingKind.TRAIT_IMPORT
        || row.kind() == MappingKind.ATTRIBUTE || rules.recipe(row) != null;
  }

  private static String render(Syntax.File f, Node decl, List<Leaf> leaves, Set<String> existing) {
    Node arg = decl.child("argument");
    String head = arg == null ? "use " : f.text(decl).substring(0, text(f, decl, arg.start));
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Leaf l : leaves) {
      String key = String.join("::", l.path()) + (l.glob() ? "::*" : "") + " as " + l.name();
      if (!seen.add(key) || existing.contains(key)) {
        continue;
      }
      List<String> p = l.path();
      String parent = String.join("::", p.subList(0, l.glob() ? p.size() : p.size() - 1));
      String item = l.glob() ? "*" : p.get(p.size() - 1) + (l.alias() != null ? " as " + l.alias() : "");
      if (p.size() == 1 && !l.glob()) {
        parent = "";
      }
      groups.computeIfAbsent(parent, k -> new ArrayList<>()).add(item);
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      List<String> items = g.getValue();
      String prefix = g.getKey().isEmpty() ? "" : g.getKey() + "::";
      lines.add(head + prefix + (items.size() == 1 ? items.get(0) : "{" + String.join(", ", items) + "}") + ";");
    }
    String nl = f.text.contains("\r\n") ? "\r\n" : "\n";
    return String.join(nl + f.indent(decl.start), lines);
  }

  private static int text(Syntax.File f, Node decl, int offset) {
    return new String(f.bytes, decl.start, offset - decl.start, java.nio.charset.StandardCharsets.UTF_8).length();
  }

  /** The paths in {@code a::b::{C, D}}, or the path itself. */
  private static List<String> braced(String to) {
    int open = to.indexOf('{');
    if (open < 0) {
      return List.of(to);
    }
    String base = to.substring(0, open);
    List<String> out = new ArrayList<>();
    for (String item : to.substring(open + 1, to.lastIndexOf('}')).split(",")) {
      out.add(base + item.trim());
    }
    return out;
  }

  // ---------------------------------------------------------------- uses of paths

  private void visit(Node n, List<Node> methodCalls) {
    if (n.is("use_declaration")) {
      return;
    }
    if (n.is("token_tree")) {
      macroBody(n);
      return;
    }
    if (n.is("scoped_identifier", "scoped_type_identifier") && !isInnerPath(n)) {
      occurrence(n);
      return;
    } else if (n.is("identifier", "type_identifier") && byName.containsKey(file.text(n)) && bare(n)) {
      occurrence(n);
    } else if (n.is("call_expression")) {
      Node fn = n.child("function");
      if (fn != null && fn.is("field_expression")) {
        methodCalls.add(n);
      }
    }
    for (Node c : n.children) {
      visit(c, methodCalls);
    }
  }

  private static boolean isInnerPath(Node n) {
    Node p = n.parent;
    return p != null && p.is("scoped_identifier", "scoped_type_identifier") && "path".equals(n.field);
  }

  private static boolean bare(Node n) {
    Node p = n.parent;
    if (p == null || "name".equals(n.field) || "pattern".equals(n.field) || "field".equals(n.field)
        || "alias".equals(n.field)) {
      return false;
    }
    return !p.type.endsWith("_pattern") && !p.is("parameter", "closure_parameters", "let_declaration")
        || "type".equals(n.field);
  }

  private boolean async(Node n) {
    for (Node p = n.parent; p != null; p = p.parent) {
      if (p.is("async_block")) {
        return true;
      }
      if (p.is("function_item", "closure_expression")) {
        Node mods = p.first("function_modifiers");
        return mods != null && file.text(mods).contains("async") || p.is("closure_expression")
            && file.text(p).startsWith("async");
      }
    }
    return false;
  }

  private void macroBody(Node tree) {
    Node owner = tree.parent;
    boolean attribute = owner != null && owner.is("attribute");
    if (attribute && entryAttribute(owner, tree)) {
      return;
    }
    Node[] hit = {null};
    tree.walk(n -> {
      if (hit[0] == null && n.is("identifier") && !fromStd) {
        String t = file.text(n);
        String next = nextToken(n);
        if (rules.roots().contains(t) && "::".equals(next)) {
          hit[0] = n;
        } else if (awaitedFsMethod(n)) {
          hit[0] = n; // `println!("{}", p.exists().await)`: the receiver's extent is not known in a token tree
        } else if (!attribute && byName.containsKey(t) && ("::".equals(next) || "!".equals(next) || "(".equals(next))
            && !keepsItsName(byName.get(t))) {
          // A name whose import changes (or goes) would be left dangling in the macro body.
          hit[0] = n;
        }
      }
    });
    if (hit[0] != null) {
      String macro = "";
      if (owner != null && owner.is("macro_invocation") && owner.child("macro") != null) {
        macro = file.text(owner.child("macro"));
      } else if (attribute && !owner.children.isEmpty()) {
        macro = file.text(owner.children.get(0));
      } else {
        Node def = tree.ancestor("macro_definition");
        if (def != null && def.child("name") != null) {
          macro = file.text(def.child("name"));
        }
      }
      uses++;
      Node at = hit[0];
      Leaf via = byName.get(file.text(at));
      if (via != null) {
        kept.add(via);
      }
      manual.add(new Manual(at.start, at.end, rules.id() + ":macro-body",
          Reasons.of("macro-body", awaitedFsMethod(at) ? "." + file.text(at) + "().await" : file.text(at), macro)));
    }
  }

  /** Whether an import keeps its name through the migration (its leaf is rewritten to a path with that name). */
  private boolean keepsItsName(Leaf l) {
    MigrationRules.Match m = rules.longest(l.path());
    return m != null && m.mapping().to() != null && importable(m.mapping())
        && (m.mapping().kind() == MappingKind.PATH || m.mapping().kind() == MappingKind.TRAIT_IMPORT)
        && usable(m.mapping().to());
  }

  /** The text of the token after a node in its token tree, or null. */
  /** {@code . NAME () . await} in a token tree, NAME a file-system method of the old runtime's Path. */
  private boolean awaitedFsMethod(Node n) {
    ApiMapping row = rules.method(file.text(n));
    if (row == null || !"fs-method".equals(rules.recipe(row))) {
      return false;
    }
    Node p = n.parent;
    int i = p == null ? -1 : p.children.indexOf(n);
    if (i < 1 || i + 3 >= p.children.size()) {
      return false;
    }
    return file.text(p.children.get(i - 1)).equals(".")
        && file.text(p.children.get(i + 1)).replaceAll("\\s", "").equals("()")
        && file.text(p.children.get(i + 2)).equals(".") && file.text(p.children.get(i + 3)).equals("await");
  }

  private @Nullable String nextToken(Node n) {
    Node p = n.parent;
    if (p == null) {
      return null;
    }
    int i = p.children.indexOf(n);
    return i + 1 < p.children.size() ? file.text(p.children.get(i + 1)) : null;
  }

  /**
   * smol-macros' entry points, {@code #[apply(main!)]} and {@code #[apply(test!)]}: when the macro name resolves to
   * a row of kind attribute (smol_macros::main → tokio::main) and the function takes no executor, the attribute
   * becomes the row's ({@code #[tokio::main]}).
   */
  private boolean entryAttribute(Node attr, Node tree) {
    Node name = attr.children.isEmpty() ? null : attr.children.get(0);
    if (name == null || !file.text(name).equals("apply")) {
      return false;
    }
    String inner = file.text(tree).replaceAll("\\s", "");
    if (!inner.matches("\\([A-Za-z_][A-Za-z0-9_]*!\\)")) {
      return false;
    }
    String macro = inner.substring(1, inner.length() - 2);
    Leaf via = byName.get(macro);
    List<String> full = via != null ? via.path() : null;
    MigrationRules.Match m = full == null ? null : rules.longest(full);
    if (m == null || m.mapping().kind() != MappingKind.ATTRIBUTE || m.mapping().to() == null) {
      return false;
    }
    uses++;
    Node item = attr.ancestor("attribute_item");
    Node fn = item == null ? null : next(item, "function_item");
    Node params = fn == null ? null : fn.child("parameters");
    String rule = rules.ruleId(m.mapping());
    if (params == null || !params.named().isEmpty()) {
      kept.add(via);
      manual.add(new Manual(attr.start, attr.end, rule, Reasons.of("entry-shape",
          Reasons.note(m.mapping().note(), m.mapping().from() + " → " + m.mapping().to()))));
      return true;
    }
    if (add(new ArrayList<>(List.of(new TextEdit(attr.start, attr.end, m.mapping().to(), rule))), attr)) {
      automatic++;
      needs.addAll(m.mapping().needs());
    }
    return true;
  }

  private @Nullable List<String> segments(Syntax.File f, Node n) {
    switch (n.type) {
      case "identifier", "type_identifier", "self", "crate", "super" -> {
        return new ArrayList<>(List.of(f.text(n)));
      }
      case "scoped_identifier", "scoped_type_identifier" -> {
        Node path = n.child("path");
        Node name = n.child("name");
        if (path == null || name == null) {
          return null;
        }
        List<String> head = segments(f, path);
        if (head == null) {
          return null;
        }
        head.add(f.text(name));
        return head;
      }
      case "generic_type" -> {
        Node t = n.child("type");
        return t == null ? null : segments(f, t);
      }
      default -> {
        return null;
      }
    }
  }

  private void occurrence(Node n) {
    List<String> written = segments(file, n);
    if (written == null || written.isEmpty()) {
      return;
    }
    List<String> full;
    Leaf via = null;
    if (rules.roots().contains(written.get(0))) {
      full = written;
    } else {
      via = byName.get(written.get(0));
      if (via == null) {
        return;
      }
      full = concat(via.path(), written.subList(1, written.size()));
    }
    if (fromStd && !async(n)) {
      return;
    }
    if (fromStd && rules.longest(full) == null) {
      return;
    }
    uses++;
    MigrationRules.Match m = rules.longest(full);
    if (m == null) {
      keep(via);
      manual.add(new Manual(n.start, n.end, rules.id() + ":unmapped", Reasons.of("unmapped", String.join("::", full))));
      return;
    }
    ApiMapping row = m.mapping();
    List<TextEdit> made = new ArrayList<>();
    boolean stay = false;
    LocalizedText missing = null;
    if (row.to() != null) {
      MigrationRules.Match viaRow = via == null ? null : rules.longest(via.path());
      stay = viaRow != null && viaRow.mapping() == row && viaRow.length() <= via.path().size()
          && importable(row);
      if (!stay) {
        List<String> to = new ArrayList<>(List.of(row.to().split("::")));
        to.addAll(full.subList(m.length(), full.size()));
        if (!usable(String.join("::", to))) {
          missing = Reasons.of("needs-crate", String.join("::", to), to.get(0).replace('_', '-'),
              Reasons.note(row.note(), row.from() + " → " + row.to()));
        }
        made.add(new TextEdit(n.start, n.end, String.join("::", to), rules.ruleId(row)));
      }
    }
    String recipe = rules.recipe(row);
    LocalizedText why;
    if (recipe != null) {
      Outcome o = recipe(recipe, n, row);
      if (o.manual == null && missing != null && !o.replacesPath) {
        o = Outcome.no(missing);
      }
      if (o.manual == null) {
        if (o.replacesPath) {
          made.clear();
        }
        made.addAll(o.edits);
        if (add(made, n)) {
          automatic++;
          needs.addAll(row.needs());
          needs.addAll(o.needs);
        }
        return;
      }
      why = o.manual;
    } else if (missing != null) {
      why = missing;
    } else if (!fromStd && row.to() != null && (row.kind() == MappingKind.PATH || row.kind() == MappingKind.ATTRIBUTE
        || row.kind() == MappingKind.TRAIT_IMPORT)) {
      if (add(made, n)) {
        automatic++;
        needs.addAll(row.needs());
      }
      return;
    } else {
      why = fromStd ? Reasons.of("blocking-in-async", String.join("::", full),
          Reasons.note(row.note(), "→ " + row.to())) : Reasons.of("no-rule", Reasons.note(row.note(),
          row.to() == null ? row.from() : row.from() + " → " + row.to()));
    }
    keep(via);
    manual.add(new Manual(n.start, n.end, rules.ruleId(row), why));
  }

  private void keep(@Nullable Leaf via) {
    if (via != null) {
      kept.add(via);
    }
  }

  /** Adds the edits of one use unless one overlaps an edit already made; then the use is a manual item. */
  private boolean add(List<TextEdit> made, Node at) {
    for (TextEdit e : made) {
      for (TextEdit o : edits) {
        if (e.overlaps(o) && !e.equals(o)) {
          manual.add(new Manual(at.start, at.end, e.rule(), Reasons.of("conflict")));
          return false;
        }
      }
    }
    for (TextEdit e : made) {
      if (!edits.contains(e)) {
        edits.add(e);
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- recipes

  /** What a recipe did: edits (and whether they replace the path edit), or why it could not. */
  private record Outcome(List<TextEdit> edits, boolean replacesPath, Set<String> needs,
      @Nullable LocalizedText manual) {
    static Outcome ok(List<TextEdit> edits) {
      return new Outcome(edits, false, Set.of(), null);
    }

    static Outcome no(LocalizedText why) {
      return new Outcome(List.of(), false, Set.of(), why);
    }
  }

  private Outcome recipe(String recipe, Node n, ApiMapping row) {
    String rule = rules.id() + ":" + row.from() + "#" + recipe;
    LocalizedText note = Reasons.note(row.note(), row.from() + " → " + row.to());
    return switch (recipe) {
      case "join-handle-result" -> joinHandle(n, rule, note);
      case "detach-dropped-task" -> detachDropped(n, rule, note);
      case "mpsc-channel" -> channel(n, row, rule, note);
      case "unit-await" -> unitAwait(n, note);
      case "block-on-main", "block-on-test" -> blockOn(n, recipe.equals("block-on-test"), rule, note);
      case "async-sleep" -> asyncSleep(n, rule);
      case "unwrap-call" -> unwrapCall(n, rule, note);
      case "runtime-block-on" -> runtimeBlockOn(n, rule, note);
      default -> Outcome.no(Reasons.of("no-rule", note));
    };
  }

  private @Nullable Node callOf(Node path) {
    Node p = path.parent;
    if (p != null && p.is("generic_function") && "function".equals(path.field)) {
      path = p;
      p = p.parent;
    }
    return p != null && p.is("call_expression") && "function".equals(path.field) ? p : null;
  }

  private Outcome joinHandle(Node n, String rule, LocalizedText note) {
    Node call = callOf(n);
    if (call == null) {
      return Outcome.no(Reasons.of("handle-shape", note));
    }
    boolean fromSmol = rules.guide().from().equals("smol");
    Node p = call.parent;
    if (p == null) {
      return Outcome.no(Reasons.of("handle-shape", note));
    }
    if (p.is("await_expression")) {
      return Outcome.ok(List.of(new TextEdit(p.end, p.end, ".unwrap()", rule)));
    }
    if (p.is("field_expression") && fromSmol) {
      Node field = p.child("field");
      Node outer = p.parent;
      if (field != null && file.text(field).equals("detach") && outer != null && outer.is("call_expression")) {
        return Outcome.ok(List.of(new TextEdit(call.end, outer.end, "", rule)));
      }
      return Outcome.no(Reasons.of("handle-use", file.text(p), note));
    }
    if (p.is("expression_statement")) {
      return fromSmol ? Outcome.no(Reasons.of("handle-dropped")) : Outcome.ok(List.of());
    }
    if (p.is("let_declaration")) {
      Node pat = p.child("pattern");
      if (pat != null && pat.is("identifier")) {
        String name = file.text(pat);
        List<TextEdit> out = new ArrayList<>();
        List<Node> found = usesOf(p, name);
        for (Node u : found) {
          Node up = u.parent;
          if (up != null && up.is("await_expression")) {
            out.add(new TextEdit(up.end, up.end, ".unwrap()", rule));
          } else {
            return Outcome.no(Reasons.of("handle-use", lineOf(u), note));
          }
        }
        if (found.isEmpty() && fromSmol) {
          return Outcome.no(Reasons.of("handle-dropped"));
        }
        return Outcome.ok(out);
      }
      if (pat != null && file.text(pat).equals("_") && !fromSmol) {
        return Outcome.ok(List.of());
      }
    }
    return Outcome.no(Reasons.of("handle-shape", note));
  }

  private Outcome detachDropped(Node n, String rule, LocalizedText note) {
    Node call = callOf(n);
    if (call == null || call.parent == null) {
      return Outcome.no(Reasons.of("handle-shape", note));
    }
    Node p = call.parent;
    if (p.is("await_expression")) {
      return Outcome.ok(List.of());
    }
    if (p.is("expression_statement")) {
      return Outcome.ok(List.of(new TextEdit(call.end, call.end, ".detach()", rule)));
    }
    if (p.is("let_declaration")) {
      Node pat = p.child("pattern");
      if (pat != null && file.text(pat).equals("_")) {
        return Outcome.ok(List.of(new TextEdit(call.end, call.end, ".detach()", rule)));
      }
      if (pat != null && pat.is("identifier")) {
        List<Node> found = usesOf(p, file.text(pat));
        if (found.isEmpty()) {
          return Outcome.no(Reasons.of("handle-unused", file.text(pat)));
        }
        for (Node u : found) {
          if (u.parent == null || !u.parent.is("await_expression")) {
            return Outcome.no(Reasons.of("handle-use", lineOf(u), note));
          }
        }
        return Outcome.ok(List.of());
      }
    }
    return Outcome.no(Reasons.of("handle-shape", note));
  }

  private Outcome unitAwait(Node n, LocalizedText note) {
    Node call = callOf(n);
    Node aw = call == null ? null : call.parent;
    if (aw != null && aw.is("await_expression") && aw.parent != null && aw.parent.is("expression_statement")) {
      return Outcome.ok(List.of());
    }
    return Outcome.no(Reasons.of("result-used", note));
  }

  /** {@code Compat::new(x)} → {@code x}: the wrapper has no work to do on the target runtime. */
  private Outcome unwrapCall(Node n, String rule, LocalizedText note) {
    Node path = n.parent != null && n.parent.is("scoped_identifier") ? n.parent : n;
    Node call = callOf(path);
    Node args = call == null ? null : call.child("arguments");
    if (args == null || args.named().size() != 1 || !file.text(path).endsWith("::new")) {
      return Outcome.no(Reasons.of("no-rule", note));
    }
    return new Outcome(List.of(new TextEdit(call.start, call.end, file.text(args.named().get(0)), rule)), true,
        Set.of(), null);
  }

  /**
   * {@code block_on(fut)} in a synchronous {@code fn main} (or a {@code #[test]} function), where no runtime can be
   * running yet: a Tokio runtime is built for it. Anywhere else a nested block_on panics in Tokio: manual.
   */
  private Outcome runtimeBlockOn(Node n, String rule, LocalizedText note) {
    Node call = callOf(n);
    Node fn = n.ancestor("function_item", "closure_expression", "async_block");
    if (call == null || fn == null || !fn.is("function_item") || async(n) || fn.child("name") == null) {
      return Outcome.no(Reasons.of("no-rule", note));
    }
    String name = file.text(fn.child("name"));
    boolean test = false;
    if (fn.parent != null) {
      List<Node> siblings = fn.parent.children;
      for (int i = siblings.indexOf(fn) - 1; i >= 0 && siblings.get(i).is("attribute_item"); i--) {
        test |= file.text(siblings.get(i)).replaceAll("\\s", "").equals("#[test]");
      }
    }
    if (!name.equals("main") && !test) {
      return Outcome.no(Reasons.of("no-rule", note));
    }
    Node args = call.child("arguments");
    String a = args == null ? "()" : file.text(args);
    return new Outcome(List.of(new TextEdit(call.start, call.end,
        "tokio::runtime::Runtime::new().expect(\"a Tokio runtime\").block_on" + a, rule)), true,
        Set.of("tokio/rt-multi-thread"), null);
  }

  private Outcome asyncSleep(Node n, String rule) {
    Node call = callOf(n);
    if (call == null) {
      return Outcome.no(Reasons.of("no-rule", "std::thread::sleep"));
    }
    Node args = call.child("arguments");
    String a = args == null ? "()" : file.text(args);
    return new Outcome(List.of(new TextEdit(call.start, call.end, "tokio::time::sleep" + a + ".await", rule)), true,
        Set.of(), null);
  }

  private Outcome channel(Node n, ApiMapping row, String rule, LocalizedText note) {
    Node call = callOf(n);
    Node let = call == null ? null : call.parent;
    Node pat = let == null || !let.is("let_declaration") ? null : let.child("pattern");
    if (pat == null || !pat.is("tuple_pattern") || pat.named().size() != 2
        || !pat.named().get(0).is("identifier") || !pat.named().get(1).is("identifier")) {
      return Outcome.no(Reasons.of("channel-shape", note));
    }
    Node args = call.child("arguments");
    if (args != null && file.text(args).replaceAll("\\s", "").equals("(0)")) {
      return Outcome.no(Reasons.of("channel-zero"));
    }
    boolean unbounded = row.to() != null && row.to().endsWith("unbounded_channel");
    String tx = file.text(pat.named().get(0));
    Node rxNode = pat.named().get(1);
    String rx = file.text(rxNode);
    List<TextEdit> out = new ArrayList<>();
    out.add(new TextEdit(rxNode.start, rxNode.start, "mut ", rule));
    for (Node u : usesOf(let, rx)) {
      MethodCall recv = methodCall(u);
      if (recv == null || !recv.name.equals("recv") || recv.awaited == null) {
        return Outcome.no(Reasons.of("channel-use", rx, lineOf(u), note));
      }
      Node aw = recv.awaited;
      Node ap = aw.parent;
      if (ap != null && ap.is("let_condition") && ap.child("pattern") != null
          && ap.child("pattern").is("tuple_struct_pattern")) {
        Node type = ap.child("pattern").child("type");
        if (type != null && file.text(type).equals("Ok")) {
          out.add(new TextEdit(type.start, type.end, "Some", rule));
          continue;
        }
      }
      if (ap != null && ap.is("field_expression") && ap.child("field") != null
          && List.of("unwrap", "expect").contains(file.text(ap.child("field")))) {
        continue;
      }
      return Outcome.no(Reasons.of("channel-use", rx, lineOf(u), note));
    }
    for (Node u : usesOf(let, tx)) {
      Node p = u.parent;
      if (p != null && p.is("arguments") && p.parent != null && p.parent.child("function") != null
          && file.text(p.parent.child("function")).equals("drop")) {
        continue;
      }
      MethodCall mc = methodCall(u);
      String name = mc == null ? "" : mc.name;
      if (name.equals("clone")) {
        continue;
      }
      if (mc != null && name.equals("send") && mc.awaited != null) {
        if (unbounded) {
          out.add(new TextEdit(mc.call.end, mc.awaited.end, "", rule));
        }
        continue;
      }
      return Outcome.no(Reasons.of("channel-use", tx, lineOf(u), note));
    }
    return Outcome.ok(out);
  }

  private Outcome blockOn(Node n, boolean test, String rule, LocalizedText note) {
    Node attr = n.ancestor("attribute_item");
    Node fn = attr == null ? null : next(attr, "function_item");
    Node mods = fn == null ? null : fn.first("function_modifiers");
    Node body = fn == null ? null : fn.child("body");
    if (attr == null || fn == null || mods == null || body == null || !file.text(mods).equals("async")
        || !file.text(attr).replaceAll("\\s", "").matches("#\\[[A-Za-z_:]+]")) {
      return Outcome.no(Reasons.of("entry-shape", note));
    }
    List<TextEdit> out = new ArrayList<>();
    if (test) {
      out.add(new TextEdit(attr.start, attr.end, "#[test]", rule));
    } else {
      int end = attr.end;
      while (end < file.bytes.length && (file.bytes[end] == ' ' || file.bytes[end] == '\t')) {
        end++;
      }
      if (end + 1 < file.bytes.length && file.bytes[end] == '\r' && file.bytes[end + 1] == '\n') {
        end++;
      }
      if (end < file.bytes.length && file.bytes[end] == '\n') {
        end++;
        int start = attr.start;
        while (start > 0 && (file.bytes[start - 1] == ' ' || file.bytes[start - 1] == '\t')) {
          start--;
        }
        out.add(new TextEdit(start, end, "", rule));
      } else {
        out.add(new TextEdit(attr.start, end, "", rule));
      }
    }
    int modEnd = mods.end;
    while (modEnd < file.bytes.length && file.bytes[modEnd] == ' ') {
      modEnd++;
    }
    out.add(new TextEdit(mods.start, modEnd, "", rule));
    // Wrap the body without re-indenting it, so that the edits inside it stay apart: `{ smol::block_on(async {`
    // after the brace, `}) ` before the closing one. rustfmt re-indents it.
    out.add(new TextEdit(body.start + 1, body.start + 1, " smol::block_on(async {", rule));
    out.add(new TextEdit(body.end - 1, body.end - 1, "}) ", rule));
    return new Outcome(out, true, Set.of(), null);
  }

  private static @Nullable Node next(Node n, String type) {
    Node p = n.parent;
    if (p == null) {
      return null;
    }
    int i = p.children.indexOf(n);
    for (int j = i + 1; j < p.children.size(); j++) {
      Node c = p.children.get(j);
      if (c.is(type)) {
        return c;
      }
      if (!c.is("attribute_item", "line_comment", "block_comment")) {
        return null;
      }
    }
    return null;
  }

  /** A method call on an identifier: the call, the method's name, and the {@code .await} on it if any. */
  private record MethodCall(Node call, String name, @Nullable Node awaited) {}

  private @Nullable MethodCall methodCall(Node ident) {
    Node fe = ident.parent;
    if (fe == null || !fe.is("field_expression") || !"value".equals(ident.field)) {
      return null;
    }
    return methodCallOnExpr(fe);
  }

  /** The identifiers with the name in the block holding the declaration, after it. */
  private List<Node> usesOf(Node decl, String name) {
    Node scope = decl.parent;
    List<Node> out = new ArrayList<>();
    if (scope == null) {
      return out;
    }
    scope.walk(x -> {
      if (x.start >= decl.end && x.is("identifier") && file.text(x).equals(name)
          && !(x.parent != null && x.parent.is("scoped_identifier") && "name".equals(x.field))) {
        out.add(x);
      }
    });
    return out;
  }

  private String lineOf(Node n) {
    Node s = n;
    while (s.parent != null && !s.parent.is("block", "source_file")) {
      s = s.parent;
    }
    String t = file.text(s).strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip() + " …";
  }

  // ---------------------------------------------------------------- method recipes

  private void method(Node call) {
    Node fe = call.child("function");
    Node field = fe == null ? null : fe.child("field");
    Node value = fe == null ? null : fe.child("value");
    if (field == null || value == null) {
      return;
    }
    String name = file.text(field);
    ApiMapping row = rules.method(name);
    if (row == null) {
      return;
    }
    String recipe = rules.recipe(row);
    if (recipe == null) {
      return;
    }
    String rule = rules.id() + ":" + row.from() + "#" + recipe;
    LocalizedText note = Reasons.note(row.note(), row.from() + " → " + row.to());
    switch (recipe) {
      case "incoming-accept-loop" -> incoming(call, value, rule, note);
      case "lines-next-line" -> lines(call, rule, note);
      case "stream-clone" -> streamClone(call, value, rule, note);
      case "fs-method" -> fsMethod(call, value, name, row, rule, note);
      case "drop-detach" -> {
        if (!value.is("call_expression")) {
          uses++;
          manual.add(new Manual(call.start, call.end, rule, Reasons.of("detach-use", note)));
        }
      }
      default -> { }
    }
  }

  private void incoming(Node call, Node listener, String rule, LocalizedText note) {
    String args = call.child("arguments") == null ? "" : file.text(call.child("arguments"));
    if (!args.replaceAll("\\s", "").equals("()")) {
      return;
    }
    uses++;
    String l = file.text(listener);
    Node p = call.parent;
    // `while let Some(s) = listener.incoming().next().await {`
    Node whileLoop = null;
    Node pattern = null;
    List<TextEdit> out = new ArrayList<>();
    if (p != null && p.is("field_expression")) {
      MethodCall next = methodCallOnExpr(p);
      if (next != null && next.name.equals("next") && next.awaited != null) {
        whileLoop = whileLetSome(next.awaited);
      }
    } else if (p != null && p.is("let_declaration") && p.child("pattern") != null
        && p.child("pattern").is("identifier")) {
      String var = file.text(p.child("pattern"));
      List<Node> found = usesOf(p, var);
      if (found.size() == 1) {
        MethodCall next = methodCall(found.get(0));
        if (next != null && next.name.equals("next") && next.awaited != null) {
          whileLoop = whileLetSome(next.awaited);
          if (whileLoop != null) {
            out.add(deleteStatement(p, rule));
          }
        }
      }
    }
    if (whileLoop != null) {
      Node cond = whileLoop.child("condition");
      pattern = cond == null || cond.child("pattern") == null ? null : cond.child("pattern").named().get(1);
    }
    Node body = whileLoop == null ? null : whileLoop.child("body");
    if (whileLoop == null || pattern == null || !pattern.is("identifier") || body == null) {
      manual.add(new Manual(call.start, call.end, rule, Reasons.of("incoming-shape", note)));
      return;
    }
    String ind = file.indent(body.start) + "    ";
    Node first = body.named().isEmpty() ? null : body.named().get(0);
    if (first != null) {
      ind = file.indent(first.start);
    }
    String nl = file.text.contains("\r\n") ? "\r\n" : "\n";
    out.add(new TextEdit(whileLoop.start, body.start + 1, "loop {" + nl + ind + "let " + file.text(pattern) + " = "
        + l + ".accept().await.map(|(stream, _)| stream);", rule));
    if (add(out, call)) {
      automatic++;
      Node stmt = whileLoop.parent != null && whileLoop.parent.is("expression_statement") ? whileLoop.parent
          : whileLoop;
      Node block = stmt.parent;
      if (block != null && block.is("block")) {
        for (Node after : block.named().subList(block.named().indexOf(stmt) + 1, block.named().size())) {
          if (!after.is("line_comment", "block_comment")) {
            manual.add(new Manual(after.start, after.end, rule, Reasons.of("accept-unreachable")));
            break;
          }
        }
      }
    }
  }

  private @Nullable MethodCall methodCallOnExpr(Node fe) {
    Node call = fe.parent;
    Node field = fe.child("field");
    if (call == null || !call.is("call_expression") || field == null) {
      return null;
    }
    Node aw = call.parent != null && call.parent.is("await_expression") ? call.parent : null;
    return new MethodCall(call, file.text(field), aw);
  }

  /** The {@code while let Some(x) = <awaited>} loop whose condition is the await, or null. */
  private @Nullable Node whileLetSome(Node awaited) {
    Node cond = awaited.parent;
    if (cond == null || !cond.is("let_condition") || !"value".equals(awaited.field)) {
      return null;
    }
    Node pat = cond.child("pattern");
    if (pat == null || !pat.is("tuple_struct_pattern") || pat.child("type") == null
        || !file.text(pat.child("type")).equals("Some") || pat.named().size() != 2) {
      return null;
    }
    Node loop = cond.parent;
    return loop != null && loop.is("while_expression") ? loop : null;
  }

  private TextEdit deleteStatement(Node stmt, String rule) {
    int start = stmt.start;
    while (start > 0 && (file.bytes[start - 1] == ' ' || file.bytes[start - 1] == '\t')) {
      start--;
    }
    int end = stmt.end;
    if (end < file.bytes.length && file.bytes[end] == '\r') {
      end++;
    }
    if (end < file.bytes.length && file.bytes[end] == '\n') {
      end++;
    }
    return new TextEdit(start, end, "", rule);
  }

  private void lines(Node call, String rule, LocalizedText note) {
    Node let = call.parent;
    if (let == null || !let.is("let_declaration") || let.child("pattern") == null
        || !let.child("pattern").is("identifier")) {
      return; // `.lines()` of something else (a str, an iterator): not a line stream
    }
    String var = file.text(let.child("pattern"));
    uses++;
    List<TextEdit> out = new ArrayList<>();
    for (Node u : usesOf(let, var)) {
      MethodCall next = methodCall(u);
      if (next == null || !next.name.equals("next") || next.awaited == null) {
        manual.add(new Manual(u.start, u.end, rule, Reasons.of("lines-shape", var, lineOf(u), note)));
        return;
      }
      Node field = ((Node) next.call.child("function")).child("field");
      out.add(new TextEdit(field.start, field.end, "next_line", rule));
      out.add(new TextEdit(next.awaited.end, next.awaited.end, ".transpose()", rule));
    }
    if (let.first("mutable_specifier") == null) {
      Node pat = let.child("pattern");
      out.add(new TextEdit(pat.start, pat.start, "mut ", rule));
    }
    if (add(out, call)) {
      automatic++;
    }
  }

  /**
   * {@code p.exists().await} → {@code tokio::fs::metadata(&p).await.is_ok()}: only an awaited call with no
   * arguments (std's Path methods are not awaited, so this is async-std's Path); the receiver keeps its own edits.
   */
  private void fsMethod(Node call, Node receiver, String name, ApiMapping row, String rule, LocalizedText note) {
    Node args = call.child("arguments");
    Node awaited = call.parent != null && call.parent.is("await_expression") ? call.parent : null;
    if (awaited == null || args == null || !file.text(args).replaceAll("\\s", "").equals("()")) {
      return;
    }
    uses++;
    String template = rules.fsMethod(name);
    if (template == null || !template.contains("{}")) {
      manual.add(new Manual(call.start, call.end, rule, Reasons.of("no-rule", note)));
      return;
    }
    int hole = template.indexOf("{}");
    List<TextEdit> out = List.of(new TextEdit(receiver.start, receiver.start, template.substring(0, hole), rule),
        new TextEdit(receiver.end, awaited.end, template.substring(hole + 2), rule));
    if (add(out, call)) {
      automatic++;
      needs.addAll(row.needs());
    }
  }

  private void streamClone(Node call, Node value, String rule, LocalizedText note) {
    if (!value.is("identifier")) {
      return;
    }
    String name = file.text(value);
    if (!name.toLowerCase(java.util.Locale.ROOT).contains("stream") && !name.equals("socket")
        && !name.equals("conn")) {
      return;
    }
    uses++;
    manual.add(new Manual(call.start, call.end, rule, Reasons.of("stream-clone", name, note)));
  }

  /** After the rewrite, method calls that need a trait the target lacks (stream methods from a prelude). */
  private void streamMethods(Syntax.File f2, Syntax.File f1, List<TextEdit> importEdits, List<TextEdit> codeEdits) {
    if (rules.manualMethods().isEmpty()) {
      return;
    }
    boolean[] imported = {false};
    f2.root.walk(n -> {
      if (n.is("use_declaration") && !rules.roots().contains(rootOf(f2.text(n)))
          && (f2.text(n).contains("StreamExt") || f2.text(n).contains("futures::prelude"))) {
        imported[0] = true;
      }
    });
    if (imported[0]) {
      return;
    }
    f2.root.walk(n -> {
      if (n.is("field_identifier") && n.parent != null && n.parent.is("field_expression")
          && n.parent.parent != null && n.parent.parent.is("call_expression")) {
        String name = f2.text(n);
        String from = rules.manualMethods().get(name);
        if (from == null) {
          return;
        }
        Node call = n.parent.parent;
        boolean awaited = call.parent != null && call.parent.is("await_expression");
        if (name.equals("next") && !awaited) {
          return;
        }
        ApiMapping row = rules.pathEndingWith(from);
        LocalizedText note = Reasons.note(row == null ? null : row.note(), from);
        int at = TextEdit.before(codeEdits, TextEdit.before(importEdits, n.start));
        uses++;
        manual.add(new Manual(at, at + (n.end - n.start), rules.id() + ":" + (row == null ? from : row.from()),
            Reasons.of("stream-method", name, note)));
      }
    });
  }

  /** The first path segment of a use declaration's text ({@code pub use a::b;} gives {@code a}). */
  private static String rootOf(String useDecl) {
    String t = useDecl.replaceFirst("^(pub(\\([^)]*\\))?\\s+)?use\\s+", "").replaceFirst("^::", "");
    int end = 0;
    while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '_')) {
      end++;
    }
    return t.substring(0, end);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static Set<String> sorted(Set<String> s) {
    return new LinkedHashSet<>(new TreeSet<>(s));
  }
}
