package io.eventmart.audit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.eventmart.testsupport.DomainPurityRules;
import org.junit.jupiter.api.Test;

/**
 * The command line is plain Java: no Spring, nothing random or clock-driven, and it writes only
 * through picocli's writers (so it can run in-process, and be tested).
 */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.eventmart.audit.cli");

  @Test
  void staysPlainJavaAndDeterministic() {
    DomainPurityRules.check("io.eventmart.audit.cli", classes);
  }

  @Test
  void writesOnlyThroughTheCommandLinesWriters() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("picocli's writers are what main and the tests hand in")
        .check(classes);
  }
}
