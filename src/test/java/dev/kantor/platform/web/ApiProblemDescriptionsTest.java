package dev.kantor.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Any operation of any controller gets the problem answers it can give, without a line of its own. */
class ApiProblemDescriptionsTest {

    @Test
    void aChangeOfANamedRecordWithABodyMayBeRefusedInEveryWay() {
        Operation change = new Operation()
                .requestBody(new RequestBody()
                        .content(new Content()
                                .addMediaType("application/json", new MediaType().schema(new ObjectSchema()))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));

        OpenAPI api = described("/api/things/{id}", PathItem.HttpMethod.PUT, change);

        assertThat(change.getResponses().keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409", "413", "415", "422", "429");
        assertThat(change.getResponses().get("409").get$ref()).isEqualTo("#/components/responses/Conflict");
        assertThat(api.getComponents()
                        .getResponses()
                        .get("Conflict")
                        .getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(api.getComponents().getResponses().get("TooManyRequests").getHeaders())
                .containsKey("Retry-After");
    }

    @Test
    void aReadWithoutInputIsRefusedOnlyToWhoMayNotCallIt() {
        Operation read = new Operation()
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));

        described("/api/things", PathItem.HttpMethod.GET, read);

        assertThat(read.getResponses().keySet()).containsExactlyInAnyOrder("200", "401", "403", "429");
    }

    @Test
    void aProblemTheControllerDescribesKeepsItsWordsWithTheProblemSchema() {
        Operation read = new Operation()
                .addParametersItem(new Parameter().name("from").in("query").schema(new StringSchema()))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("OK"))
                        .addApiResponse("400", new ApiResponse().description("from after to")));

        described("/api/things", PathItem.HttpMethod.GET, read);

        ApiResponse badInput = read.getResponses().get("400");
        assertThat(badInput.getDescription()).isEqualTo("from after to");
        assertThat(badInput.getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void formFieldsOfAMultipartBodyAreItsPartsNotQueryParameters() {
        Operation upload = new Operation()
                .addParametersItem(
                        new Parameter().name("text").in("query").required(true).schema(new StringSchema()))
                .requestBody(new RequestBody()
                        .content(new Content()
                                .addMediaType("multipart/form-data", new MediaType().schema(new ObjectSchema()))))
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("Created")));

        described("/api/things/{id}/files", PathItem.HttpMethod.POST, upload);

        assertThat(upload.getParameters()).isNull();
        var parts =
                upload.getRequestBody().getContent().get("multipart/form-data").getSchema();
        assertThat(parts.getProperties()).containsKey("text");
        assertThat(parts.getRequired()).containsExactly("text");
    }

    private static OpenAPI described(String path, PathItem.HttpMethod method, Operation operation) {
        PathItem item = new PathItem();
        item.operation(method, operation);
        OpenAPI api = new OpenAPI()
                .paths(new Paths().addPathItem(path, item))
                .security(List.of(new SecurityRequirement().addList("basic")));
        new ApiProblemDescriptions().customise(api);
        return api;
    }
}
