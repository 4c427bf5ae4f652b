package dev.rta.knowledge;

import dev.rta.domain.InvalidInputException;
import dev.rta.domain.Location;
import dev.rta.domain.Problem;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.knowledge.internal.CodeValidator;
import dev.rta.knowledge.internal.Locations;
import dev.rta.knowledge.internal.PackAssembler;
import dev.rta.knowledge.internal.PackValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a knowledge pack — the bundled one, or a directory given with {@code --knowledge DIR} — and
 * validates it. Every problem is reported at once; loading fails with {@link InvalidInputException}.
 */
public final class PackLoader {
  /** The files of a pack, in the order they are read. */
  public static final List<String> FILES = List.of(
      "pack.yaml", "runtimes.yaml", "questions.yaml", "flowchart.yaml", "matrices.yaml", "checklist.yaml",
      "final-matrix.yaml", "rules.yaml", "corrections.yaml", "advisories.yaml", "markers.yaml", "analysis.yaml", "decisions.yaml",
      "references.yaml", "examples.yaml", "migrations.yaml");

  private static final String BUNDLED = "/dev/rta/knowledge/pack/";
  private static volatile @Nullable KnowledgePack bundled;

  private PackLoader() {}

  /** The pack shipped inside rta. */
  public static KnowledgePack bundled() {
    KnowledgePack p = bundled;
    if (p == null) {
      synchronized (PackLoader.class) {
        p = bundled;
        if (p == null) {
          p = load(new Source() {
            @Override
            public @Nullable String read(String file) throws IOException {
              try (InputStream in = PackLoader.class.getResourceAsStream(BUNDLED + file)) {
                return in == null ? null : decode(in.readAllBytes());
              }
            }

            @Override
            public String display(String file) {
              return "<bundled pack>/" + file;
            }
          });
          bundled = p;
        }
      }
    }
    return p;
  }

  /** A pack from a directory holding the {@link #FILES}. */
  public static KnowledgePack fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of(Problem.of(Location.file(dir.toString()),
          Files.exists(dir) ? "pack.notDirectory" : "pack.noDirectory").withHint("pack.hint.directory"));
    }
    return load(new Source() {
      @Override
      public @Nullable String read(String file) throws IOException {
        try {
          return decode(Files.readAllBytes(dir.resolve(file)));
        } catch (NoSuchFileException e) {
          return null;
        }
      }

      @Override
      public String display(String file) {
        return dir.resolve(file).toString();
      }
    });
  }

  /** Where the files come from. */
  interface Source {
    @Nullable String read(String file) throws IOException;

    String display(String file);
  }

  static KnowledgePack load(Source source) {
    List<Problem> problems = new ArrayList<>();
    Locations locations = new Locations();
    java.util.Map<String, Node> nodes = new java.util.LinkedHashMap<>();
    for (String file : FILES) {
      Node node = parse(source, file, problems);
      if (node != null) {
        nodes.put(file, node);
      }
    }
    KnowledgePack pack = new PackAssembler(nodes, source::display, problems, locations).assemble();
    if (pack != null) {
      new PackValidator(pack, locations, problems, source::display).validate();
      new CodeValidator(pack, locations, problems, source::display).validate();
    }
    if (!problems.isEmpty() || pack == null) {
      if (problems.isEmpty()) {
        problems.add(Problem.of(Location.file(source.display("pack.yaml")), "pack.incomplete"));
      }
      throw new InvalidInputException(sorted(problems, source));
    }
    return pack;
  }

  private static List<Problem> sorted(List<Problem> problems, Source source) {
    List<String> order = FILES.stream().map(source::display).toList();
    return problems.stream()
        .distinct()
        .sorted(Comparator.comparingInt((Problem p) -> {
              int i = order.indexOf(p.location().file());
              return i < 0 ? Integer.MAX_VALUE : i;
            })
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column()))
        .toList();
  }

  private static @Nullable Node parse(Source source, String file, List<Problem> problems) {
    String display = source.display(file);
    String text;
    try {
      text = source.read(file);
    } catch (CharacterCodingException e) {
      problems.add(Problem.of(Location.file(display), "err.file.notUtf8").withHint("pack.hint.utf8"));
      return null;
    } catch (IOException e) {
      problems.add(Problem.of(Location.file(display), "err.file.cannotRead", String.valueOf(e.getMessage())));
      return null;
    }
    if (text == null) {
      problems.add(Problem.of(Location.file(display), "pack.missingFile").withHint("pack.hint.files", String.join(", ", FILES)));
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(4 * 1024 * 1024);
    try {
      Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
      if (node == null) {
        problems.add(Problem.of(Location.file(display), "pack.emptyFile"));
      }
      return node;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at = m == null ? Location.file(display) : new Location(display, m.getLine() + 1, m.getColumn() + 1);
      problems.add(Problem.of(at, "err.yaml.syntax", e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem()));
      return null;
    } catch (YAMLException e) {
      problems.add(Problem.of(Location.file(display), "err.yaml.other", String.valueOf(e.getMessage())));
      return null;
    }
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    String s = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
