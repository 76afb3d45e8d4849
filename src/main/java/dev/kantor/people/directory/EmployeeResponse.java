package dev.kantor.people.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Office;
import dev.kantor.people.skills.SkillDto;

import io.swagger.v3.oas.annotations.media.Schema;

/** An employee as the REST API answers with them: the directory's entry. */
public record EmployeeResponse(
        long id,
        String employeeNumber,
        String fullName,
        String email,
        String phone,
        Ref position,
        Ref department,
        Office office,
        CustomerContact customerContact,
        Ref manager,
        LocalDate hiredOn,
        boolean active,
        List<SkillDto> skills,
        List<String> languages,
        int version,
        @Schema(
                        nullable = true,
                        description = "Hours a week the contract asks; given in one employee's answer, not in lists",
                        example = "40")
                BigDecimal weeklyContractHours) {

    /** The same answer with the employee's contract hours. */
    public EmployeeResponse withWeeklyContractHours(BigDecimal hours) {
        return new EmployeeResponse(
                id,
                employeeNumber,
                fullName,
                email,
                phone,
                position,
                department,
                office,
                customerContact,
                manager,
                hiredOn,
                active,
                skills,
                languages,
                version,
                hours);
    }

    /** Another record an employee refers to: their position, department or manager. */
    public record Ref(long id, String code, String name) {}

    public static EmployeeResponse of(DirectoryEntry e) {
        return new EmployeeResponse(
                e.id(),
                e.employeeNumber(),
                e.fullName(),
                e.email(),
                e.phone(),
                new Ref(e.positionId(), e.positionCode(), e.positionEn()),
                new Ref(e.departmentId(), e.departmentCode(), e.departmentEn()),
                e.office(),
                e.customerContact(),
                e.managerId() == null ? null : new Ref(e.managerId(), null, e.managerName()),
                e.hiredOn(),
                e.active(),
                e.skills().stream()
                        .map(s -> new SkillDto(s.skillId(), s.code(), s.nameEn(), s.nameIdn(), s.level()))
                        .toList(),
                e.languages(),
                e.version(),
                null);
    }
}
