package dev.kantor.people.organisation;

import dev.kantor.people.Department;
import dev.kantor.people.Office;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department as the REST API shows it. */
record DepartmentResponse(
        long id,
        String code,
        String nameEn,
        String nameId,
        @Schema(description = "Primarily FRONT, BACK or HYBRID office, as HR declares it; null while undeclared")
                Office character,
        @Schema(
                        description =
                                "The measured share of its active people in front-office positions, 0 to 1; null without people")
                Double frontOfficeShare,
        boolean active,
        int version) {

    static DepartmentResponse of(Department d, Double frontOfficeShare) {
        return new DepartmentResponse(
                d.getId(),
                d.getCode(),
                d.getNameEn(),
                d.getNameId(),
                d.getOfficeCharacter(),
                frontOfficeShare,
                d.isActive(),
                d.getVersion());
    }
}
