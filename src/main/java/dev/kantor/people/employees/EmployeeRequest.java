package dev.kantor.people.employees;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the REST API takes to create an employee or change one. */
@Schema(description = "An employee to create or the new state of one to change")
record EmployeeRequest(
        @Schema(description = "Optional on creation: Kantor numbers the employee when it is missing", example = "E0100")
                String employeeNumber,
        @Schema(example = "Putri Ayu Lestari", requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
        @Schema(example = "putri.lestari@sinarmaju.example", requiredMode = Schema.RequiredMode.REQUIRED) String email,
        @Schema(example = "+62 812-0000-0001") String phone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long positionId,
        Long managerId,
        LocalDate hiredOn,
        @Schema(
                        description = "Hours a week the contract asks (more than 0, at most 80, one decimal); "
                                + "when missing, a new employee gets 40 and a change keeps the recorded hours",
                        example = "37.5")
                java.math.BigDecimal weeklyContractHours,
        @Schema(description = "Skills by code with a level from 1 to 5") List<SkillLevelDto> skills,
        @Schema(description = "ISO 639-1 codes", example = "[\"id\", \"en\"]") List<String> languages,
        @Schema(description = "Required when changing: the version that was read (optimistic locking)")
                Integer version) {

    /** A skill the employee holds, by its code, at a level. */
    record SkillLevelDto(@Schema(example = "billing") String code, @Schema(example = "3") Integer level) {}
}
