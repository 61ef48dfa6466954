package io.eventmart.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.eventmart.testsupport.DomainPurityRules;
import org.junit.jupiter.api.Test;

/**
 * What the audit shows must follow from the recorded events alone — times and ids from the events,
 * never from the clock or chance — and its folds and queries stay plain Java and Axon, wired by the
 * infrastructure package.
 */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.eventmart.audit");

  @Test
  void keepsTheAuditDeterministicAndFreeOfSpring() {
    DomainPurityRules.check("io.eventmart.audit", classes);
  }
}
