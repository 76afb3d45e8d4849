package dev.kantor.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs, browsable at /swagger-ui.html. Its licence and server come
 * from configuration ({@code kantor.api.licence-name}, {@code kantor.api.licence-url},
 * {@code kantor.api.server-url}); the problem answers of every operation from {@link ApiProblemDescriptions}.
 */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI kantorApi(
            @Value("${kantor.api.licence-name}") String licenceName,
            @Value("${kantor.api.licence-url}") String licenceUrl,
            @Value("${kantor.api.server-url}") String serverUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Kantor API")
                        .version("1")
                        .description("Kantor's front office and back office. Callers sign in with an API token "
                                + "(Authorization: Bearer kantor_pat_..., see docs/api.md) or, unless switched off, HTTP Basic. "
                                + "Errors are RFC 9457 problem details (application/problem+json, schema Problem) "
                                + "with a stable 'type' such as urn:kantor:problem:invalid-input; bad input lists "
                                + "the broken fields under 'errors' (field, such as customer.name or skills[0], and "
                                + "message). Every input obeys the same rules: text holds no control characters but "
                                + "tab, carriage return and line feed; dates lie between the years 1900 and 9999; "
                                + "lists hold no null entries; a parameter out of its range is refused, never "
                                + "quietly changed, and a page past the last one is empty. Changes carry the version "
                                + "they were based on "
                                + "and are refused with 409 when someone changed the record since. Send "
                                + "Accept-Language: id for messages in Bahasa Indonesia. To try the API on this page, choose "
                                + "Authorize and sign in with your Kantor username and password.")
                        .license(new License().name(licenceName).url(licenceUrl)))
                .servers(List.of(new Server().url(serverUrl).description("Kantor")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("kantor_pat_... or kantor_sat_...")))
                // either one: a token or a password
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
