package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.api.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

class RouteMetricsFilterTest {

  @Path("v1/things")
  static class Things {
    @GET
    @Path("{id}")
    public void get() {}
  }

  /** What the registry was asked for: instruments by name and tags, and how often each moved. */
  private final Map<String, AtomicLong> moved = new HashMap<>();

  private final Map<String, Integer> lookups = new HashMap<>();

  @Test
  void requestsAreTimedByRouteTemplateAndTheirErrorsCountedByStatusClass() throws Exception {
    RouteMetricsFilter filter = filter(Things.class.getMethod("get"));

    filter.filter(request("GET"), response(200));
    filter.filter(request("GET"), response(404));
    filter.filter(request("GET"), response(503));
    filter.filter(request("GET"), response(409));

    String route = "route=GET /booking/v1/things/{id}";
    assertThat(moved.get("marketplace.requests " + route).get(), is(4L));
    assertThat(moved.get("marketplace.request.errors " + route + " status=4xx").get(), is(2L));
    assertThat(moved.get("marketplace.request.errors " + route + " status=5xx").get(), is(1L));
  }

  @Test
  void aRoutesInstrumentsAreLookedUpOnceNotPerRequest() throws Exception {
    RouteMetricsFilter filter = filter(Things.class.getMethod("get"));

    for (int i = 0; i < 50; i++) {
      filter.filter(request("GET"), response(i % 2 == 0 ? 200 : 400));
    }

    assertThat(lookups.get("marketplace.requests route=GET /booking/v1/things/{id}"), is(1));
    assertThat(
        lookups.get("marketplace.request.errors route=GET /booking/v1/things/{id} status=4xx"),
        is(1));
  }

  @Test
  void aRequestThatMatchedNoRouteIsTimedAsUnmatchedByMethod() {
    RouteMetricsFilter filter = filter(null);

    filter.filter(request("OPTIONS"), response(200));
    filter.filter(request("GET"), response(404));

    assertThat(moved.get("marketplace.requests route=OPTIONS unmatched").get(), is(1L));
    assertThat(moved.get("marketplace.requests route=GET unmatched").get(), is(1L));
    assertThat(
        moved.get("marketplace.request.errors route=GET unmatched status=4xx").get(), is(1L));
  }

  @Test
  void theOneWarOfPayaraMicroNamesARouteAsTheEarDoes() throws Exception {
    // context root "/" and the module's JAX-RS servlet at /booking/*, not context root /booking
    RouteMetricsFilter filter = filter(Things.class.getMethod("get"), "", "/booking");

    filter.filter(request("GET"), response(200));

    assertThat(moved.get("marketplace.requests route=GET /booking/v1/things/{id}").get(), is(1L));
  }

  /** A filter in the EAR's booking module: context root /booking, JAX-RS at /*. */
  private RouteMetricsFilter filter(Method resourceMethod) {
    return filter(resourceMethod, "/booking", "");
  }

  private RouteMetricsFilter filter(Method resourceMethod, String contextPath, String servletPath) {
    RouteMetricsFilter filter = new RouteMetricsFilter();
    filter.request = new RequestContext();
    filter.registry = registry();
    filter.resource =
        fake(
            ResourceInfo.class,
            Map.of(
                "getResourceMethod", args -> resourceMethod,
                "getResourceClass", args -> Things.class));
    filter.servletRequest =
        fake(
            HttpServletRequest.class,
            Map.of("getContextPath", a -> contextPath, "getServletPath", a -> servletPath));
    return filter;
  }

  private MetricRegistry registry() {
    Function<Object[], Object> counter =
        args -> {
          String key = lookedUp(args);
          return fake(Counter.class, Map.of("inc", a -> count(key)));
        };
    Function<Object[], Object> timer =
        args -> {
          String key = lookedUp(args);
          return fake(Timer.class, Map.of("update", a -> count(key)));
        };
    return fake(MetricRegistry.class, Map.of("counter", counter, "timer", timer));
  }

  /** {@code name tag=value ...} of a registry call {@code (String name, Tag... tags)}. */
  private String lookedUp(Object[] args) {
    StringBuilder key = new StringBuilder((String) args[0]);
    for (Tag tag : (Tag[]) args[1]) {
      key.append(' ').append(tag.getTagName()).append('=').append(tag.getTagValue());
    }
    lookups.merge(key.toString(), 1, Integer::sum);
    return key.toString();
  }

  private Object count(String key) {
    moved.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    return null;
  }

  private static ContainerRequestContext request(String method) {
    return fake(ContainerRequestContext.class, Map.of("getMethod", args -> method));
  }

  private static ContainerResponseContext response(int status) {
    return fake(ContainerResponseContext.class, Map.of("getStatus", args -> status));
  }

  @SuppressWarnings("unchecked")
  private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Function<Object[], Object> answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer.apply(args);
            });
  }
}
