package dev.kantor.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description names each schema after its type's simple name (or {@code @Schema(name)}): two
 * types of the API with one name would be described as one, and one of them wrongly. No two may share one.
 */
class ApiSchemaNamesTest {

    @Test
    void noTwoTypesOfTheApiShareASchemaName() throws Exception {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        for (Class<?> type : typesOfTheApi()) {
            typesByName
                    .computeIfAbsent(schemaName(type), name -> new TreeSet<>())
                    .add(type.getName());
        }
        typesByName.values().removeIf(types -> types.size() < 2);
        assertThat(typesByName)
                .as("schema names shared by types of the API: give one of each a @Schema(name = ...)")
                .isEmpty();
    }

    /** Kantor's own types a REST controller takes or answers with, and the types of their fields, deeply. */
    private static Set<Class<?>> typesOfTheApi() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Deque<Type> toVisit = new ArrayDeque<>();
        for (BeanDefinition controller : scanner.findCandidateComponents("dev.kantor")) {
            Class<?> type = ClassUtils.forName(controller.getBeanClassName(), null);
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                toVisit.add(method.getGenericReturnType());
                toVisit.addAll(List.of(method.getGenericParameterTypes()));
            }
        }
        Set<Class<?>> found = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Type next = toVisit.pop();
            if (next instanceof ParameterizedType generic) {
                toVisit.add(generic.getRawType());
                toVisit.addAll(List.of(generic.getActualTypeArguments()));
            } else if (next instanceof WildcardType wildcard) {
                toVisit.addAll(List.of(wildcard.getUpperBounds()));
            } else if (next instanceof Class<?> type) {
                if (type.isArray()) {
                    toVisit.add(type.getComponentType());
                } else if (type.getName().startsWith("dev.kantor.") && found.add(type)) {
                    if (type.isRecord()) {
                        for (RecordComponent component : type.getRecordComponents()) {
                            toVisit.add(component.getGenericType());
                        }
                    }
                }
            }
        }
        // enums are described where they are used, not as schemas of their own
        found.removeIf(type -> type.isAnnotationPresent(RestController.class) || type.isEnum());
        return found;
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
    }
}
