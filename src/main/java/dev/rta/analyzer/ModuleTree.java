package dev.rta.analyzer;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The module tree rustc follows from a target's root file: {@code mod name;} is {@code name.rs} or
 * {@code name/mod.rs} in the module directory (a root file's or a {@code mod.rs}'s own directory; for any other
 * {@code a.rs}, {@code a/} beside it); an inline {@code mod m { .. }} adds {@code m} to that directory (its
 * {@code #[path]} replaces the component); {@code #[path = "p"]} names a file relative to the declaring file's
 * directory, or inside an inline module relative to the module directory, and such a file is a {@code mod.rs} for its
 * own children; {@code #[cfg_attr(.., path = "p")]} adds {@code p} to the default. {@code include!("file")} with a
 * literal is read too. Declarations are found in the file's tokens, so comments and strings do not count and
 * declarations inside macro bodies ({@code cfg_if!}) do: the answer errs on the side of reading a file the build may
 * leave out by a cfg. A {@code .rs} file no module names is not compiled, and is not read.
 */
final class ModuleTree {
  private ModuleTree() {}

  /** What a file declares that lies in other files. */
  sealed interface Decl permits Module, Include {}

  /**
   * {@code mod name;}.
   *
   * @param inline the enclosing inline modules' directory components, outermost first
   * @param paths the {@code path} attributes on it
   * @param onlyPath whether a plain {@code #[path]} decides (else the default files count as well)
   */
  record Module(List<String> inline, String name, List<String> paths, boolean onlyPath) implements Decl {
    Module {
      inline = List.copyOf(inline);
      paths = List.copyOf(paths);
    }
  }

  /** {@code include!("file")}: relative to the including file's directory. */
  record Include(String path) implements Decl {}

  /**
   * A file to read next.
   *
   * @param file the file as rustc would name it (links not resolved)
   * @param moduleDir where its own {@code mod name;} declarations look
   */
  record Child(Path file, Path moduleDir) {}

  /** The out-of-line modules and includes among a file's tokens, in order. */
  static List<Decl> declarations(RelevantItems.Tokens t) {
    List<Decl> out = new ArrayList<>();
    Deque<String[]> inline = new ArrayDeque<>(); // {component, brace depth inside it}
    int depth = 0;
    int inlineOpen = -1;
    String inlineName = null;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == RelevantItems.Tokens.PUNCT) {
        byte c = t.punct(i);
        if (c == '{') {
          depth++;
          if (i == inlineOpen) {
            inline.push(new String[] {inlineName, Integer.toString(depth)});
          }
        } else if (c == '}') {
          if (!inline.isEmpty() && Integer.parseInt(inline.peek()[1]) == depth) {
            inline.pop();
          }
          depth = Math.max(0, depth - 1);
        }
        continue;
      }
      if (t.kind[i] != RelevantItems.Tokens.IDENT || i + 2 >= t.size) {
        continue;
      }
      if (t.isIdent(i, "mod") && t.kind[i + 1] == RelevantItems.Tokens.IDENT
          && (t.isPunct(i + 2, ';') || t.isPunct(i + 2, '{'))) {
        List<String> paths = new ArrayList<>();
        boolean plain = pathAttributes(t, i, paths);
        String name = t.text(i + 1);
        if (t.isPunct(i + 2, ';')) {
          List<String> components = new ArrayList<>();
          inline.descendingIterator().forEachRemaining(f -> components.add(f[0]));
          out.add(new Module(components, name, paths, plain));
        } else {
          inlineOpen = i + 2;
          inlineName = plain ? paths.get(0) : name;
        }
      } else if (t.isIdent(i, "include") && t.isPunct(i + 1, '!') && i + 3 < t.size
          && t.kind[i + 3] == RelevantItems.Tokens.LITERAL && (t.isPunct(i + 2, '(') || t.isPunct(i + 2, '['))) {
        String path = unquote(t.text(i + 3));
        if (path != null) {
          out.add(new Include(path));
        }
      }
    }
    return out;
  }

  /**
   * The {@code path} values of the outer attributes before the {@code mod} at {@code at} (past a visibility);
   * returns whether one of them is a plain {@code #[path = ".."]}.
   */
  private static boolean pathAttributes(RelevantItems.Tokens t, int at, List<String> paths) {
    int j = at - 1;
    if (j >= 0 && t.isPunct(j, ')')) {
      int open = opening(t, j);
      if (open > 0 && t.isIdent(open - 1, "pub")) {
        j = open - 2;
      }
    } else if (j >= 0 && t.isIdent(j, "pub")) {
      j--;
    }
    boolean plain = false;
    while (j >= 1 && t.isPunct(j, ']')) {
      int open = opening(t, j);
      if (open < 1 || !t.isPunct(open - 1, '#')) {
        break;
      }
      for (int k = open + 1; k + 2 < j; k++) {
        if (t.isIdent(k, "path") && t.isPunct(k + 1, '=') && t.kind[k + 2] == RelevantItems.Tokens.LITERAL) {
          String p = unquote(t.text(k + 2));
          if (p != null) {
            if (k == open + 1 && !plain) {
              plain = true;
              paths.add(0, p);
            } else {
              paths.add(p);
            }
          }
        }
      }
      j = open - 2;
    }
    return plain;
  }

  /** The bracket that opens the one closing at {@code close}, or -1. */
  private static int opening(RelevantItems.Tokens t, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      if (t.kind[i] != RelevantItems.Tokens.PUNCT) {
        continue;
      }
      byte c = t.punct(i);
      if (c == ')' || c == ']' || c == '}') {
        depth++;
      } else if (c == '(' || c == '[' || c == '{') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A string literal's value ({@code "a\\b"}, {@code r#"a"#}); null for byte strings and the like. */
  static @Nullable String unquote(String literal) {
    if (literal.startsWith("r")) {
      int h = 1;
      while (h < literal.length() && literal.charAt(h) == '#') {
        h++;
      }
      int hashes = h - 1;
      if (literal.length() < 2 * hashes + 3 || literal.charAt(h) != '"') {
        return null;
      }
      return literal.substring(h + 1, literal.length() - hashes - 1);
    }
    if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
      return null;
    }
    String body = literal.substring(1, literal.length() - 1);
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder b = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char n = body.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The files a declaration names that are there (a link to nothing too: reading it names the problem), in the
   * order rustc tries them.
   *
   * @param file the declaring file as rustc names it
   * @param moduleDir where its {@code mod name;} declarations look
   */
  static List<Child> resolve(Decl d, Path file, Path moduleDir) {
    List<Child> out = new ArrayList<>();
    Path fileDir = file.getParent();
    try {
      if (d instanceof Include inc) {
        add(out, fileDir.resolve(inc.path()), moduleDir);
        return out;
      }
      Module m = (Module) d;
      Path dir = moduleDir;
      for (String c : m.inline()) {
        dir = dir.resolve(c);
      }
      for (String p : m.paths()) {
        Path f = (m.inline().isEmpty() ? fileDir : dir).resolve(p);
        add(out, f, f.getParent());
      }
      if (!m.onlyPath()) {
        add(out, dir.resolve(m.name() + ".rs"), dir.resolve(m.name()));
        add(out, dir.resolve(m.name()).resolve("mod.rs"), dir.resolve(m.name()));
      }
    } catch (InvalidPathException e) {
      // a path attribute no file can have (a NUL): rustc cannot read it either
    }
    return out;
  }

  private static void add(List<Child> out, Path file, @Nullable Path moduleDir) {
    if (present(file)) {
      out.add(new Child(file, moduleDir == null ? file : moduleDir));
    }
  }

  /**
   * Whether something is at the path: a file, a link to nothing, or a name the system refuses (too long); reading
   * it then names the problem. Nothing there, or a file where a directory should be, is absent.
   */
  private static boolean present(Path file) {
    try {
      Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (FileSystemException e) {
      return e.getReason() == null || !e.getReason().contains("Not a directory");
    } catch (IOException e) {
      return true;
    }
  }
}
