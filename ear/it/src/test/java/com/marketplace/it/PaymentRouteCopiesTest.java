package com.marketplace.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.marketplace.booking.api.BookingPaymentCustomerResource;
import com.marketplace.booking.api.ReservationPaymentResource;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.enrollment.api.EnrollmentPaymentCustomerResource;
import com.marketplace.enrollment.api.EnrollmentPaymentResource;
import com.marketplace.payments.web.PaymentCustomerRoutes;
import com.marketplace.payments.web.PaymentTicketRoutes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Booking and enrollment each declare the spec's payment-ticket and payment-customer routes on a
 * resource class of their own (docs/architecture.md says why), and both hand every call to the one
 * shared implementation in {@code payments.web}. These copies must not drift: the same operations,
 * HTTP methods, roles and answers, and for the customer routes the same paths and operation ids;
 * the ticket routes differ only in the paths and operation ids the spec gives each module.
 */
class PaymentRouteCopiesTest {

  /** One route as its resource method declares it. */
  record Declared(
      String httpMethod,
      String path,
      String operationId,
      List<String> roles,
      String answers,
      Class<?> answersType,
      boolean list,
      int status,
      List<Class<?>> parameters) {

    Declared withoutSpecNames() {
      return new Declared(
          httpMethod,
          "",
          "",
          roles,
          answers.replaceAll("(?i)reservation|enrollment", "…"),
          answersType,
          list,
          status,
          parameters);
    }
  }

  @Test
  void bothModulesDeclareTheSamePaymentCustomerRoutes() {
    assertThat(
        routes(BookingPaymentCustomerResource.class),
        is(routes(EnrollmentPaymentCustomerResource.class)));
    Map<String, Declared> booking = routes(BookingPaymentCustomerResource.class);
    assertThat(booking.keySet(), contains("get", "list", "methods"));
    assertThat(booking.get("get").path(), is("paymentcustomers/{userId}"));
    assertThat(booking.get("get").operationId(), is("getPaymentCustomerByUserId"));
    assertThat(booking.get("methods").operationId(), is("listPaymentCustomerMethods"));
    assertThat(
        classLevel(BookingPaymentCustomerResource.class),
        is(classLevel(EnrollmentPaymentCustomerResource.class)));
  }

  @Test
  void bothModulesDeclareTheSameTicketRoutesUnderTheSpecsOwnPaths() {
    Map<String, Declared> reservation = routes(ReservationPaymentResource.class);
    Map<String, Declared> enrollment = routes(EnrollmentPaymentResource.class);

    assertThat(reservation.keySet(), is(enrollment.keySet()));
    assertThat(reservation.get("get").path(), is("reservationpayment2/{sys_reservationPaymentId}"));
    assertThat(reservation.get("get").operationId(), is("getReservationPayment2"));
    assertThat(enrollment.get("get").path(), is("enrollmentpayment/{sys_enrollmentPaymentId}"));
    assertThat(enrollment.get("get").operationId(), is("getEnrollmentPayment"));
    reservation.forEach(
        (name, route) ->
            assertThat(
                name, route.withoutSpecNames(), is(enrollment.get(name).withoutSpecNames())));
    assertThat(
        classLevel(ReservationPaymentResource.class),
        is(classLevel(EnrollmentPaymentResource.class)));
  }

  @Test
  void onlyAnAdminWritesATicketAndAnyCallerReadsThroughTheSharedChecks() {
    for (Class<?> resource :
        List.of(ReservationPaymentResource.class, EnrollmentPaymentResource.class)) {
      routes(resource)
          .forEach(
              (name, route) ->
                  assertThat(
                      resource.getSimpleName() + "." + name,
                      route.roles(),
                      is(route.httpMethod().equals("GET") ? List.of() : List.of("admin"))));
    }
  }

  @Test
  void everyCopyHandsItsCallsToTheSharedPaymentRoutes() {
    assertThat(
        injected(BookingPaymentCustomerResource.class), is(List.of(PaymentCustomerRoutes.class)));
    assertThat(
        injected(EnrollmentPaymentCustomerResource.class),
        is(List.of(PaymentCustomerRoutes.class)));
    assertThat(injected(ReservationPaymentResource.class), is(List.of(PaymentTicketRoutes.class)));
    assertThat(injected(EnrollmentPaymentResource.class), is(List.of(PaymentTicketRoutes.class)));
  }

  private static Map<String, Declared> routes(Class<?> resource) {
    Map<String, Declared> routes = new TreeMap<>();
    for (Method method : resource.getDeclaredMethods()) {
      String httpMethod = httpMethod(method);
      if (httpMethod == null) {
        continue;
      }
      Path path = method.getAnnotation(Path.class);
      Operation operation = method.getAnnotation(Operation.class);
      AllowedRoles roles = method.getAnnotation(AllowedRoles.class);
      Answers answers = method.getAnnotation(Answers.class);
      routes.put(
          method.getName(),
          new Declared(
              httpMethod,
              path == null ? "" : path.value(),
              operation == null ? "" : operation.operationId(),
              roles == null ? List.of() : List.of(roles.value()),
              answers.value(),
              answers.type(),
              answers.list(),
              answers.status(),
              List.of(method.getParameterTypes())));
    }
    return routes;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** The class's own path, media types and roles. */
  private static List<Object> classLevel(Class<?> resource) {
    AllowedRoles roles = resource.getAnnotation(AllowedRoles.class);
    return List.of(
        resource.getAnnotation(Path.class).value(),
        List.of(resource.getAnnotation(Produces.class).value()),
        roles == null ? List.of() : List.of(roles.value()));
  }

  private static List<Class<?>> injected(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()))
        .sorted(Comparator.comparing(Field::getName))
        .<Class<?>>map(Field::getType)
        .toList();
  }
}
