package dev.rta.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text table that fits a terminal width: cells wrap, East Asian characters count double. */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> sections = new ArrayList<>();

  public Table(List<String> header) {
    this.header = List.copyOf(header);
  }

  public Table row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("a row needs " + header.size() + " cells but has " + cells.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** A full-width heading row that separates groups of rows. */
  public Table section(String title) {
    sections.add(rows.size());
    List<String> cells = new ArrayList<>();
    cells.add(title);
    for (int i = 1; i < header.size(); i++) {
      cells.add("");
    }
    rows.add(cells);
    return this;
  }

  public String render(int maxWidth, Style style) {
    int n = header.size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = Style.width(header.get(c));
      for (int r = 0; r < rows.size(); r++) {
        if (!sections.contains(r)) {
          widths[c] = Math.max(widths[c], Style.width(rows.get(r).get(c)));
        }
      }
    }
    int separators = 3 * (n - 1);
    int total = separators;
    for (int w : widths) {
      total += w;
    }
    // Shrink the widest column until the table fits (never below 8 columns wide).
    while (total > maxWidth) {
      int widest = 0;
      for (int c = 0; c < n; c++) {
        if (widths[c] > widths[widest]) {
          widest = c;
        }
      }
      if (widths[widest] <= 8) {
        break;
      }
      widths[widest]--;
      total--;
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths, style, true);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < n; c++) {
      rule.append(c == 0 ? "" : "─┼─").append("─".repeat(widths[c]));
    }
    out.append(style.dim(rule.toString())).append('\n');
    for (int r = 0; r < rows.size(); r++) {
      if (sections.contains(r)) {
        for (String part : wrap(rows.get(r).get(0), Math.max(20, maxWidth))) {
          out.append(style.bold(part)).append('\n');
        }
      } else {
        line(out, rows.get(r), widths, style, false);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths, Style style, boolean bold) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> w = wrap(cells.get(c), widths[c]);
      wrapped.add(w);
      height = Math.max(height, w.size());
    }
    for (int l = 0; l < height; l++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        String part = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
        sb.append(c == 0 ? "" : style.dim(" │ "));
        sb.append(bold ? style.bold(part) : part);
        if (c < cells.size() - 1) {
          sb.append(" ".repeat(Math.max(0, widths[c] - Style.width(part))));
        }
      }
      out.append(sb.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * A unit the wrapper keeps whole when it can: one CJK character, or a run of other characters with the
   * spaces after it (so "bare-metal" in a Chinese text is not cut as "ba" / "re-metal").
   */
  private static final Pattern UNIT = Pattern.compile(
      "[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]"
          + "|[^\\s\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]*\\s*");

  private static final String CLOSING = "，。；：、）！？」』》";

  /** Wraps to a display width between words and CJK characters; breaks inside a word only when it must. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    Matcher m = UNIT.matcher(text);
    while (m.find()) {
      String word = m.group();
      if (word.isEmpty()) {
        continue;
      }
      int w = Style.width(word.stripTrailing());
      if (lineWidth + w > width && lineWidth > 0) {
        // A closing punctuation mark does not start a line: it takes the character before it along.
        String carry = "";
        if (CLOSING.indexOf(word.charAt(0)) >= 0 && line.length() > 1) {
          int last = line.offsetByCodePoints(line.length(), -1);
          carry = line.substring(last);
          line.setLength(last);
        }
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        line.append(carry);
        lineWidth = Style.width(carry);
      }
      if (w > width) {
        for (int i = 0; i < word.length(); ) {
          int cp = word.codePointAt(i);
          String ch = new String(Character.toChars(cp));
          int cw = Style.width(ch);
          if (lineWidth + cw > width && lineWidth > 0) {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
            lineWidth = 0;
          }
          line.append(ch);
          lineWidth += cw;
          i += Character.charCount(cp);
        }
      } else {
        line.append(word);
        lineWidth += Style.width(word);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
