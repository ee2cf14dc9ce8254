package dev.spanweave.internal.paths;

import dev.spanweave.annotations.SpanAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of an application type that carry {@code @SpanAttribute}: record components; else
 * fields (of any visibility, of the class and its superclasses) and public getters. A member
 * annotated twice (a field and its getter) counts once, the first found.
 */
final class AnnotatedMembers {

  private AnnotatedMembers() {}

  /** One annotated member: the key it asks for (empty: derived), how to read it, its redaction. */
  record Annotated(String key, String name, ValuePath path, SpanAttribute.Redaction redaction) {}

  static List<Annotated> of(Class<?> type) throws IllegalAccessException {
    if (type.isPrimitive() || type.isArray() || type.getClassLoader() == null) {
      return List.of(); // the JDK's types carry none
    }
    Map<String, Annotated> found = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        SpanAttribute annotation = component.getAnnotation(SpanAttribute.class);
        if (annotation != null) {
          add(found, annotation, Members.method(component.getName(), component.getAccessor()));
        }
      }
      return List.copyOf(found.values());
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        SpanAttribute annotation = field.getAnnotation(SpanAttribute.class);
        if (annotation != null && !Modifier.isStatic(field.getModifiers())) {
          add(found, annotation, Members.field(field));
        }
      }
    }
    for (Method method : type.getMethods()) {
      SpanAttribute annotation = method.getAnnotation(SpanAttribute.class);
      if (annotation != null && method.getParameterCount() == 0
          && method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())) {
        add(found, annotation, Members.method(Members.propertyName(method.getName()), method));
      }
    }
    return new ArrayList<>(found.values());
  }

  private static void add(Map<String, Annotated> found, SpanAttribute annotation,
      Members.Member member) {
    found.putIfAbsent(member.name(), new Annotated(annotation.value(), member.name(),
        ValuePath.of(member), annotation.redaction()));
  }
}
