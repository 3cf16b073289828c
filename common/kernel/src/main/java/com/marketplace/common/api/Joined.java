package com.marketplace.common.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record with the spec's joined objects beside its own fields (e.g. an enrollment with its {@code
 * coursePack} and {@code lessonSlots}), in the record's field order, joins last.
 */
public final class Joined {

  private Joined() {}

  public static Map<String, Object> of(Record base, Map<String, ?> joins) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent component : base.getClass().getRecordComponents()) {
      try {
        fields.put(component.getName(), component.getAccessor().invoke(base));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
    fields.putAll(joins);
    return fields;
  }
}
