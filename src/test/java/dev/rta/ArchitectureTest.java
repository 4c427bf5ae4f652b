package dev.rta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward to the domain; the parts do not know each other; {@code app} holds the use cases and
 * wires the parts; {@code cli} and {@code web} only parse, call {@code app} and present.
 */
@AnalyzeClasses(packages = "dev.rta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule domainIsPure = noClasses().that().resideInAPackage("dev.rta.domain..")
      .should().dependOnClassesThat().resideOutsideOfPackages("dev.rta.domain..", "java..", "org.jspecify..");

  @ArchTest
  static final ArchRule partsDependOnlyOnTheDomain = noClasses()
      .that().resideInAnyPackage("dev.rta.knowledge..", "dev.rta.engine..", "dev.rta.analyzer..", "dev.rta.migrate..",
          "dev.rta.report..", "dev.rta.bench..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.rta.cli..", "dev.rta.web..");

  @ArchTest
  static final ArchRule partsDoNotKnowEachOther = noClasses()
      .that().resideInAnyPackage("dev.rta.knowledge..", "dev.rta.engine..", "dev.rta.analyzer..", "dev.rta.migrate..",
          "dev.rta.report..", "dev.rta.bench..")
      .should(new com.tngtech.archunit.lang.ArchCondition<>("depend only on the domain and their own part") {
        @Override
        public void check(com.tngtech.archunit.core.domain.JavaClass item,
            com.tngtech.archunit.lang.ConditionEvents events) {
          String own = part(item.getPackageName());
          for (var d : item.getDirectDependenciesFromSelf()) {
            String target = d.getTargetClass().getPackageName();
            if (target.startsWith("dev.rta.") && !target.startsWith("dev.rta.domain")) {
              String other = part(target);
              if (!other.equals(own)) {
                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d, d.getDescription()));
              }
            }
          }
        }
      });

  @ArchTest
  static final ArchRule theUseCasesServeTheFrontEnds = noClasses().that().resideInAPackage("dev.rta.app..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.rta.cli..", "dev.rta.web..");

  /** The front ends parse, call the use cases ({@code app}) and present ({@code report}); they decide nothing. */
  @ArchTest
  static final ArchRule frontEndsGoThroughTheUseCases = noClasses()
      .that().resideInAnyPackage("dev.rta.cli..", "dev.rta.web..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.rta.knowledge..", "dev.rta.engine..",
          "dev.rta.analyzer..", "dev.rta.migrate..", "dev.rta.bench..");

  @ArchTest
  static final ArchRule onlyTheCliExits = noClasses().that().resideOutsideOfPackage("dev.rta.cli..")
      .should().callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule noPicocliOutsideTheCli = noClasses().that().resideOutsideOfPackage("dev.rta.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..");

  static String part(String pkg) {
    String rest = pkg.substring("dev.rta.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
