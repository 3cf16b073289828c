package com.marketplace.it;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.marketplace.common.api.Spelling;
import com.marketplace.common.error.ApiException;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' boundaries, as the build enforces them (docs/architecture.md explains them):
 *
 * <ul>
 *   <li>enrollment and booking never touch each other;
 *   <li>enrollment, booking and the payment routes they serve ({@code payments.web}) use payments
 *       only through its published package {@code payments.application} (not its subpackage {@code
 *       application.internal}, nor its domain, infrastructure or API), which itself shows no type
 *       of payments' domain or infrastructure;
 *   <li>no {@code domain} package knows JAX-RS, EclipseLink or Stripe;
 *   <li>no {@code domain} package speaks HTTP: it throws {@code DomainException}, never {@code
 *       ApiException}, and never uses the kernel's web layer;
 *   <li>booking's, enrollment's and payments' domains carry none of the spec's spellings (literals,
 *       {@code _idx}): those are their API layers' ({@code <module>.api.spelling}, payments' {@code
 *       payments.web.spelling}), which their use cases reach only through their port {@code
 *       application.ClientWords}; no other layer spells the spec;
 *   <li>the use cases ({@code application}) of booking, enrollment and payments reach the database
 *       only through the repository and queries interfaces of their {@code domain} and {@code
 *       application}: no JPA or EclipseLink type, no JPQL; enrollment's never reach into its
 *       infrastructure;
 *   <li>within booking, enrollment and payments, the use-case packages and the domain depend on one
 *       another without cycles (payments' published package never on its {@code internal}
 *       workings);
 *   <li>resources ({@code api} packages, {@code common.web}, {@code payments.web}) never use an
 *       {@code EntityManager};
 *   <li>booking's, enrollment's and payments' entities hold their statuses as enums (persisted
 *       through converters), never as strings to re-parse; no persisted field is floating point;
 *   <li>the kernel ({@code common}) depends on no module.
 * </ul>
 */
class ModuleBoundariesTest {

  /** The payments module's published interface; its subpackages are not part of it. */
  private static final String PAYMENTS_PUBLISHED = "com.marketplace.payments.application";

  /**
   * The modules' API layers (resources, each module's {@code api.spelling}, and the payment routes
   * the business modules serve with their spelling, {@code payments.web..}).
   */
  private static final String[] MODULE_API_LAYERS = {
    "com.marketplace.booking.api..",
    "com.marketplace.enrollment.api..",
    "com.marketplace.payments.api..",
    "com.marketplace.payments.web.."
  };

  /** The domains whose enums carry none of the spec's spellings (docs/domain-language.md). */
  private static final String[] SPELLING_FREE_DOMAINS = {
    "com.marketplace.booking.domain..",
    "com.marketplace.enrollment.domain..",
    "com.marketplace.payments.domain.."
  };

  /** The use cases that read the spec's words only through their module's port. */
  private static final String[] SPELLING_FREE_APPLICATIONS = {
    "com.marketplace.booking.application..",
    "com.marketplace.enrollment.application..",
    "com.marketplace.payments.application.."
  };

  private static JavaClasses platform;

  @BeforeAll
  static void importTheProductionClasses() {
    platform =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.marketplace");
  }

  @Test
  void enrollmentNeverTouchesBooking() {
    noClasses()
        .that()
        .resideInAPackage("com.marketplace.enrollment..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.marketplace.booking..")
        .check(platform);
  }

  @Test
  void bookingNeverTouchesEnrollment() {
    noClasses()
        .that()
        .resideInAPackage("com.marketplace.booking..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.marketplace.enrollment..")
        .check(platform);
  }

