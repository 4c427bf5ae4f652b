package dev.rta.knowledge.internal;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Location;
import dev.rta.domain.Messages;
import dev.rta.domain.Problem;
import dev.rta.domain.Suggestions;
import dev.rta.domain.pack.ApiMapping;
import dev.rta.domain.pack.CodeBlock;
import dev.rta.domain.pack.CodeChange;
import dev.rta.domain.pack.CodeExample;
import dev.rta.domain.pack.Dependency;
import dev.rta.domain.pack.ExampleLayer;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.MigrationGuide;
import dev.rta.domain.pack.MigrationLayer;
import dev.rta.domain.pack.MigrationStep;
import dev.rta.domain.pack.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the document's code in a pack (examples.yaml, migrations.yaml): unique ids, sections,
 * runtimes and corrections that exist, both languages present, every dependency well formed and
 * versioned in the current layer, every change to the document's code explained and sourced.
 */
public final class CodeValidator {
  private static final String EXAMPLES = "examples.yaml";
  private static final String MIGRATIONS = "migrations.yaml";
  private static final Pattern CRATE = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern FEATURE = Pattern.compile("[A-Za-z0-9_-]+/[A-Za-z0-9_.+-]+");
  private static final Set<String> LANGS = Set.of("rust", "toml");
  /** What a migration may start from besides a runtime: plain standard-library code. */
  private static final String STD = "std";

  private final KnowledgePack pack;
  private final Locations locations;
  private final List<Problem> problems;
  private final Function<String, String> display;
  private final Set<String> sections = new LinkedHashSet<>();
  private final Set<String> runtimes;
  private final Set<String> corrections = new LinkedHashSet<>();
  private String file = EXAMPLES;

  public CodeValidator(KnowledgePack pack, Locations locations, List<Problem> problems, Function<String, String> display) {
    this.pack = pack;
    this.locations = locations;
    this.problems = problems;
    this.display = display;
    pack.manifest().sections().stream().map(Section::id).forEach(sections::add);
    this.runtimes = new LinkedHashSet<>(pack.candidates());
    pack.corrections().forEach(c -> corrections.add(c.id()));
  }

  public void validate() {
    file = EXAMPLES;
    Set<String> ids = new HashSet<>();
    for (CodeExample e : pack.code().examples()) {
      unique(ids, e, e.id(), "example");
      section(e, e.source());
      if (e.heading().isEmpty()) {
        problem(e, "heading", "pack.v.code.noHeading", e.id());
      }
      e.runtimes().forEach(r -> runtime(e, "runtimes", r, runtimes));
      texts(e, e.title(), e.prose());
      layer(e, e.seed(), true);
      layer(e, e.current(), false);
      if (!code(e.seed().blocks()).equals(code(e.current().blocks())) && e.current().changes().isEmpty()) {
        problem(e, "current", "pack.v.code.unexplained", e.id());
      }
    }
    file = MIGRATIONS;
    ids.clear();
    Set<String> from = new LinkedHashSet<>(runtimes);
    from.add(STD);
    for (MigrationGuide g : pack.code().migrations()) {
      unique(ids, g, g.id(), "migration");
      runtime(g, "from", g.from(), from);
      runtime(g, "to", g.to(), runtimes);
      if (!g.id().equals(g.from() + "-" + g.to())) {
        problem(g, "id", "pack.v.code.migrationId", g.id(), g.from(), g.to());
      }
      if (g.seed() != null) {
        if (g.source() == null || g.heading().isEmpty()) {
          problem(g, "source", "pack.v.code.seedWithoutSource", g.id());
        } else {
          section(g, g.source());
        }
        migrationLayer(g.seed(), true);
        if (!steps(g.seed()).equals(steps(g.current())) && g.current().changes().isEmpty()) {
          problem(g, "current", "pack.v.code.unexplained", g.id());
        }
      } else if (g.facts() == null) {
        problem(g, "facts", "pack.v.code.unsourcedGuide", g.id());
      }
      texts(g, g.title(), g.prose());
      migrationLayer(g.current(), false);
    }
    file = EXAMPLES;
    crates();
  }

