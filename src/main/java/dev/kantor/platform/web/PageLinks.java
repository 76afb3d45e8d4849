package dev.kantor.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where the pages of a list are, as absolute paths that keep the request's other query parameters
 * (filters and sort), so a client follows {@code next} until there is none.
 *
 * @param prev null on the first page
 * @param next null on the last page
 */
@Schema(description = "Links to this page and its neighbours, keeping the request's filters and sort")
public record PageLinks(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "/api/people?q=ana&page=1&size=50") String self,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "/api/people?q=ana&page=0&size=50") String first,
        @Schema(description = "Absent on the first page", example = "/api/people?q=ana&page=0&size=50") String prev,
        @Schema(description = "Absent on the last page", example = "/api/people?q=ana&page=2&size=50") String next,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "/api/people?q=ana&page=4&size=50")
                String last) {}
