package dev.rta.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Expands a `use` tree (without whitespace) into the names it brings into scope. */
final class UseTrees {
  private UseTrees() {}

  /**
   * {@code tokio::{task,time::{sleep,Duration}}} adds task → tokio::task, sleep → tokio::time::sleep,
   * Duration → tokio::time::Duration; {@code a::b as c} adds c → a::b; {@code a::{self}} adds a → a.
   *
   * @param aliases where the names go (local name → full path)
   * @param used every full path named, for capability signals
   */
  static void expand(String tree, String prefix, Map<String, String> aliases, Set<String> used) {
    String t = tree.trim();
    t = t.startsWith("::") ? t.substring(2) : t;
    int brace = t.indexOf('{');
    if (brace >= 0 && t.endsWith("}")) {
      String head = t.substring(0, brace);
      if (head.endsWith("::")) {
        head = head.substring(0, head.length() - 2);
      }
      String base = join(prefix, head);
      for (String part : split(t.substring(brace + 1, t.length() - 1))) {
        part = part.trim();
        if (part.isEmpty()) {
          continue;
        }
        if (part.equals("self")) {
          add(base, last(base), aliases, used);
        } else {
          expand(part, base, aliases, used);
        }
      }
      return;
    }
    if (t.endsWith("::*") || t.equals("*")) {
      used.add(join(prefix, t.equals("*") ? "" : t.substring(0, t.length() - 3)));
      return;
    }
    String name;
    String path;
    int as = t.indexOf(" as ");
    if (as > 0) {
      path = join(prefix, t.substring(0, as).trim());
      name = t.substring(as + 4).trim();
    } else {
      path = join(prefix, t.trim());
      name = last(path);
    }
    if (name.equals("self")) {
      path = prefix;
      name = last(prefix);
    }
    add(path, name, aliases, used);
  }

  private static void add(String path, String name, Map<String, String> aliases, Set<String> used) {
    if (name.isEmpty() || name.equals("_")) {
      used.add(path);
      return;
    }
    aliases.put(name, path);
    used.add(path);
  }

  private static String join(String prefix, String rest) {
    if (prefix.isEmpty()) {
      return rest;
    }
    return rest.isEmpty() ? prefix : prefix + "::" + rest;
  }

  private static String last(String path) {
    int i = path.lastIndexOf("::");
    return i < 0 ? path : path.substring(i + 2);
  }

  /** Splits at top-level commas. */
  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
