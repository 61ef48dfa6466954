package io.eventmart.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Analytics is a read model, an adapter by nature, so the domain's purity rules do not apply to it
 * as a whole; but its content must follow from the events alone (a rebuild must produce the same
 * tables), and its features stay free of their Spring wiring.
 */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "io.eventmart.analytics";

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE_PACKAGE);

  @Test
  void takesTimesAndIdsFromTheEventsNeverFromTheClockOrChance() {
    noClasses()
        .should()
        .callMethodWhere(readsTheClockOrDrawsRandomIds())
        .because("a rebuild must produce exactly the same tables")
        .check(classes);
  }

  @Test
  void keepsTheFeaturesIndependentOfTheirWiring() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE_PACKAGE + ".infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE_PACKAGE + ".infrastructure..",
            "org.springframework.context..",
            "org.springframework.beans..",
            "org.springframework.boot..")
        .check(classes);
  }

  @Test
  void letsOnlyIngestionWriteTheModelWhileQueriesOnlyRead() {
    noClasses()
        .that()
        .resideInAPackage(BASE_PACKAGE + ".ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE_PACKAGE + ".sales..", BASE_PACKAGE + ".stock..", BASE_PACKAGE + ".operations..")
        .because("the consumer knows the model only as EventAppliers and IngestionListeners")
        .check(classes);
  }

  private static DescribedPredicate<JavaMethodCall> readsTheClockOrDrawsRandomIds() {
    return new DescribedPredicate<>("read the system clock or draw random ids") {
      @Override
      public boolean test(JavaMethodCall call) {
        var owner = call.getTargetOwner();
        String name = call.getName();
        return (owner.isEquivalentTo(Instant.class) && name.equals("now"))
            || (owner.isEquivalentTo(Clock.class) && name.startsWith("system"))
            || (owner.isEquivalentTo(System.class)
                && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
            || (owner.isEquivalentTo(UUID.class) && name.equals("randomUUID"));
      }
    };
  }
}
