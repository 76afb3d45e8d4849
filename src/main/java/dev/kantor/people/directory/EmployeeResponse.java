package dev.kantor.people.directory;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Office;
import dev.kantor.people.skills.SkillDto;

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
        int version) {

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
                e.version());
    }
}
