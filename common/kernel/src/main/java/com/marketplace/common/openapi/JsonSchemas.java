package com.marketplace.common.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * JSON Schemas of the Java types a route reads and writes, collected as named components: the
 * document shows what the code really accepts, including which fields are required.
 */
final class JsonSchemas {

  private static final Map<Class<?>, String[]> SCALARS =
      Map.ofEntries(
          Map.entry(String.class, new String[] {"string", null}),
          Map.entry(UUID.class, new String[] {"string", "uuid"}),
          Map.entry(Boolean.class, new String[] {"boolean", null}),
          Map.entry(boolean.class, new String[] {"boolean", null}),
          Map.entry(Integer.class, new String[] {"integer", "int32"}),
          Map.entry(int.class, new String[] {"integer", "int32"}),
          Map.entry(Long.class, new String[] {"integer", "int64"}),
          Map.entry(long.class, new String[] {"integer", "int64"}),
          Map.entry(BigDecimal.class, new String[] {"number", null}),
          Map.entry(OffsetDateTime.class, new String[] {"string", "date-time"}),
          Map.entry(Instant.class, new String[] {"string", "date-time"}),
          Map.entry(LocalDate.class, new String[] {"string", "date"}),
          Map.entry(LocalTime.class, new String[] {"string", "time"}));

  private final Map<String, JsonObject> components = new LinkedHashMap<>();

  /** The schema of {@code type}, a {@code $ref} for records and other objects. */
  JsonObject of(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      if (Collection.class.isAssignableFrom(raw)) {
        return Json.createObjectBuilder()
            .add("type", "array")
            .add("items", of(generic.getActualTypeArguments()[0]))
            .build();
      }
      return of(raw);
    }
    if (!(type instanceof Class<?> type0)) {
      return Json.createObjectBuilder().build(); // a type variable or wildcard: any value
    }
    String[] scalar = SCALARS.get(type0);
    if (scalar != null) {
      JsonObjectBuilder schema = Json.createObjectBuilder().add("type", scalar[0]);
      return scalar[1] == null ? schema.build() : schema.add("format", scalar[1]).build();
    }
    if (type0.isEnum()) {
      JsonArrayBuilder names = Json.createArrayBuilder();
      for (Object constant : type0.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return Json.createObjectBuilder().add("type", "string").add("enum", names).build();
    }
    if (Map.class.isAssignableFrom(type0)
        || type0 == Object.class
        || type0.getName().startsWith("jakarta.")) {
      return Json.createObjectBuilder().add("type", "object").build();
    }
    return reference(type0);
  }

  Map<String, JsonObject> components() {
    return components;
  }

  private JsonObject reference(Class<?> type) {
    String name = type.getSimpleName();
    if (!components.containsKey(name)) {
      components.put(name, Json.createObjectBuilder().build()); // placeholder: stops cycles
      components.put(name, object(type));
    }
    return Json.createObjectBuilder().add("$ref", "#/components/schemas/" + name).build();
  }

  private JsonObject object(Class<?> type) {
    JsonObjectBuilder properties = Json.createObjectBuilder();
    JsonArrayBuilder required = Json.createArrayBuilder();
    boolean anyRequired = false;
    for (Field field : fields(type)) {
      properties.add(field.getName(), of(field.getGenericType()));
      if (isRequired(field)) {
        required.add(field.getName());
        anyRequired = true;
      }
    }
    JsonObjectBuilder schema =
        Json.createObjectBuilder().add("type", "object").add("properties", properties);
    return anyRequired ? schema.add("required", required).build() : schema.build();
  }

  private static Iterable<Field> fields(Class<?> type) {
    java.util.List<Field> fields = new java.util.ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        fields.add(field(type, component.getName()));
      }
      return fields;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static Field field(Class<?> record, String name) {
    try {
      return record.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRequired(AnnotatedElement element) {
    return element.isAnnotationPresent(NotNull.class)
        || element.isAnnotationPresent(NotBlank.class)
        || element.isAnnotationPresent(NotEmpty.class);
  }
}
