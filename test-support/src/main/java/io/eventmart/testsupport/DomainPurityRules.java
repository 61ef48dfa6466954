package io.eventmart.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What keeps domain code deterministic and framework-free: no Spring, no reading of the system
 * clock, no random ids or numbers. Time comes from commands, event timestamps or an injected {@link
 * Clock}; ids come from commands. Adapters and wiring live in {@code ..infrastructure..} packages,
 * which these rules leave alone.
 */
public final class DomainPurityRules {

  public static final String INFRASTRUCTURE = "..infrastructure..";

  private DomainPurityRules() {}

  /** All rules for the domain code under {@code basePackage}. */
  public static List<ArchRule> forDomainOf(String basePackage) {
    String domain = basePackage + "..";
    return List.of(
        noClasses()
            .that()
            .resideInAPackage(domain)
            .and()
            .resideOutsideOfPackage(INFRASTRUCTURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("domain code is plain Java and Axon; Spring wiring belongs in infrastructure"),
        noClasses()
            .that()
            .resideInAPackage(domain)
            .and()
            .resideOutsideOfPackage(INFRASTRUCTURE)
            .should()
            .callMethodWhere(readsTheSystemClock())
            .because("time comes from commands, event timestamps or an injected Clock"),
        noClasses()
            .that()
            .resideInAPackage(domain)
            .and()
            .resideOutsideOfPackage(INFRASTRUCTURE)
            .should()
            .callMethodWhere(drawsRandomness())
            .orShould()
            .callConstructor(Random.class)
            .because("ids come from commands; behaviour must be reproducible in tests"),
        noClasses()
            .that()
            .resideInAPackage(domain)
            .and()
            .resideOutsideOfPackage(INFRASTRUCTURE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(INFRASTRUCTURE)
            .because(
                "the domain defines ports; infrastructure implements them, not the other way"));
  }

  /** Checks every rule against {@code classes}. */
  public static void check(String basePackage, JavaClasses classes) {
    forDomainOf(basePackage).forEach(rule -> rule.check(classes));
  }

  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return new DescribedPredicate<>("read the system clock") {
      @Override
      public boolean test(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        boolean nowOfTimeType =
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
        return nowOfTimeType || systemClock || systemTime;
      }
    };
  }

  private static DescribedPredicate<JavaMethodCall> drawsRandomness() {
    return new DescribedPredicate<>("draw random ids or numbers") {
      @Override
      public boolean test(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        return (owner.isEquivalentTo(UUID.class) && name.equals("randomUUID"))
            || (owner.isEquivalentTo(ThreadLocalRandom.class) && name.equals("current"))
            || (owner.isEquivalentTo(Math.class) && name.equals("random"));
      }
    };
  }
}
