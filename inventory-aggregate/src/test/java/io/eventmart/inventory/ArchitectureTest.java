package io.eventmart.inventory;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.eventmart.testsupport.DomainPurityRules;
import org.junit.jupiter.api.Test;

/** Keeps the inventory domain plain Java and Axon: deterministic, and free of Spring. */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "io.eventmart.inventory";

  @Test
  void keepsTheDomainFreeOfSpringClocksAndRandomness() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE_PACKAGE);

    DomainPurityRules.check(BASE_PACKAGE, classes);
  }
}
