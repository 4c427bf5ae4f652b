package dev.rta.knowledge.internal;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Problem;
import dev.rta.domain.Question;
import dev.rta.domain.QuestionSet;
import dev.rta.domain.pack.KnowledgePack;
import dev.rta.domain.pack.PackManifest;
import dev.rta.domain.pack.RuntimeProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** Binds the parsed files of a pack into one {@link KnowledgePack}; problems are recorded, not thrown. */
public final class PackAssembler {
  private final Map<String, Node> nodes;
  private final Function<String, String> display;
  private final List<Problem> problems;
  private final Locations locations;

  public PackAssembler(
      Map<String, Node> nodes, Function<String, String> display, List<Problem> problems, Locations locations) {
    this.nodes = nodes;
    this.display = display;
    this.problems = problems;
    this.locations = locations;
  }

  private <T> @Nullable T bind(String file, Class<T> type, PackReaders readers) {
    Node node = nodes.get(file);
    return node == null ? null : readers.install(new YamlBinder(display.apply(file), problems, locations)).bind(node, type);
  }

  /** The pack, or null when a file is missing or did not bind (the problems say why). */
  public @Nullable KnowledgePack assemble() {
    PackReaders plain = new PackReaders(null, List.of());
    PackManifest manifest = bind("pack.yaml", PackManifest.class, plain);
    PackFiles.RuntimesFile runtimesFile = bind("runtimes.yaml", PackFiles.RuntimesFile.class, plain);
    List<RuntimeProfile> runtimes = runtimesFile == null ? List.of() : runtimesFile.runtimes();
    List<String> candidates = runtimes.stream().filter(RuntimeProfile::candidate).map(RuntimeProfile::id).toList();

    // questions.yaml twice: first to learn the keys, then to read its own conditions (askIf).
    PackFiles.QuestionsFile questionsFile = null;
    Node qNode = nodes.get("questions.yaml");
    if (qNode != null) {
      PackFiles.QuestionsFile firstPass = new PackReaders(null, candidates)
          .install(new YamlBinder(display.apply("questions.yaml"), new ArrayList<>(), new Locations()))
          .bind(qNode, PackFiles.QuestionsFile.class);
      QuestionSet keys = new QuestionSet(firstPass == null ? List.of() : firstPass.questions());
      questionsFile = bind("questions.yaml", PackFiles.QuestionsFile.class, new PackReaders(keys, candidates));
    }
    List<Question> questions = questionsFile == null ? List.of() : questionsFile.questions();
    PackReaders readers = new PackReaders(new QuestionSet(questions), candidates);

    PackFiles.FlowchartFile flow = bind("flowchart.yaml", PackFiles.FlowchartFile.class, readers);
    PackFiles.MatricesFile matrices = bind("matrices.yaml", PackFiles.MatricesFile.class, readers);
    PackFiles.ChecklistFile checklist = bind("checklist.yaml", PackFiles.ChecklistFile.class, readers);
    PackFiles.FinalMatrixFile fin = bind("final-matrix.yaml", PackFiles.FinalMatrixFile.class, readers);
    PackFiles.RulesFile rules = bind("rules.yaml", PackFiles.RulesFile.class, readers);
    PackFiles.CorrectionsFile corrections = bind("corrections.yaml", PackFiles.CorrectionsFile.class, readers);
    PackFiles.AdvisoriesFile advisories = bind("advisories.yaml", PackFiles.AdvisoriesFile.class, readers);
    PackFiles.MarkersFile markers = bind("markers.yaml", PackFiles.MarkersFile.class, readers);
    dev.rta.domain.pack.AnalysisRules analysis = bind("analysis.yaml", dev.rta.domain.pack.AnalysisRules.class, readers);
    PackFiles.DecisionsFile decisions = bind("decisions.yaml", PackFiles.DecisionsFile.class, readers);
    PackFiles.ReferencesFile references = bind("references.yaml", PackFiles.ReferencesFile.class, readers);
    PackFiles.ExamplesFile examples = bind("examples.yaml", PackFiles.ExamplesFile.class, readers);
    PackFiles.MigrationsFile migrations = bind("migrations.yaml", PackFiles.MigrationsFile.class, readers);

    if (manifest == null || runtimesFile == null || questionsFile == null || flow == null || matrices == null
        || checklist == null || fin == null || rules == null || corrections == null || advisories == null
        || markers == null || analysis == null || decisions == null || references == null || examples == null
        || migrations == null) {
      return null;
    }
    Map<String, LocalizedText> maturity = matrices.ecosystemMaturity();
    return new KnowledgePack(
        manifest, runtimes, questions, flow.flowchart(), matrices.scenario(), matrices.performance(),
        matrices.features(), matrices.ecosystem(), maturity, checklist.checklist(), fin.finalMatrix(),
        rules.constraints(), rules.warnings(), rules.scores(), rules.defaults(), corrections.corrections(),
        advisories.advisories(), markers.markers(), markers.libraryFeatures(), analysis, decisions.decisions(), references.references(), references.history(),
        new dev.rta.domain.pack.CodeKnowledge(examples.examples(), migrations.migrations(), examples.crates()));
  }
}
