package dev.rta.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the platform of a target-specific dependency table ({@code cfg(target_arch = "wasm32")}, a target
 * triple) against the member's target: its configured triple, else the host, taken to be a 64-bit Unix
 * (what servers and CI run). An expression rta cannot decide (a custom cfg, a feature) is unknown.
 */
final class Cfg {
  enum Result { TRUE, FALSE, UNKNOWN }

  private final String triple;

  /** @param triple the member's target triple, or null for the host */
  Cfg(@Nullable String triple) {
    this.triple = triple == null ? "x86_64-unknown-linux-gnu" : triple;
  }

  Result eval(String spec) {
    String s = spec.strip();
    if (!s.startsWith("cfg(")) {
      return s.equals(triple) ? Result.TRUE : Result.FALSE;
    }
    if (!s.endsWith(")")) {
      return Result.UNKNOWN;
    }
    try {
      return expr(s.substring(4, s.length() - 1).strip());
    } catch (RuntimeException e) {
      return Result.UNKNOWN;
    }
  }

  private Result expr(String e) {
    int paren = e.indexOf('(');
    int eq = e.indexOf('=');
    if (paren > 0 && (eq < 0 || paren < eq) && e.endsWith(")")) {
      String op = e.substring(0, paren).strip();
      List<Result> args = new ArrayList<>();
      for (String a : split(e.substring(paren + 1, e.length() - 1))) {
        args.add(expr(a));
      }
      return switch (op) {
        case "not" -> args.size() != 1 ? Result.UNKNOWN : not(args.get(0));
        case "all" -> all(args);
        case "any" -> any(args);
        default -> Result.UNKNOWN;
      };
    }
    if (eq > 0) {
      String key = e.substring(0, eq).strip();
      String value = e.substring(eq + 1).strip().replace("\"", "");
      return key(key, value);
    }
    return switch (e) {
      case "unix" -> bool(!wasm() && !windows() && !bare());
      case "windows" -> bool(windows());
      default -> Result.UNKNOWN;
    };
  }

  private Result key(String key, String value) {
    String arch = triple.substring(0, triple.indexOf('-') < 0 ? triple.length() : triple.indexOf('-'));
    return switch (key) {
      case "target_arch" -> bool(archMatches(arch, value));
      case "target_os" -> bool(os().equals(value));
      case "target_family" -> bool(switch (value) {
        case "wasm" -> wasm();
        case "windows" -> windows();
        case "unix" -> !wasm() && !windows() && !bare();
        default -> false;
      });
      case "target_env", "target_vendor", "target_pointer_width", "target_endian", "target_has_atomic", "panic" ->
          Result.UNKNOWN;
      default -> Result.UNKNOWN;
    };
  }

  private static boolean archMatches(String arch, String value) {
    if (value.equals(arch)) {
      return true;
    }
    return switch (value) {
      case "arm" -> arch.startsWith("arm") || arch.startsWith("thumb");
      case "riscv32" -> arch.startsWith("riscv32");
      case "riscv64" -> arch.startsWith("riscv64");
      case "x86" -> arch.matches("i[3-6]86");
      default -> false;
    };
  }

  private String os() {
    String t = triple.toLowerCase(Locale.ROOT);
    for (String os : List.of("linux", "windows", "darwin", "ios", "android", "freebsd", "netbsd", "openbsd", "wasi",
        "emscripten")) {
      if (t.contains(os)) {
        return os.equals("darwin") ? "macos" : os;
      }
    }
    return "none";
  }

  private boolean wasm() {
    return triple.startsWith("wasm");
  }

  private boolean windows() {
    return triple.contains("windows");
  }

  private boolean bare() {
    return triple.contains("-none") || triple.startsWith("thumb") || os().equals("none");
  }

  private static Result bool(boolean b) {
    return b ? Result.TRUE : Result.FALSE;
  }

  private static Result not(Result r) {
    return r == Result.UNKNOWN ? r : r == Result.TRUE ? Result.FALSE : Result.TRUE;
  }

  private static Result all(List<Result> rs) {
    if (rs.contains(Result.FALSE)) {
      return Result.FALSE;
    }
    return rs.contains(Result.UNKNOWN) ? Result.UNKNOWN : Result.TRUE;
  }

  private static Result any(List<Result> rs) {
    if (rs.contains(Result.TRUE)) {
      return Result.TRUE;
    }
    return rs.contains(Result.UNKNOWN) ? Result.UNKNOWN : Result.FALSE;
  }

  /** Splits on top-level commas. */
  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && c == ',' && depth == 0) {
        out.add(s.substring(start, i).strip());
        start = i + 1;
      }
    }
    String last = s.substring(start).strip();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }
}