  /** A requirement as the pack writes it: a bare version, read by Cargo as a caret requirement ("1", "0.8"). */
  private static final Pattern REQUIREMENT = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*)){0,2}");
  private static final Pattern RELEASE = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

  /**
   * The {@code crates:} table that {@code rta new} and {@code rta migrate} write versions from: each crate once,
   * each requirement a bare version, each latest release inside its requirement, and every runtime a migration
   * goes to present.
   */
  private void crates() {
    Set<String> seen = new HashSet<>();
    for (Dependency d : pack.code().crates()) {
      if (!CRATE.matcher(d.crate()).matches()) {
        problem(d, "crate", "pack.v.code.crate", d.crate());
      }
      if (!seen.add(d.crate())) {
        problem(d, "crate", "pack.v.code.crateTwice", d.crate());
      }
      if (d.version() == null || !REQUIREMENT.matcher(d.version()).matches()) {
        problem(d, "version", "pack.v.code.requirement", d.crate(), String.valueOf(d.version()));
      } else if (d.latest() != null && (!RELEASE.matcher(d.latest()).matches() || !caret(d.version(), d.latest()))) {
        problem(d, "latest", "pack.v.code.latestOutside", d.crate(), d.latest(), d.version());
      }
    }
    for (MigrationGuide g : pack.code().migrations()) {
      if (!seen.contains(g.to())) {
        problem(g, "to", "pack.v.code.noCrate", g.id(), g.to());
      }
    }
  }

  /** Whether a release matches a caret requirement: the same leftmost non-zero part, and not below it. */
  public static boolean caret(String requirement, String release) {
    String[] req = requirement.split("\\.");
    String[] rel = release.split("\\.");
    int significant = 0;
    while (significant < req.length - 1 && req[significant].equals("0")) {
      significant++;
    }
    for (int i = 0; i < req.length; i++) {
      long a = Long.parseLong(req[i]);
      long b = Long.parseLong(rel[i]);
      if (i <= significant ? a != b : b < a) {
        return false;
      }
      if (i > significant && b > a) {
        return true;
      }
    }
    return true;
  }

  // ---- parts ---------------------------------------------------------------------------------

  private void layer(Object owner, ExampleLayer layer, boolean seed) {
    if (layer.blocks().isEmpty()) {
      problem(owner, seed ? "seed" : "current", "pack.v.code.noBlocks");
    }
    layer.blocks().forEach(b -> block(b, seed));
    changes(layer.changes());
    texts(owner, layer.note());
  }

  private void migrationLayer(MigrationLayer layer, boolean seed) {
    Set<String> ids = new HashSet<>();
    for (MigrationStep s : layer.steps()) {
      unique(ids, s, s.id(), "migration step");
      texts(s, s.title(), s.prose());
      if (s.blocks().isEmpty()) {
        problem(s, "blocks", "pack.v.code.noBlocks");
      }
      s.blocks().forEach(b -> block(b, seed));
    }
    for (ApiMapping m : layer.mappings()) {
      texts(m, m.note());
      for (String need : m.needs()) {
        if (!FEATURE.matcher(need).matches()) {
          problem(m, "needs", "pack.v.code.needs", need);
        }
      }
    }
    changes(layer.changes());
    texts(layer, layer.note());
  }

  private void block(CodeBlock b, boolean seed) {
    if (!LANGS.contains(b.lang())) {
      problem(b, "lang", "pack.v.code.lang", b.lang());
    }
    if (b.code().isBlank()) {
      problem(b, "code", "pack.v.code.noCode");
    }
    texts(b, b.caption());
    for (Dependency d : b.dependencies()) {
      if (!CRATE.matcher(d.crate()).matches()) {
        problem(d, "crate", "pack.v.code.crate", d.crate());
      }
      if (d.version() == null && !seed) {
        problem(d, "crate", "pack.v.code.noVersion", d.crate());
      }
    }
  }

  private void changes(List<CodeChange> changes) {
    for (CodeChange c : changes) {
      texts(c, c.what(), c.why());
      if (c.correction() == null && c.facts() == null && c.source() == null) {
        problem(c, "what", "pack.v.code.unsourcedChange", c.what().en());
      }
      if (c.correction() != null && !corrections.contains(c.correction())) {
        problem(c, "correction", Messages.text("pack.v.unknownCorrection", c.correction()),
            Messages.text("pack.v.code.hint.corrections", String.join(", ", corrections)));
      }
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static List<String> code(List<CodeBlock> blocks) {
    return blocks.stream().map(CodeBlock::code).toList();
  }

  private static List<String> steps(MigrationLayer layer) {
    List<String> out = new ArrayList<>();
    layer.steps().forEach(s -> out.addAll(code(s.blocks())));
    return out;
  }

  private void unique(Set<String> seen, Object owner, String id, String what) {
    if (!seen.add(id)) {
      problem(owner, "id", "pack.v.duplicateId", Messages.text("what." + what.replace(' ', '-')), id);
    }
  }

  private void section(Object owner, String id) {
    if (!sections.contains(id)) {
      problem(owner, "source", Messages.text("pack.v.unknownSection", id, Suggestions.didYouMean(id, sections)),
          Messages.text("pack.hint.sections"));
    }
  }

  private void runtime(Object owner, String field, String id, Set<String> allowed) {
    if (!allowed.contains(id)) {
      problem(owner, field, Messages.text("pack.unknownRuntime", id, Suggestions.didYouMean(id, allowed)),
          Messages.text("pack.hint.runtimes", String.join(", ", allowed)));
    }
  }

  /** Every text of a record in both languages. */
  private void texts(Object owner, @Nullable LocalizedText... texts) {
    for (LocalizedText t : texts) {
      if (t == null) {
        continue;
      }
      if (t.en().isBlank()) {
        problem(owner, "", "pack.v.code.blankText", "en");
      }
      if (t.zh().isBlank()) {
        problem(owner, "", "pack.v.code.blankText", "zh");
      }
    }
  }

  private void problem(Object owner, String field, LocalizedText message, @Nullable LocalizedText hint) {
    Location at = locations.of(owner, field);
    problems.add(Problem.at(at == null ? Location.file(display.apply(file)) : at, message, hint));
  }

  private void problem(Object owner, String field, String key, Object... args) {
    problem(owner, field, Messages.text(key, args), null);
  }
}
