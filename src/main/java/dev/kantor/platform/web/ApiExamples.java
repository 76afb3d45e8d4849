package dev.kantor.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Examples for the main operations of the API description, kept in one file
 * ({@code openapi/examples.json}: per {@code "METHOD /path"}, named request examples and named answer
 * examples per status), so that a client's author sees a realistic body for each without every module's
 * controller carrying them. Redocly's {@code no-invalid-media-type-examples} checks each against its
 * schema (ApiDescriptionLintTest), and {@code ApiExamplesTest} that each operation named still exists.
 */
@Component
class ApiExamples implements OpenApiCustomizer {

    static final String RESOURCE = "openapi/examples.json";
    private static final Logger log = LoggerFactory.getLogger(ApiExamples.class);

    private final Map<String, Map<String, Object>> examples;

    ApiExamples() {
        this.examples = read();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations the file gives examples for, as {@code "METHOD /path"}. */
    List<String> operations() {
        return new ArrayList<>(examples.keySet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        examples.forEach((key, given) -> {
            String[] methodAndPath = key.split(" ", 2);
            PathItem item = api.getPaths().get(methodAndPath[1]);
            Operation operation = item == null
                    ? null
                    : item.readOperationsMap()
                            .get(PathItem.HttpMethod.valueOf(methodAndPath[0].toUpperCase(Locale.ROOT)));
            if (operation == null) {
                log.warn("API examples name {}, which the API no longer has", key);
                return;
            }
            Object request = given.get("request");
            if (request instanceof Map<?, ?> named && operation.getRequestBody() != null) {
                add(operation.getRequestBody().getContent(), (Map<String, Object>) named);
            }
            Object responses = given.get("responses");
            if (responses instanceof Map<?, ?> byStatus && operation.getResponses() != null) {
                ((Map<String, Object>) byStatus).forEach((status, named) -> {
                    ApiResponse response = operation.getResponses().get(status);
                    if (response != null && named instanceof Map<?, ?> n) {
                        add(response.getContent(), (Map<String, Object>) n);
                    }
                });
            }
        });
    }

    /** Adds the named examples to the JSON media type of this content, unless a controller gave it its own example. */
    @SuppressWarnings("unchecked")
    private static void add(Content content, Map<String, Object> named) {
        if (content == null) {
            return;
        }
        MediaType json = content.entrySet().stream()
                .filter(e -> e.getKey().contains("json") || e.getKey().equals("*/*"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        // setting example to null would publish "example": null, which is no example of its schema
        if (json == null || json.getExample() != null) {
            return;
        }
        named.forEach((name, given) -> {
            Map<String, Object> example = (Map<String, Object>) given;
            json.addExamples(
                    name, new Example().summary((String) example.get("summary")).value(example.get("value")));
        });
    }
}
