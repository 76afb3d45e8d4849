package dev.kantor.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes versions as HTTP does, the same way for every operation: {@code ETag} on each answer that
 * carries one resource with a version, {@code If-None-Match} and 304 on its reads, and {@code If-Match}
 * (with 412 when it names another version than the request) on each change that takes a version, whose
 * {@code version} field or parameter is then no longer required.
 */
@Component
@Order(0)
class VersionDescriptions implements OperationCustomizer, GlobalOpenApiCustomizer {

    /** The request body schemas whose version If-Match may give instead. */
    private final Set<String> bodiesWithVersion = ConcurrentHashMap.newKeySet();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean read = handler.hasMethodAnnotation(GetMapping.class);
        boolean change = handler.hasMethodAnnotation(PostMapping.class)
                || handler.hasMethodAnnotation(PutMapping.class)
                || handler.hasMethodAnnotation(PatchMapping.class)
                || handler.hasMethodAnnotation(DeleteMapping.class);
        boolean answersVersion = carriesVersion(answered(handler.getReturnType().getGenericParameterType()));
        if (answersVersion && (read || change)) {
            ApiResponses responses = operation.getResponses();
            if (responses != null) {
                responses.forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(
                                "ETag",
                                new Header()
                                        .description("The resource's version, W/\"<version>\": send it as If-Match "
                                                + "to change it, or as If-None-Match to read it only if it changed")
                                        .schema(new StringSchema()));
                    }
                });
            }
        }
        if (read && answersVersion) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name("If-None-Match")
                    .description("The ETag of the version the caller holds: 304 without a body if it is still "
                            + "the current one")
                    .schema(new StringSchema()));
            operation
                    .getResponses()
                    .addApiResponse(
                            "304",
                            new ApiResponse()
                                    .description("Not modified: If-None-Match names the " + "current version"));
        }
        if (change && takesVersion(handler, operation)) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name(VersionTags.IF_MATCH)
                    .description("The ETag (W/\"<version>\") of the version the change is based on, instead of "
                            + "the version field or parameter; 412 when both are sent and differ, 409 when it "
                            + "is stale")
                    .schema(new StringSchema()));
            operation
                    .getResponses()
                    .addApiResponse(
                            "412",
                            new ApiResponse()
                                    .description(
                                            "If-Match names another version than "
                                                    + "the version field or parameter (version-mismatch): nothing was changed"));
        }
        return operation;
    }

    /** The version field of a change's body (or its parameter) becomes optional: If-Match may give it. */
    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        bodiesWithVersion.forEach(name -> {
            var schema = api.getComponents().getSchemas().get(name);
            if (schema != null && schema.getRequired() != null) {
                schema.getRequired().remove("version");
                if (schema.getRequired().isEmpty()) {
                    schema.setRequired(null);
                }
            }
        });
    }

    private boolean takesVersion(HandlerMethod handler, Operation operation) {
        boolean takes = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("query".equals(parameter.getIn()) && "version".equals(parameter.getName())) {
                    parameter.setRequired(false);
                    takes = true;
                }
            }
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    && VersionTags.hasVersion(parameter.getParameterType())) {
                bodiesWithVersion.add(schemaName(parameter.getParameterType()));
                takes = true;
            }
        }
        return takes;
    }

    private static String schemaName(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema named =
                type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
    }

    /** The type an operation answers with, out of its ResponseEntity. */
    private static Type answered(Type returned) {
        if (returned instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw
                && HttpEntity.class.isAssignableFrom(raw)) {
            return generic.getActualTypeArguments()[0];
        }
        return returned;
    }

    /** Whether answers of this type carry one version: their own, or that of the one record they wrap. */
    private static boolean carriesVersion(Type type) {
        if (!(type instanceof Class<?> answer) || answer == Paged.class) {
            return false;
        }
        if (VersionTags.hasVersion(answer)) {
            return true;
        }
        if (!answer.isRecord()) {
            return false;
        }
        int withVersion = 0;
        for (RecordComponent component : answer.getRecordComponents()) {
            if (component.getType().isRecord() && VersionTags.hasVersion(component.getType())) {
                withVersion++;
            }
        }
        return withVersion == 1;
    }
}