  @Test
  void businessModulesAndTheirPaymentRoutesUsePaymentsOnlyThroughItsPublishedPackage() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.marketplace.enrollment..",
            "com.marketplace.booking..",
            "com.marketplace.payments.web..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("com.marketplace.payments..")
                .and(not(resideInAPackage(PAYMENTS_PUBLISHED)))
                .and(not(resideInAPackage("com.marketplace.payments.web.."))))
        .because("payments publishes " + PAYMENTS_PUBLISHED + " only (docs/conventions.md)")
        .check(platform);
  }

  /**
   * What payments publishes speaks only its own types: its views and results carry published enums
   * ({@code PaymentChange.Status}, …), never a type of payments' domain or infrastructure, so a
   * module that reads them cannot come to depend on payments' internals through them.
   */
  @Test
  void paymentsPublishedPackageShowsNoDomainOrInfrastructureType() {
    noClasses()
        .that()
        .resideInAPackage(PAYMENTS_PUBLISHED)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.marketplace.payments.domain..", "com.marketplace.payments.infrastructure..")
        .check(platform);
  }

  @Test
  void theDomainKnowsNoWebFrameworkPersistenceProviderOrGateway() {
    noClasses()
        .that()
        .resideInAPackage("com.marketplace..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "org.eclipse.persistence..", "com.stripe..")
        .check(platform);
  }

  /**
   * A domain rule refuses with a {@code DomainException} (a kind and a code); which HTTP status a
   * refusal is answered with is decided once, by the kernel's web layer.
   */
  @Test
  void theDomainSpeaksNoHttp() {
    noClasses()
        .that()
        .resideInAPackage("com.marketplace..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "com.marketplace.common.web..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(ApiException.class)
        .check(platform);
  }

  /**
   * The spec's spellings (an option's literal and its {@code _idx}) are the API layer's: the
   * domain's enums carry none, so no {@code domain} class depends on the kernel's {@code Spelling}
   * or on a module's API layer. A state's stored word is its converter's ({@code StoredWords}), the
   * database's vocabulary.
   */
  @Test
  void theDomainCarriesNoSpecSpelling() {
    noClasses()
        .that()
        .resideInAnyPackage(SPELLING_FREE_DOMAINS)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Spelling.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(MODULE_API_LAYERS)
        .check(platform);
  }

  /**
   * A use case reads a word a client sent, and compares one a client may only repeat, through its
   * module's {@code application.ClientWords}, which the API layer implements: the arrow runs from
   * the API layer to the application, never back.
   */
  @Test
  void useCasesReachTheSpellingsOnlyThroughTheirPort() {
    noClasses()
        .that()
        .resideInAnyPackage(SPELLING_FREE_APPLICATIONS)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Spelling.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(MODULE_API_LAYERS)
        .check(platform);
  }

  /**
   * The spec's spelling ({@code Spelling}) is used by the API layers alone: the resources and wire
   * records ({@code ..api..}), the payment routes ({@code payments.web..}) and the kernel's own
   * {@code common.api}. Everyone else (use cases, domains, infrastructure, listeners) goes through
   * a module's {@code ClientWords} port or a converter's stored words.
   */
  @Test
  void onlyTheApiLayersSpellTheSpec() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "com.marketplace..api..",
            "com.marketplace.payments.web..",
            "com.marketplace.common.api..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Spelling.class)
        .check(platform);
  }

  @Test
  void resourcesNeverUseAnEntityManager() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.marketplace..api..",
            "com.marketplace.common.web..",
            "com.marketplace.payments.web..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .check(platform);
  }

  @Test
  void useCasesReachTheDatabaseOnlyThroughRepositories() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.marketplace.booking.application..",
            "com.marketplace.enrollment.application..",
            "com.marketplace.payments.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.marketplace.common.persistence.ListQuery")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.marketplace.common.persistence.BranchedListQuery")
        .because("use cases speak to the repositories of their domain (docs/conventions.md)")
        .check(platform);
  }

  @Test
  void enrollmentUseCasesNeverReachIntoInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("com.marketplace.enrollment.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.marketplace.enrollment.infrastructure..")
        .check(platform);
  }

  /**
   * One slice per use-case package ({@code <module>.application.<use case>}, and the module's
   * {@code application} package itself) and one for the {@code domain}: no arrow runs back, in
   * booking, enrollment and payments alike.
   */
  @Test
  void useCasePackagesAndTheDomainAreFreeOfCycles() {
    slices()
        .assignedFrom(applicationAndDomainOf("booking", "enrollment", "payments"))
        .should()
        .beFreeOfCycles()
        .check(platform);
  }

  /**
   * A status field ({@code status}, {@code bookingStatus}, {@code disputeStatus}, …) of a booking,
   * enrollment or payments entity is its enum, stored through the enum's converter (or by name):
   * the domain switches on it and never re-parses a word (docs/domain-language.md).
   */
  @Test
  void entityStatusesAreEnumsNotStrings() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(
            "com.marketplace.booking.domain",
            "com.marketplace.enrollment.domain",
            "com.marketplace.payments.domain")
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Entity.class)
        .and()
        .haveNameMatching("(.*Status|status)")
        .should()
        .haveRawType(enumType())
        .check(platform);
  }

  /**
   * The slices of {@link #useCasePackagesAndTheDomainAreFreeOfCycles}: for a class of {@code
   * com.marketplace.<module>}, its {@code domain}, its {@code application} package, or its use-case
   * package {@code application.<name>}; every other class is left out.
   */
  private static SliceAssignment applicationAndDomainOf(String... modules) {
    Set<String> names = Set.of(modules);
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        if (parts.length < 4
            || !parts[0].equals("com")
            || !parts[1].equals("marketplace")
            || !names.contains(parts[2])) {
          return SliceIdentifier.ignore();
        }
        if (parts[3].equals("domain")) {
          return SliceIdentifier.of(parts[2] + ".domain");
        }
        if (parts[3].equals("application")) {
          return SliceIdentifier.of(
              parts.length == 4
                  ? parts[2] + ".application"
                  : parts[2] + ".application." + parts[4]);
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the use-case packages and the domain of " + names;
      }
    };
  }

  /**
   * Money is whole minor units ({@code long}, {@code Money}, {@code StoredMoney}), never binary
   * floating point: no persisted field of any module is a {@code double} or a {@code float}.
   */
  @Test
  void noPersistedFieldIsFloatingPoint() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Entity.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Embeddable.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(MappedSuperclass.class)
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(Double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Float.class)
        .check(platform);
  }

  private static DescribedPredicate<JavaClass> enumType() {
    return DescribedPredicate.describe("an enum", JavaClass::isEnum);
  }

  @Test
  void theKernelDependsOnNoModule() {
    noClasses()
        .that()
        .resideInAPackage("com.marketplace.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.marketplace.platform..",
            "com.marketplace.payments..",
            "com.marketplace.enrollment..",
            "com.marketplace.booking..")
        .check(platform);
  }
}
