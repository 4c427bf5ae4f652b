package dev.rta.report;

/** ANSI colours for a terminal, or none. */
public final class Style {
  private final boolean color;

  private Style(boolean color) {
    this.color = color;
  }

  public static Style plain() {
    return new Style(false);
  }

  public static Style of(boolean color) {
    return new Style(color);
  }

  public boolean isColored() {
    return color;
  }

  /**
   * Stands for ESC in rta's own colour codes. The command line writes it as ESC and neutralises every real control
   * character of the text (a crate name or an answer value from a file can carry escape sequences that would
   * colour, move or retitle the user's terminal), so only rta's own styling reaches the terminal.
   */
  public static final char ESC = '\uE000';

  private String wrap(String code, String s) {
    return color ? ESC + "[" + code + "m" + s + ESC + "[0m" : s;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String good(String s) {
    return wrap("32", s);
  }

  public String bad(String s) {
    return wrap("31", s);
  }

  public String warn(String s) {
    return wrap("33", s);
  }

  /** Display width: East Asian wide characters take two columns; escape sequences none. */
  public static int width(String s) {
    String plain = s.replaceAll("[\u001b\uE000]\\[[0-9;]*m", "");
    int w = 0;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xFE0F) {
        w += 1; // emoji presentation: the symbol before it becomes two columns wide
      } else if (cp != 0x200D && (cp < 0x0300 || cp > 0x036F)) {
        w += wide(cp) ? 2 : 1;
      }
    }
    return w;
  }

  private static boolean wide(int cp) {
    if (cp == 0x2705 || cp == 0x274C || cp == 0x274E || cp == 0x2B50 || cp == 0x2B55 || cp == 0x2728
        || cp >= 0x2753 && cp <= 0x2757 || cp >= 0x231A && cp <= 0x231B || cp >= 0x23E9 && cp <= 0x23F3
        || cp >= 0x2614 && cp <= 0x2615 || cp == 0x26A1 || cp >= 0x26AA && cp <= 0x26AB || cp == 0x26D4
        || cp >= 0x1F300 && cp <= 0x1FAFF) {
      return true;
    }
    return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
        || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x1F300 && cp <= 0x1F64F
        || cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
