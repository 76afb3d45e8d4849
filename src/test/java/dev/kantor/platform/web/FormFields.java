package dev.kantor.platform.web;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a page's form handler reads, found from the handler itself as Spring binds it: request
 * parameters, the fields of a form object (a record's components or a class's setters), an
 * uploaded file, and the path variables of its address. New forms are covered without a list to
 * keep up to date.
 */
final class FormFields {

    private static final Set<Class<?>> FRAMEWORK_ARGUMENTS = Set.of(
            Model.class,
            Errors.class,
            RedirectAttributes.class,
            HttpServletRequest.class,
            HttpServletResponse.class,
            Locale.class,
            Principal.class);

    /** A field as the handler reads it; {@code element} is the type of a list's entries. */
    record Field(String name, Class<?> type, Class<?> element, boolean file) {

        boolean many() {
            return List.class.isAssignableFrom(type) || type.isArray();
        }

        Class<?> valueType() {
            return ClassUtils.resolvePrimitiveIfNecessary(element != null ? element : type);
        }
    }

    private final List<Field> fields = new ArrayList<>();
    private final List<String> pathVariables = new ArrayList<>();

    private FormFields() {}

    static FormFields of(HandlerMethod handler) {
        FormFields form = new FormFields();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (FRAMEWORK_ARGUMENTS.stream().anyMatch(t -> t.isAssignableFrom(type))
                    || parameter.hasParameterAnnotation(RequestHeader.class)) {
                continue;
            }
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                form.pathVariables.add(parameter.getParameterName());
            } else if (requestParam != null || BeanUtils.isSimpleProperty(type)) {
                String name = requestParam != null && !requestParam.name().isEmpty()
                        ? requestParam.name()
                        : parameter.getParameterName();
                form.fields.add(new Field(
                        name,
                        type,
                        element(parameter.getGenericParameterType()),
                        MultipartFile.class.isAssignableFrom(type)));
            } else {
                form.fields.addAll(fieldsOf(type));
            }
        }
        return form;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    boolean takesFile() {
        return fields.stream().anyMatch(Field::file);
    }

    List<String> pathVariables() {
        return pathVariables;
    }

    /** Plausible values for every field but the file. */
    Map<String, List<String>> goodValues(Targets targets) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : fields) {
            if (!field.file()) {
                values.put(field.name(), new ArrayList<>(List.of(goodValue(field, targets))));
            }
        }
        return values;
    }

    /**
     * Spoils one field: a bad value for its type (or of another type), sent twice, sent with an
     * index far beyond any list's, or left out.
     */
    void spoilOne(Map<String, List<String>> values, BadInputs bad) {
        List<Field> plain = fields.stream().filter(f -> !f.file()).toList();
        if (plain.isEmpty()) {
            return;
        }
        Field field = bad.pick(plain);
        String value = badValue(field, bad);
        int shape = bad.nextInt(10);
        if (shape == 0) {
            values.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(value);
        } else if (shape == 1 && field.many()) {
            values.put(field.name() + "[" + (bad.chance(50) ? 300 : 99_999) + "]", List.of(value));
        } else if (shape == 2) {
            values.remove(field.name());
        } else {
            values.put(field.name(), new ArrayList<>(List.of(value)));
        }
    }

    private static String badValue(Field field, BadInputs bad) {
        Class<?> type = field.valueType();
        return switch (bad.nextInt(8)) {
            case 0 -> bad.text();
            case 1 -> bad.any();
            case 2 -> bad.chance(20) ? bad.huge() : "";
            default -> {
                if (Number.class.isAssignableFrom(type)) {
                    yield bad.number();
                } else if (type == LocalDate.class
                        || field.name().toLowerCase(Locale.ROOT).contains("date")) {
                    yield bad.date();
                } else if (type == LocalTime.class) {
                    yield bad.time();
                } else if (type == Instant.class || type == LocalDateTime.class) {
                    yield bad.instant();
                } else {
                    yield bad.text();
                }
            }
        };
    }

    private static String goodValue(Field field, Targets targets) {
        Class<?> type = field.valueType();
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (Number.class.isAssignableFrom(type)) {
            return String.valueOf(targets.number(field.name()));
        }
        if (type == Boolean.class) {
            return "true";
        }
        if (type == LocalDate.class || field.name().toLowerCase(Locale.ROOT).contains("date")) {
            return "2026-03-09";
        }
        return type == LocalTime.class ? "09:00" : targets.text(field.name(), "fuzz text");
    }

    private static List<Field> fieldsOf(Class<?> form) {
        List<Field> fields = new ArrayList<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                fields.add(new Field(
                        component.getName(), component.getType(), element(component.getGenericType()), false));
            }
            return fields;
        }
        try {
            BeanInfo info = Introspector.getBeanInfo(form, Object.class);
            for (PropertyDescriptor property : info.getPropertyDescriptors()) {
                if (property.getWriteMethod() != null) {
                    fields.add(new Field(
                            property.getName(),
                            property.getPropertyType(),
                            element(property.getWriteMethod().getGenericParameterTypes()[0]),
                            false));
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        return fields;
    }

    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
