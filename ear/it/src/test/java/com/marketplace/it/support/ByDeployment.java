package com.marketplace.it.support;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that deploy the same archive one after the other (then by name), so that
 * {@link DeployOnce} deploys each distinct archive once. Configured in junit-platform.properties.
 */
public final class ByDeployment implements ClassOrderer {

  private final Map<Class<?>, String> signatures = new HashMap<>();

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor d) -> signature(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
  }

  private String signature(Class<?> testClass) {
    return signatures.computeIfAbsent(testClass, ByDeployment::deploymentSignature);
  }

  /** The signature of what the class's {@code @Deployment} method builds; "" without one. */
  private static String deploymentSignature(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Deployment.class)
            && Modifier.isStatic(method.getModifiers())) {
          return DeployOnce.signature(build(method));
        }
      }
    }
    return "";
  }

  private static Archive<?> build(Method deployment) {
    try {
      deployment.setAccessible(true);
      return (Archive<?>) deployment.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build the deployment of " + deployment, e);
    }
  }
}
