package io.eventmart.order;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.eventmart.testsupport.DomainPurityRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final String MODULE = "io.eventmart.order";

  @Test
  void keepsTheDomainFreeOfSpringTheSystemClockAndRandomness() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MODULE);

    DomainPurityRules.check(MODULE, classes);
  }
}
