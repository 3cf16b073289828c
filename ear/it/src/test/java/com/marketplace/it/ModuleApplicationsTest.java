package com.marketplace.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.booking.api.BookingApi;
import com.marketplace.enrollment.api.EnrollmentApi;
import com.marketplace.payments.api.PaymentsApi;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each module's JAX-RS application names its resources and providers ({@code getClasses()}) rather
 * than letting the server scan its WAR, so that the one-WAR build for Payara Micro can serve each
 * module's classes under its own path (docs/payara-micro.md). In the EAR, the named classes must be
 * exactly what the scan found: every {@code @Path} and {@code @Provider} class of the module's WAR,
 * i.e. of its own {@code api} packages and, for booking and enrollment, of the payment routes jar
 * ({@code payments.web}) in their {@code WEB-INF/lib}.
 */
class ModuleApplicationsTest {

  @Test
  void bookingsApplicationNamesEveryResourceAndProviderOfItsWar() {
    assertThat(
        names(new BookingApi()),
        equalTo(scanned("com.marketplace.booking.api", "com.marketplace.payments.web")));
  }

  @Test
  void enrollmentsApplicationNamesEveryResourceAndProviderOfItsWar() {
    assertThat(
        names(new EnrollmentApi()),
        equalTo(scanned("com.marketplace.enrollment.api", "com.marketplace.payments.web")));
  }

  @Test
  void paymentsApplicationNamesEveryResourceAndProviderOfItsWar() {
    assertThat(names(new PaymentsApi()), equalTo(scanned("com.marketplace.payments.api")));
  }

  private static Set<String> names(Application application) {
    return application.getClasses().stream()
        .map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** What the JAX-RS scan of a WAR holding these packages finds. */
  private static Set<String> scanned(String... packages) {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(packages)
            .stream()
            .filter(type -> !type.isInterface())
            .filter(
                type -> type.isAnnotatedWith(Path.class) || type.isAnnotatedWith(Provider.class))
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(TreeSet::new));
  }
}
