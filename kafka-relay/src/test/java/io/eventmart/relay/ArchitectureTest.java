package io.eventmart.relay;

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
 * The relay is an adapter, so the domain's purity rules do not apply to it as a whole; but what it
 * publishes must follow from the stored events alone, and its contract mapping stays plain Java.
 */
class ArchitectureTest {

  private static final String BASE_PACKAGE = "io.eventmart.relay";

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE_PACKAGE);

  @Test
  void takesTimesAndIdsFromTheEventsNeverFromTheClockOrChance() {
    noClasses()
        .should()
        .callMethodWhere(readsTheClockOrDrawsRandomIds())
        .because("an integration event carries the domain event's id and timestamp")
        .check(classes);
  }

  @Test
  void keepsTheContractMappingFreeOfKafkaAndSpring() {
    noClasses()
        .that()
        .resideInAPackage(BASE_PACKAGE + ".contract..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.kafka..", "org.springframework..")
        .because("the contract is what is published, not how")
        .check(classes);
  }

  @Test
  void keepsTheRelayIndependentOfItsWiring() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE_PACKAGE + ".infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE_PACKAGE + ".infrastructure..", "org.springframework..")
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
