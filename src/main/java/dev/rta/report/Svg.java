package dev.rta.report;

import java.util.List;

/**
 * What the SVG renderers share: the one escape for text and attribute values, and text measured and wrapped
 * without a font at hand.
 */
final class Svg {
  /** The width of one display column (Latin letter) at the renderers' 13 px sans-serif, rounded up. */
  static final int COLUMN = 7;

  private Svg() {}

  /**
   * Text as XML character data or a quoted attribute value. Braces become character references too, so a
   * page template that reads the markup as text sees no {@code {{ }}}; characters XML 1.0 cannot hold
   * become U+FFFD.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    }
    return out.toString();
  }

  /** XML 1.0's Char production, less the line breaks and tabs a label has no use for. */
  private static boolean allowed(int cp) {
    return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
  }

  /** An id attribute's value from a pack id: the prefix, then the id with anything but letters, digits, - and _ as _. */
  static String id(String prefix, String packId) {
    return prefix + packId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** The estimated width in pixels (CJK characters take two columns). */
  static int width(String s) {
    return Style.width(s) * COLUMN;
  }

  /** The text wrapped to a number of display columns, as the terminal tables wrap it. */
  static List<String> wrap(String text, int columns) {
    return Table.wrap(text.replace('\n', ' '), columns);
  }

  /**
   * A {@code <text>} of one or more lines at x, its first baseline at y.
   *
   * @param attributes further attributes (text-anchor, font…), each with a leading space, already escaped
   */
  static String text(List<String> lines, int x, int y, int lineHeight, String attributes) {
    StringBuilder out = new StringBuilder();
    out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"').append(attributes).append('>');
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"").append(x).append("\" dy=\"").append(i == 0 ? 0 : lineHeight).append("\">")
          .append(escape(lines.get(i))).append("</tspan>");
    }
    return out.append("</text>").toString();
  }
}
