package dev.rta.migrate;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.migration.Edit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The codemod of {@code rta migrate} for one Rust source file: text in, migrated text and its record out. */
public final class Codemod {
  private Codemod() {}

  /**
   * A use left for a person.
   *
   * @param line 1-based line in the original file
   * @param column 1-based column
   * @param rule the row or recipe
   * @param code the line of code there, trimmed and shortened
   * @param reason why, and what to do
   */
  public record Manual(int line, int column, String rule, String code, LocalizedText reason) {}

  /**
   * The migrated file.
   *
   * @param text the new text (the same as the input when nothing changes)
   * @param edits the edits, with ranges in the original text
   * @param manual what is left for review
   * @param needs the Cargo features the migrated code needs, as {@code crate/feature}
   * @param uses the uses of the old runtime found
   * @param automatic how many of them were rewritten
   */
  public record Outcome(String text, List<Edit> edits, List<Manual> manual, Set<String> needs, int uses,
      int automatic) {}

  /** The source cannot be parsed: nothing is rewritten. */
  public static final class SourceError extends Exception {
    private final int line;
    private final int column;

    SourceError(int line, int column) {
      super("syntax error at " + line + ":" + column, null, false, false);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /** Migrates one file's text by the rules, for a member that declares no crate besides the runtimes. */
  public static Outcome rust(MigrationRules rules, String text) throws SourceError {
    return rust(rules, text, Set.of());
  }

  /**
   * Migrates one file's text by the rules.
   *
   * @param crates the crates the file's package depends on, by their Rust names ({@code futures_util}): a rule
   *     whose new path is in another crate than std or the target runtime applies only with its crate
   */
  public static Outcome rust(MigrationRules rules, String text, Set<String> crates) throws SourceError {
    RustMigrator.Result r;
    try {
      r = RustMigrator.migrate(rules, text, crates);
    } catch (RustMigrator.Unparsable e) {
      throw new SourceError(e.line, e.column);
    }
    Syntax.File original = Syntax.parse(text);
    List<Edit> edits = new ArrayList<>();
    for (TextEdit e : r.edits()) {
      edits.add(edit(original, e.start(), e.end(), e.text(), e.rule()));
    }
    String text1 = TextEdit.apply(original.bytes, r.edits());
    byte[] bytes1 = text1.getBytes(StandardCharsets.UTF_8);
    for (TextEdit e : r.importEdits()) {
      int start = TextEdit.before(r.edits(), e.start());
      String before = new String(bytes1, e.start(), e.end() - e.start(), StandardCharsets.UTF_8);
      int end = start + (e.end() - e.start());
      Edit x = edit(original, start, Math.min(end, original.bytes.length), e.text(), e.rule());
      edits.add(new Edit(x.rule(), x.line(), x.column(), x.endLine(), x.endColumn(), before, e.text()));
    }
    edits.sort(java.util.Comparator.comparingInt(Edit::line).thenComparingInt(Edit::column));
    if (!r.text().equals(text)) {
      Syntax.File after = Syntax.parse(r.text());
      if (after.firstError() != null) {
        // A rewrite that breaks the syntax is a bug in a rule: keep the file and say so.
        List<Manual> manual = new ArrayList<>(manual(original, r.manual()));
        manual.add(new Manual(1, 1, rules.id() + ":internal", "",
            LocalizedText.of("rta's rewrite of this file would not parse; the file is left unchanged, please report it",
                "rta 对这个文件的改写无法解析；文件保持不变，请报告这个问题")));
        return new Outcome(text, List.of(), manual, Set.of(), r.uses(), 0);
      }
    }
    return new Outcome(r.text(), edits, manual(original, r.manual()), RustMigrator.sorted(r.needs()), r.uses(),
        r.automatic());
  }

  private static List<Manual> manual(Syntax.File f, List<RustMigrator.Manual> items) {
    List<Manual> out = new ArrayList<>();
    for (RustMigrator.Manual m : items) {
      out.add(new Manual(f.line(m.offset()), f.column(m.offset()), m.rule(), code(f, m.offset()), m.reason()));
    }
    out.sort(java.util.Comparator.comparingInt(Manual::line).thenComparingInt(Manual::column));
    return out;
  }

  private static String code(Syntax.File f, int offset) {
    int s = offset;
    while (s > 0 && f.bytes[s - 1] != '\n') {
      s--;
    }
    int e = offset;
    while (e < f.bytes.length && f.bytes[e] != '\n') {
      e++;
    }
    String line = new String(f.bytes, s, e - s, StandardCharsets.UTF_8).strip();
    return line.length() > 120 ? line.substring(0, 119) + "…" : line;
  }

  private static Edit edit(Syntax.File f, int start, int end, String after, String rule) {
    String before = new String(f.bytes, start, end - start, StandardCharsets.UTF_8);
    return new Edit(rule, f.line(start), f.column(start), f.line(end), f.column(end), before, after);
  }
}
