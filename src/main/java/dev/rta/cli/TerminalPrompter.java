package dev.rta.cli;

import dev.rta.domain.AnswerError;
import dev.rta.domain.AnswerType;
import dev.rta.domain.AnswerValue;
import dev.rta.domain.Answers;
import dev.rta.domain.Lang;
import dev.rta.domain.Messages;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import dev.rta.report.Style;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire on a terminal (JLine): arrow keys move, Enter chooses, Space toggles in a
 * multi-select, {@code ?} shows the help line, ← or {@code b} goes back, {@code s} skips, Ctrl-C leaves.
 * On a dumb terminal nothing is redrawn; the same keys work.
 */
final class TerminalPrompter implements Prompter, AutoCloseable {
  private enum Op { UP, DOWN, TOGGLE, ENTER, HELP, BACK, SKIP, INTERRUPT, OTHER }

  private final Terminal terminal;
  private final PrintWriter out;
  private final Lang lang;
  private final QuestionSet questions;
  private final Style style;
  private final BindingReader reader;
  private final KeyMap<Op> keys = new KeyMap<>();
  private final Attributes original;
  private final boolean redraw;
  /** Restores the terminal if the JVM ends while asking (an external SIGINT or SIGTERM runs shutdown hooks). */
  private final Thread restore;
  private int drawn;

  TerminalPrompter(Terminal terminal, Lang lang, QuestionSet questions, Style style) {
    this.terminal = terminal;
    this.out = new PrintWriter(new TerminalSafeWriter(terminal.writer()), true);
    this.lang = lang;
    this.questions = questions;
    this.style = style;
    this.reader = new BindingReader(terminal.reader());
    this.original = terminal.enterRawMode();
    this.restore = new Thread(this::restoreTerminal, "rta-restore-terminal");
    Runtime.getRuntime().addShutdownHook(restore);
    Attributes raw = new Attributes(terminal.getAttributes());
    raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
    terminal.setAttributes(raw);
    this.redraw = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !terminal.getType().startsWith("dumb");
    bind(Op.UP, "\033[A", "\033OA", "k");
    bind(Op.DOWN, "\033[B", "\033OB", "j");
    bind(Op.BACK, "\033[D", "\033OD", "b", "<");
    bind(Op.TOGGLE, " ");
    bind(Op.ENTER, "\r", "\n");
    bind(Op.HELP, "?");
    bind(Op.SKIP, "s");
    bind(Op.INTERRUPT, "\003", "\004", "q");
    tryBind(Op.UP, Capability.key_up);
    tryBind(Op.DOWN, Capability.key_down);
    tryBind(Op.BACK, Capability.key_left);
    keys.setNomatch(Op.OTHER);
    keys.setAmbiguousTimeout(100);
  }

  private void bind(Op op, String... sequences) {
    for (String s : sequences) {
      keys.bind(op, s);
    }
  }

  private void tryBind(Op op, Capability c) {
    String seq = KeyMap.key(terminal, c);
    if (seq != null && !seq.isEmpty()) {
      keys.bind(op, seq);
    }
  }

  private String m(String key, Object... args) {
    return Messages.get(lang, key, args);
  }

  private Op read() {
    Op op = reader.readBinding(keys);
    if (op == null) {
      throw new EndOfInput();
    }
    if (op == Op.INTERRUPT) {
      throw new Interrupted();
    }
    return op;
  }

  /** Prints lines, replacing what the last call printed when the terminal can redraw. */
  /** Draws the question's lines, then its help (after `?`) and a note (why the last key did nothing), if any. */
  private void draw(List<String> lines, @Nullable String help, @Nullable String note) {
    if (help != null) {
      lines.add("  " + help);
    }
    if (note != null) {
      lines.add("  " + style.warn(note));
    }
    draw(lines);
  }

  private void draw(List<String> lines) {
    if (redraw && drawn > 0) {
      out.print(Style.ESC + "[" + drawn + "A\r" + Style.ESC + "[J");
    }
    lines.forEach(out::println);
    out.flush();
    drawn = lines.size();
  }

  private void commit() {
    drawn = 0;
  }

