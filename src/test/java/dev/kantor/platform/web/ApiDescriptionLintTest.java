package dev.kantor.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published API description, written from the running application to {@code target/openapi.json},
 * passes Redocly CLI's recommended rules without a single warning (the rules turned off are in
 * {@code redocly.yaml}, each with its reason). Redocly comes from npm once and from {@code ~/.npm} after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionLintTest {

    /** The Redocly CLI release the build is checked with. */
    static final String REDOCLY = "@redocly/cli@2.77.0";

    @LocalServerPort
    int port;

    @Test
    void theDescriptionPassesRedoclysRecommendedRulesWithoutAWarning() throws Exception {
        Path document = writtenDocument();

        Path report = Path.of("target", "openapi-lint.json");
        Process lint = new ProcessBuilder(List.of(
                        "npx",
                        "--yes",
                        "--prefer-offline",
                        REDOCLY,
                        "lint",
                        document.toString(),
                        "--config",
                        "redocly.yaml",
                        "--format",
                        "json",
                        "--max-problems",
                        "1000"))
                .redirectOutput(report.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES))
                .as("Redocly finishes within 5 minutes")
                .isTrue();

        String output = Files.readString(report, StandardCharsets.UTF_8);
        JsonNode totals = JsonMapper.builder().build().readTree(output).get("totals");
        assertThat(totals.get("errors").asInt() + totals.get("warnings").asInt())
                .as("Redocly's errors and warnings (see %s):%n%s", report, output)
                .isZero();
    }

    @Test
    void theMainOperationsCarryTheirExamples() throws Exception {
        JsonNode paths =
                ApiCalls.call(port, "admin", "GET", "/v3/api-docs", null).body().get("paths");
        List<String> operations = new ApiExamples().operations();
        assertThat(operations)
                .contains(
                        "POST /api/cases/{id}/messages",
                        "PUT /api/cases/{id}/status",
                        "POST /api/cases/{id}/resolutions",
                        "POST /api/account/tokens",
                        "POST /api/webhooks",
                        "POST /api/handoffs",
                        "POST /api/service/requests",
                        "POST /api/scheduling/schedules/{id}/publish",
                        "POST /api/policies/versions/{versionId}/publish");
        for (String operation : operations) {
            String[] methodAndPath = operation.split(" ", 2);
            JsonNode described = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase(Locale.ROOT));
            assertThat(described.isMissingNode())
                    .as("%s is in the API", operation)
                    .isFalse();
            assertThat(described.toString())
                    .as("%s has its examples", operation)
                    .contains("\"examples\"");
        }
        // the problem answer for bad input shows its errors[]
        JsonNode badInput = ApiCalls.call(port, "admin", "GET", "/v3/api-docs", null)
                .body()
                .at("/components/responses/BadRequest/content/application~1problem+json/example");
        assertThat(badInput.get("errors").get(0).get("field").asString()).isEqualTo("customer.email");
    }

    /** The document as the running application publishes it, in {@code target/openapi.json}. */
    private Path writtenDocument() throws IOException, InterruptedException {
        Answer docs = ApiCalls.call(port, "admin", "GET", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        Path document = Path.of("target", "openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(
                document,
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(docs.body()),
                StandardCharsets.UTF_8);
        return document;
    }
}
