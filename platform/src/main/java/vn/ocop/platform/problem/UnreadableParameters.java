package vn.ocop.platform.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Names the query parameter that JAX-RS could not convert to its type. JAX-RS answers such a
 * request 404 (as if the resource did not exist) without saying which parameter it was; the house
 * rule is a 400 that names the field and the rule. A malformed path id stays a 404: no such record.
 */
final class UnreadableParameters {
  private UnreadableParameters() {}

  /** The query parameters of the matched method whose raw value does not convert to their type. */
  static List<FieldError> of(ResourceInfo resource, UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return errors;
    }
    for (Parameter parameter : method.getParameters()) {
      check(parameter, parameter.getType(), uri, errors);
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
          for (Field field : type.getDeclaredFields()) {
            check(field, field.getType(), uri, errors);
          }
        }
      }
    }
    return errors;
  }

  /** The names of the query parameters the matched method declares, its @BeanParam's included. */
  static java.util.Set<String> declaredQueryNames(ResourceInfo resource) {
    java.util.Set<String> names = new java.util.HashSet<>();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return names;
    }
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
          for (Field field : type.getDeclaredFields()) {
            QueryParam inBean = field.getAnnotation(QueryParam.class);
            if (inBean != null) {
              names.add(inBean.value());
            }
          }
        }
      }
    }
    return names;
  }

  private static void check(
      AnnotatedElement element, Class<?> type, UriInfo uri, List<FieldError> errors) {
    QueryParam query = element.getAnnotation(QueryParam.class);
    if (query == null) {
      return;
    }
    String name = query.value();
    String raw = uri.getQueryParameters().getFirst(name);
    if (raw != null && !converts(raw, type)) {
      errors.add(
          new FieldError(name, rule(type), "'" + shorten(raw) + "' is not " + describe(type)));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean converts(String raw, Class<?> type) {
    try {
      if (type == int.class || type == Integer.class) {
        Integer.parseInt(raw.trim());
      } else if (type == long.class || type == Long.class) {
        Long.parseLong(raw.trim());
      } else if (type == UUID.class) {
        UUID.fromString(raw);
      } else if (type == LocalDate.class) {
        LocalDate.parse(raw);
      } else if (type == OffsetDateTime.class) {
        OffsetDateTime.parse(raw);
      } else if (type == YearMonth.class) {
        YearMonth.parse(raw);
      } else if (type.isEnum()) {
        Enum.valueOf((Class) type, raw);
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String rule(Class<?> type) {
    if (type == UUID.class) {
      return "UUID";
    }
    if (type == LocalDate.class || type == OffsetDateTime.class || type == YearMonth.class) {
      return "Date";
    }
    if (type.isEnum()) {
      return "OneOf";
    }
    return type.isPrimitive() || Number.class.isAssignableFrom(type) ? "Integer" : "Type";
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type == LocalDate.class) {
      return "a date (yyyy-mm-dd)";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return "a valid " + type.getSimpleName();
  }

  private static String shorten(String raw) {
    return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
  }
}
