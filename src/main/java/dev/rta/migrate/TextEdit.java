package dev.rta.migrate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A replacement of the bytes {@code [start, end)} of a UTF-8 text, made by a rule. Insertions have {@code start ==
 * end}.
 */
record TextEdit(int start, int end, String text, String rule) {
  boolean overlaps(TextEdit o) {
    if (start == end && o.start == o.end) {
      return start == o.start;
    }
    return start < o.end && o.start < end || start == end && start > o.start && start < o.end
        || o.start == o.end && o.start > start && o.start < end;
  }

  /** Applies non-overlapping edits to the bytes. */
  static String apply(byte[] bytes, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (TextEdit e : sorted) {
      out.append(new String(bytes, at, e.start() - at, StandardCharsets.UTF_8)).append(e.text());
      at = e.end();
    }
    out.append(new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8));
    return out.toString();
  }

  /** The offset in the text before the edits of an offset in the text after them. */
  static int before(List<TextEdit> edits, int after) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start));
    int shift = 0;
    for (TextEdit e : sorted) {
      int newStart = e.start() + shift;
      int newEnd = newStart + e.text().getBytes(StandardCharsets.UTF_8).length;
      if (newEnd <= after) {
        shift += e.text().getBytes(StandardCharsets.UTF_8).length - (e.end() - e.start());
      } else {
        break;
      }
    }
    return after - shift;
  }
}
