package dev.rta.migrate;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff in git's format ({@code diff --git a/F b/F}), which {@code git apply} and {@code patch -p1}
 * accept: three lines of context, and git's marker for a last line without a newline.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private UnifiedDiff() {}

  /** The diff of one file ({@code path} relative to the repository root, with {@code /}); empty when equal. */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    StringBuilder out = new StringBuilder();
    out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
    out.append("--- a/").append(path).append('\n');
    out.append("+++ b/").append(path).append('\n');
    List<AbstractDelta<String>> deltas = patch.getDeltas();
    int i = 0;
    while (i < deltas.size()) {
      int j = i;
      while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
          - end(deltas.get(j)) <= 2 * CONTEXT) {
        j++;
      }
      hunk(out, a, b, before, after, deltas.subList(i, j + 1));
      i = j + 1;
    }
    return out.toString();
  }

  private static int end(AbstractDelta<String> d) {
    return d.getSource().getPosition() + d.getSource().size();
  }

  private static void hunk(StringBuilder out, List<String> a, List<String> b, String before, String after,
      List<AbstractDelta<String>> ds) {
    AbstractDelta<String> first = ds.get(0);
    AbstractDelta<String> last = ds.get(ds.size() - 1);
    int aStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
    int aEnd = Math.min(a.size(), end(last) + CONTEXT);
    int bStart = first.getTarget().getPosition() - (first.getSource().getPosition() - aStart);
    int bEnd = last.getTarget().getPosition() + last.getTarget().size() + (aEnd - end(last));
    List<String> body = new ArrayList<>();
    int ai = aStart;
    for (AbstractDelta<String> d : ds) {
      for (; ai < d.getSource().getPosition(); ai++) {
        line(body, ' ', a, ai, before, b, ai - aStart + bStart, after);
      }
      for (int k = 0; k < d.getSource().size(); k++, ai++) {
        line(body, '-', a, ai, before, null, -1, null);
      }
      for (int k = 0; k < d.getTarget().size(); k++) {
        line(body, '+', b, d.getTarget().getPosition() + k, after, null, -1, null);
      }
    }
    int bi = end(last) - ai;
    for (; ai < aEnd; ai++) {
      line(body, ' ', a, ai, before, b, last.getTarget().getPosition() + last.getTarget().size() + (ai - end(last))
          + bi, after);
    }
    out.append("@@ -").append(range(aStart, aEnd - aStart)).append(" +").append(range(bStart, bEnd - bStart))
        .append(" @@\n");
    body.forEach(l -> out.append(l).append('\n'));
  }

  private static void line(List<String> body, char kind, List<String> lines, int index, String text,
      List<String> other, int otherIndex, String otherText) {
    body.add(kind + lines.get(index));
    boolean lastWithout = index == lines.size() - 1 && !text.endsWith("\n");
    if (kind == ' ' && other != null) {
      boolean otherLastWithout = otherIndex == other.size() - 1 && !otherText.endsWith("\n");
      if (lastWithout != otherLastWithout) {
        // The context line differs in its newline only: show it as removed and added.
        body.remove(body.size() - 1);
        body.add("-" + lines.get(index));
        if (lastWithout) {
          body.add(NO_NEWLINE);
        }
        body.add("+" + other.get(otherIndex));
        if (otherLastWithout) {
          body.add(NO_NEWLINE);
        }
        return;
      }
    }
    if (lastWithout) {
      body.add(NO_NEWLINE);
    }
  }

  private static String range(int start, int count) {
    int shown = count == 0 ? start : start + 1;
    return count == 1 ? String.valueOf(shown) : shown + "," + count;
  }

  /** The lines of a text without their {@code \n} (a {@code \r} stays, as git shows it). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (text.endsWith("\n") || text.isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
