package dev.rta.knowledge.internal;

import dev.rta.domain.LocalizedText;
import dev.rta.domain.Question;
import dev.rta.domain.pack.Advisory;
import dev.rta.domain.pack.ChecklistSection;
import dev.rta.domain.pack.ConstraintDef;
import dev.rta.domain.pack.Correction;
import dev.rta.domain.pack.DecisionNote;
import dev.rta.domain.pack.DefaultDef;
import dev.rta.domain.pack.FinalRow;
import dev.rta.domain.pack.Flowchart;
import dev.rta.domain.pack.HistoryEntry;
import dev.rta.domain.pack.MatrixRow;
import dev.rta.domain.pack.PerformanceRow;
import dev.rta.domain.pack.ReferenceGroup;
import dev.rta.domain.pack.RuntimeProfile;
import dev.rta.domain.pack.ScenarioRow;
import dev.rta.domain.pack.ScoreDef;
import dev.rta.domain.pack.WarningDef;
import java.util.List;
import java.util.Map;

/** The top-level shape of each file of a pack. */
final class PackFiles {
  private PackFiles() {}

  record RuntimesFile(List<RuntimeProfile> runtimes) {}

  record QuestionsFile(List<Question> questions) {}

  record FlowchartFile(Flowchart flowchart) {}

  record MatricesFile(
      List<ScenarioRow> scenario,
      List<PerformanceRow> performance,
      List<MatrixRow> features,
      List<MatrixRow> ecosystem,
      Map<String, LocalizedText> ecosystemMaturity) {}

  record ChecklistFile(List<ChecklistSection> checklist) {}

  record FinalMatrixFile(List<FinalRow> finalMatrix) {}

  record RulesFile(
      List<ConstraintDef> constraints, List<WarningDef> warnings, List<ScoreDef> scores, List<DefaultDef> defaults) {}

  record CorrectionsFile(List<Correction> corrections) {}

  record AdvisoriesFile(List<Advisory> advisories) {}

  record MarkersFile(List<dev.rta.domain.pack.Marker> markers, List<dev.rta.domain.pack.LibraryFeatures> libraryFeatures) {}

  record DecisionsFile(List<DecisionNote> decisions) {}

  record ReferencesFile(List<ReferenceGroup> references, List<HistoryEntry> history) {}

  record ExamplesFile(List<dev.rta.domain.pack.CodeExample> examples, List<dev.rta.domain.pack.Dependency> crates) {}

  record MigrationsFile(List<dev.rta.domain.pack.MigrationGuide> migrations) {}
}
