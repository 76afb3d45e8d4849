package dev.kantor.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives every operation of the API description the problem answers Kantor can really give, with the
 * problem details schema {@link ApiProblems} writes: generic, so that every REST controller, of any
 * module, is described the same way without a line of its own.
 *
 * <ul>
 *   <li>401, 403 and 429 for every operation that needs a signed-in caller: 401 for missing or wrong
 *       credentials and for an unknown, revoked or expired API token; 403 for a role, or a token's scopes,
 *       that do not allow it; 429 with Retry-After for too many failed sign-ins or a token past its allowance;
 *   <li>400 and 422 where parameters or a body are taken, and 422 for every change (a broken rule);
 *   <li>404 where the path names a record, and wherever input or a change may name one that is gone;
 *   <li>409 for every change ({@link ApiProblems} answers a stale version, a lock held too long and a
 *       duplicate with 409, whatever the record);
 *   <li>413 and 415 where a body is taken.
 * </ul>
 *
 * An answer a controller describes itself keeps its description; its content becomes the problem schema.
 */
@Component
class ApiProblemDescriptions implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<PathItem.HttpMethod> READS =
            Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

    /** A problem answer: its status, name in the components, description and an example. */
    private record Answer(String status, String name, String description, String type, String title) {}

    private static final Answer BAD_REQUEST = new Answer(
            "400",
            "BadRequest",
            "Bad input: a parameter or field of the wrong type or out of its range, or a body that cannot be read; "
                    + "'errors' names each broken field",
            "invalid-input",
            "The request has invalid values.");
    private static final Answer UNAUTHORIZED = new Answer(
            "401",
            "Unauthorized",
            "No credentials, or wrong ones: a bearer API token that is unknown, revoked or expired, or whose "
                    + "account or service account is disabled (invalid-token, WWW-Authenticate: Bearer "
                    + "error=\"invalid_token\"); a wrong username or password for HTTP Basic (unauthorized); or HTTP "
                    + "Basic switched off on this installation (basic-auth-off)",
            "unauthorized",
            "Sign in to use this.");
    private static final Answer FORBIDDEN = new Answer(
            "403",
            "Forbidden",
            "The caller's role or account does not allow this (or the account must change its temporary "
                    + "password first), or an API token's scopes do not cover it (insufficient-scope, "
                    + "WWW-Authenticate: Bearer error=\"insufficient_scope\")",
            "forbidden",
            "You are not allowed to do this.");
    private static final Answer NOT_FOUND =
            new Answer("404", "NotFound", "No such record, or not one the caller may see", "not-found", "Not found.");
    private static final Answer CONFLICT = new Answer(
            "409",
            "Conflict",
            "Someone changed the record since the version sent (concurrent-change: read it again and retry), "
                    + "a value that must be unique is taken (duplicate), or the record's state does not allow "
                    + "this change (conflict)",
            "concurrent-change",
            "Someone else changed this in the meantime. Reload it and apply your change again.");
    private static final Answer TOO_LARGE = new Answer(
            "413",
            "PayloadTooLarge",
            "The body is larger than Kantor accepts",
            "too-large",
            "The request is larger than this address takes.");
    private static final Answer UNSUPPORTED = new Answer(
            "415",
            "UnsupportedMediaType",
            "The body is not of a type this operation takes (see its Content-Type)",
            "unsupported-media-type",
            "This address does not take bodies of this type.");
    private static final Answer UNPROCESSABLE = new Answer(
            "422",
            "UnprocessableContent",
            "Well-formed, but a business rule refuses it; 'type' names the rule",
            "case-closed",
            "This case is closed.");
    private static final Answer TOO_MANY = new Answer(
            "429",
            "TooManyRequests",
            "Too many failed sign-ins for this account or address (too-many-sign-in-attempts), or an API token "
                    + "past its allowance of requests a minute (too-many-requests): wait the seconds Retry-After gives",
            "too-many-sign-in-attempts",
            "Too many failed sign-in attempts. Try again in 60 seconds.");

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(FIELD_PROBLEM, fieldProblem());
        components.addSchemas(PROBLEM, problem());
        for (Answer answer : List.of(
                BAD_REQUEST,
                UNAUTHORIZED,
                FORBIDDEN,
                NOT_FOUND,
                CONFLICT,
                TOO_LARGE,
                UNSUPPORTED,
                UNPROCESSABLE,
                TOO_MANY)) {
            components.addResponses(answer.name(), response(answer));
        }
        components
                .getResponses()
                .get(UNAUTHORIZED.name())
                .addHeaderObject(
                        "WWW-Authenticate",
                        new Header()
                                .description("Basic realm=\"Kantor\" for HTTP Basic; Bearer realm=\"Kantor\", "
                                        + "error=\"invalid_token\" for a refused API token")
                                .schema(new StringSchema()));
        components
                .getResponses()
                .get(FORBIDDEN.name())
                .addHeaderObject(
                        "WWW-Authenticate",
                        new Header()
                                .description("Bearer realm=\"Kantor\", error=\"insufficient_scope\" when an API "
                                        + "token's scopes do not cover the request")
                                .schema(new StringSchema()));
        components
                .getResponses()
                .get(TOO_MANY.name())
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Seconds to wait before signing in again, or before the token's next "
                                        + "request")
                                .schema(new IntegerSchema()));

        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiProblemDescriptions::onlyAllowedValues);
            components.getSchemas().values().forEach(ApiProblemDescriptions::optionalMayBeNull);
        }

        boolean securedByDefault =
                api.getSecurity() != null && !api.getSecurity().isEmpty();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(path, method, operation, securedByDefault)));
        }
        // the schema springdoc makes of Spring's ProblemDetail: replaced by Problem wherever it was used
        if (components.getSchemas() != null) {
            Schema<?> springs = components.getSchemas().remove("ProblemDetail");
            if (springs != null && referenced(api, "#/components/schemas/ProblemDetail")) {
                components.getSchemas().put("ProblemDetail", springs);
            }
        }
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
        formFieldsAsParts(operation);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(response);
            } else if (status.startsWith("2")
                    && !status.equals("204")
                    && response.get$ref() == null
                    && response.getContent() == null) {
                // written straight to the response by the controller: a file, of the type its content has
                response.setContent(
                        new Content().addMediaType("*/*", new MediaType().schema(new StringSchema().format("binary"))));
            }
        });

        boolean takesBody = operation.getRequestBody() != null;
        boolean takesInput = takesBody
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean changes = !READS.contains(method);
        boolean secured = operation.getSecurity() == null
                ? securedByDefault
                : operation.getSecurity().stream().anyMatch(s -> !s.isEmpty());

        Map<Answer, Boolean> answers = new LinkedHashMap<>();
        answers.put(BAD_REQUEST, takesInput);
        answers.put(UNAUTHORIZED, secured);
        answers.put(FORBIDDEN, secured);
        // a record named in the path, the body or a parameter, or the caller's own (their break, their shift)
        answers.put(NOT_FOUND, path.contains("{") || takesInput || changes);
        answers.put(CONFLICT, changes);
        answers.put(TOO_LARGE, takesBody);
        answers.put(UNSUPPORTED, takesBody);
        answers.put(UNPROCESSABLE, takesInput || changes);
        answers.put(TOO_MANY, secured);
        answers.forEach((answer, applies) -> {
            if (applies && !responses.containsKey(answer.status())) {
                responses.addApiResponse(
                        answer.status(), new ApiResponse().$ref("#/components/responses/" + answer.name()));
            }
        });
    }

    /**
     * The {@code @RequestParam}s of an operation that takes multipart/form-data are parts of its body, as
     * clients send them, not query parameters (springdoc describes them as the latter).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void formFieldsAsParts(Operation operation) {
        if (operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getParameters() == null) {
            return;
        }
        MediaType form = operation.getRequestBody().getContent().get("multipart/form-data");
        if (form == null || form.getSchema() == null) {
            return;
        }
        Schema parts = form.getSchema();
        operation.getParameters().removeIf(parameter -> {
            if (!"query".equals(parameter.getIn())) {
                return false;
            }
            if (parts.get$ref() == null) {
                parts.addProperty(parameter.getName(), parameter.getSchema());
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    parts.addRequiredItem(parameter.getName());
                }
            }
            return true;
        });
        if (operation.getParameters().isEmpty()) {
            operation.setParameters(null);
        }
    }

    /** A problem answer the controller described itself: its words, the problem details schema. */
    private static void asProblem(ApiResponse response) {
        if (response.get$ref() != null) {
            return;
        }
        response.setContent(problemContent(null));
    }

    private static ApiResponse response(Answer answer) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemTypes.uri(answer.type()).toString());
        example.put("title", answer.title());
        example.put("status", Integer.parseInt(answer.status()));
        if (answer == BAD_REQUEST) {
            example.put("errors", List.of(Map.of("field", "customer.email", "message", "Not a valid e-mail address.")));
        }
        return new ApiResponse().description(answer.description()).content(problemContent(example));
    }

    private static Content problemContent(Object example) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
        if (example != null) {
            media.setExample(example);
        }
        return new Content().addMediaType(PROBLEM_JSON, media);
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One broken field of the request")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field as the request named it: a parameter, or a path into the body "
                                        + "such as customer.email or skills[0]"))
                .addProperty(
                        "message", new StringSchema().description("What is wrong with it, in the caller's language"))
                .addProperty(
                        "line",
                        new IntegerSchema()
                                .description("For an imported file: the line at fault (a line wrong as a whole "
                                        + "names no field)"))
                .required(List.of("message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: every refusal of the API, in the caller's language "
                        + "(Accept-Language). Some problems carry more members that say more about the rule, such as "
                        + "the limit that was passed.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("What kind of problem, stable across versions and languages: "
                                        + "urn:kantor:problem: followed by a name such as invalid-input, "
                                        + "concurrent-change, not-found or the rule broken"))
                .addProperty(
                        "title", new StringSchema().description("The problem in a sentence, in the caller's language"))
                .addProperty("status", new IntegerSchema().description("The HTTP status, again"))
                .addProperty(
                        "detail", new StringSchema().description("More about this occurrence, where there is more"))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri-reference").description("The address that was called"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("The broken fields, for bad input (400) and duplicates (409)")
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM)))
                .required(List.of("type", "title", "status"))
                // RFC 9457 extension members: a broken rule may say more, such as the limit that was passed
                .additionalProperties(true);
    }

    /**
     * An enum field narrowed with {@code @Schema(allowableValues = ...)} comes out of swagger-core as all
     * the enum's values followed by the allowed ones again: the values given twice are the ones allowed.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void onlyAllowedValues(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.getEnum() != null) {
            List<Object> values = (List<Object>) schema.getEnum();
            Set<Object> seen = new java.util.HashSet<>();
            Set<Object> twice = new java.util.LinkedHashSet<>();
            values.forEach(value -> {
                if (!seen.add(value)) {
                    twice.add(value);
                }
            });
            if (!twice.isEmpty()) {
                ((Schema) schema).setEnum(new java.util.ArrayList<>(twice));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiProblemDescriptions::onlyAllowedValues);
        }
        onlyAllowedValues(schema.getItems());
    }

    /**
     * A field a request may leave out it may as well send as null (Jackson reads both as absent), and an
     * answer leaves out or sends as null what it does not know: every property that is not required may
     * be null. (A reference cannot say so in OpenAPI 3.0 and stays as it is.)
     */
    private static void optionalMayBeNull(Schema<?> schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.get$ref() == null) {
                property.setNullable(true);
            }
        });
    }

    private static boolean referenced(OpenAPI api, String ref) {
        try {
            return io.swagger.v3.core.util.Json.mapper()
                    .writeValueAsString(
                            List.of(api.getPaths(), api.getComponents().getSchemas()))
                    .contains(ref);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return true;
        }
    }
}
