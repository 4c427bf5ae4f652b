package dev.rta.cli;

import dev.rta.report.Style;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text for a terminal: rta's own escape marker ({@link Style#ESC}) becomes ESC, and every other control
 * character — ESC, BEL, backspace, C1 controls, DEL — is shown as {@code \xNN} instead of acting on the terminal.
 * Crate names, paths and answer values come from files a user may not have written; printed raw, an escape
 * sequence in them could colour, move or retitle the terminal. Newline, tab and carriage return pass.
 */
final class TerminalSafeWriter extends FilterWriter {
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (c == Style.ESC) {
      out.write(0x1b);
    } else if (unsafe(c)) {
      out.write(String.format("\\x%02x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == Style.ESC || unsafe(c)) {
        out.write(buf, start, i - start);
        write(c);
        start = i + 1;
      }
    }
    out.write(buf, start, off + len - start);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    write(s.toCharArray(), off, len);
  }

  /** A control character other than newline, tab and carriage return (C0, DEL, C1). */
  static boolean unsafe(int c) {
    return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f);
  }

  /** The text as it would reach the terminal (for messages built outside a writer). */
  static String neutralise(String s) {
    int first = 0;
    while (first < s.length() && s.charAt(first) != Style.ESC && !unsafe(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // nothing to change, the common case: a large report is not copied
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == Style.ESC) {
        out.append('\u001b');
      } else if (unsafe(c)) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
