package io.eventmart.search;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.eventmart.testsupport.DomainPurityRules;
import org.junit.jupiter.api.Test;

/**
 * Keeps the search module's code outside {@code infrastructure} free of Spring, of the system clock
 * and of randomness: times come from events or the injected clock, wiring stays in infrastructure.
 */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "io.eventmart.search";

  @Test
  void keepsSpringClocksAndRandomnessOutOfTheProjectionCode() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE_PACKAGE);

    DomainPurityRules.check(BASE_PACKAGE, classes);
  }
}
