package io.eventmart.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalog is an adapter through and through (R2DBC, Axon, Spring), so the domain purity rules
 * do not apply to it. What does: a rebuild must produce the same read model every time, so no code
 * reads the system clock or draws random ids (times and ids come from the events); and the read
 * models only use what they share, never the wiring that assembles them.
 */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "io.eventmart.catalog";

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE_PACKAGE);

  @Test
  void neverReadsTheSystemClockOrDrawsRandomIds() {
    noClasses()
        .should()
        .callMethodWhere(readsTheSystemClockOrDrawsRandomIds())
        .because("times and ids come from the events, so a rebuild gives the same catalog")
        .check(classes);
  }

  @Test
  void keepsTheReadModelsIndependentOfTheirWiring() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE_PACKAGE + ".infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE_PACKAGE + ".infrastructure..")
        .because("the auto-configuration assembles the read models, not the other way round")
        .check(classes);
  }

  @Test
  void keepsEachReadModelToItself() {
    List<String> models = List.of("product", "order", "payment", "cart");
    for (String model : models) {
      String[] others =
          models.stream()
              .filter(other -> !other.equals(model))
              .map(other -> BASE_PACKAGE + "." + other + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(BASE_PACKAGE + "." + model + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("read models share tables through SQL joins, not each other's classes")
          .check(classes);
    }
  }

  private static DescribedPredicate<JavaMethodCall> readsTheSystemClockOrDrawsRandomIds() {
    return new DescribedPredicate<>("read the system clock or draw random ids") {
      @Override
      public boolean test(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        boolean now =
            name.equals("now")
                && (owner.isEquivalentTo(Instant.class)
                    || owner.isEquivalentTo(LocalDateTime.class)
                    || owner.isEquivalentTo(LocalDate.class)
                    || owner.isEquivalentTo(ZonedDateTime.class)
                    || owner.isEquivalentTo(OffsetDateTime.class));
        boolean systemClock =
            owner.isEquivalentTo(Clock.class)
                && (name.equals("systemUTC") || name.equals("systemDefaultZone"));
        boolean systemTime =
            owner.isEquivalentTo(System.class)
                && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
        boolean randomId = owner.isEquivalentTo(UUID.class) && name.equals("randomUUID");
        return now || systemClock || systemTime || randomId;
      }
    };
  }
}
