package dev.kantor.people.organisation;

import dev.kantor.people.Office;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department to add or the new state of one to change, through the REST API. */
record DepartmentRequest(
        @Schema(example = "CS") String code,
        @Schema(example = "Customer Service") String nameEn,
        @Schema(example = "Layanan Pelanggan") String nameId,
        @Schema(description = "Primarily FRONT, BACK or HYBRID office, as HR declares it; left out while undeclared")
                Office character,
        Integer version) {}