  @Override
  public Reply ask(Question q, int number, @Nullable AnswerValue current, boolean canGoBack) {
    List<String> ids = LinePrompter.options(q);
    String title = style.bold("[" + number + "] " + q.text().in(lang));
    if (ids.isEmpty()) {
      return askNumber(q, title, current, canGoBack);
    }
    boolean multi = q.type() == AnswerType.LIST;
    // A single choice starts on "skip (unknown)", so that Enter never answers for the user (never "yes").
    int first = multi ? 0 : 1;
    int rows = ids.size() + first;
    Set<String> selected = new LinkedHashSet<>();
    int cursor = 0;
    if (current instanceof AnswerValue.Items items) {
      selected.addAll(items.values());
    } else if (current != null) {
      cursor = Math.max(0, ids.indexOf(current.display()) + first);
    }
    String help = null;
    String note = null;
    commit();
    while (true) {
      List<String> lines = new ArrayList<>();
      lines.add(title);
      if (!multi) {
        lines.add(cursor == 0 ? style.good("❯ " + m("q.skipOption")) : "  " + style.dim(m("q.skipOption")));
      }
      for (int i = 0; i < ids.size(); i++) {
        String mark = multi ? (selected.contains(ids.get(i)) ? "[x] " : "[ ] ") : "";
        String label = mark + label(q, ids.get(i));
        lines.add(i + first == cursor ? style.good("❯ " + label) : "  " + label);
      }
      lines.add(style.dim("  " + m(multi ? "q.keys.multi" : "q.keys.single")));
      draw(lines, help, note);
      note = null;
      Op op = read();
      switch (op) {
        case UP -> cursor = (cursor + rows - 1) % rows;
        case DOWN -> cursor = (cursor + 1) % rows;
        case TOGGLE -> {
          if (multi) {
            String id = ids.get(cursor);
            if (!selected.remove(id)) {
              selected.add(id);
            }
          }
        }
        case HELP -> help = q.help().in(lang);
        case SKIP -> {
          confirm(q, m("q.skipped"));
          return new Reply.Skip();
        }
        case BACK -> {
          if (canGoBack) {
            commit();
            return new Reply.Back();
          }
          note = m("q.noBack");
        }
        case ENTER -> {
          if (!multi && cursor == 0) {
            confirm(q, m("q.skipped"));
            return new Reply.Skip();
          }
          try {
            AnswerValue v = multi
                ? questions.parseText(q.key(), String.join(",", selected))
                : questions.parseText(q.key(), ids.get(cursor - first));
            confirm(q, v.display());
            return new Reply.Value(v);
          } catch (AnswerError e) {
            note = e.getMessage();
          }
        }
        case OTHER -> {
          String typed = reader.getLastBinding();
          if (typed != null && typed.matches("[1-9]") && Integer.parseInt(typed) <= ids.size()) {
            cursor = Integer.parseInt(typed) - 1 + first;
          }
        }
        default -> { }
      }
    }
  }

  private Reply askNumber(Question q, String title, @Nullable AnswerValue current, boolean canGoBack) {
    StringBuilder buffer = new StringBuilder(current == null ? "" : current.display());
    String help = null;
    String note = null;
    commit();
    while (true) {
      List<String> lines = new ArrayList<>();
      lines.add(title);
      lines.add("  > " + buffer);
      lines.add(style.dim("  " + m("q.keys.number")));
      draw(lines, help, note);
      note = null;
      Op op = read();
      switch (op) {
        case HELP -> help = q.help().in(lang);
        case BACK -> {
          if (canGoBack) {
            commit();
            return new Reply.Back();
          }
          note = m("q.noBack");
        }
        case SKIP -> {
          confirm(q, m("q.skipped"));
          return new Reply.Skip();
        }
        case ENTER -> {
          if (buffer.length() == 0) {
            confirm(q, m("q.skipped"));
            return new Reply.Skip();
          }
          try {
            AnswerValue v = questions.parseText(q.key(), buffer.toString());
            confirm(q, v.display());
            return new Reply.Value(v);
          } catch (AnswerError e) {
            note = e.getMessage();
          }
        }
        case OTHER -> {
          String typed = reader.getLastBinding();
          if (typed == null) {
            break;
          }
          if (typed.equals("\177") || typed.equals("\b")) {
            if (buffer.length() > 0) {
              buffer.setLength(buffer.length() - 1);
            }
          } else if (typed.length() == 1 && !TerminalSafeWriter.unsafe(typed.charAt(0))) {
            // Every printable key is kept, so that "-5" or "1e3" is read as typed and a wrong value gets a
            // clear error rather than turning silently into 5 or 13.
            buffer.append(typed);
          }
        }
        default -> { }
      }
    }
  }

  /** Replaces the menu with one line: the question and the answer given. */
  private void confirm(Question q, String answer) {
    if (redraw) {
      draw(List.of(q.text().in(lang) + " " + style.good(answer)));
    } else {
      out.println("→ " + answer);
      out.flush();
    }
    commit();
  }

  private String label(Question q, String id) {
    if (q.type() == AnswerType.BOOL) {
      return m(id.equals("true") ? "q.yes" : "q.no");
    }
    var c = q.choice(id);
    return c == null ? id : c.label().in(lang) + style.dim("  " + id);
  }

  @Override
  public Confirm summary(Answers answers, Set<String> given) {
    List<String> lines = new ArrayList<>();
    lines.add(style.bold(m("q.summary")));
    for (Map.Entry<String, AnswerValue> e : answers.values().entrySet()) {
      lines.add("  " + e.getKey() + " = " + e.getValue().display()
          + (given.contains(e.getKey()) ? style.dim("  (" + m("q.given") + ")") : ""));
    }
    if (answers.size() == 0) {
      lines.add("  " + m("q.none"));
    }
    lines.add(style.dim("  " + m("q.keys.summary")));
    commit();
    draw(lines);
    while (true) {
      Op op = read();
      if (op == Op.ENTER) {
        commit();
        return Confirm.RECOMMEND;
      }
      if (op == Op.BACK) {
        commit();
        return Confirm.BACK;
      }
    }
  }

  @Override
  public void close() {
    restoreTerminal();
    try {
      Runtime.getRuntime().removeShutdownHook(restore);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already ending: the hook restores the terminal
    }
  }

  private void restoreTerminal() {
    terminal.setAttributes(original);
    terminal.flush();
  }
}
