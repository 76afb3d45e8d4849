package dev.kantor.people.web;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.Department;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryPage;
import dev.kantor.people.Office;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the people API reads and writes. */
final class ApiDtos {

    private ApiDtos() {
    }

    @Schema(description = "An employee to create or the new state of one to change")
    record EmployeeRequest(
            @Schema(description = "Optional on creation: Kantor numbers the employee when it is missing",
                    example = "E0100") String employeeNumber,
            @Schema(example = "Putri Ayu Lestari", requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
            @Schema(example = "putri.lestari@sinarmaju.example", requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(example = "+62 812-0000-0001") String phone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long positionId,
            Long managerId,
            LocalDate hiredOn,
            @Schema(description = "Skills by code with a level from 1 to 5") List<SkillLevelDto> skills,
            @Schema(description = "ISO 639-1 codes", example = "[\"id\", \"en\"]") List<String> languages,
            @Schema(description = "Required when changing: the version that was read (optimistic locking)")
            Integer version) {
    }

    record SkillLevelDto(@Schema(example = "billing") String code, @Schema(example = "3") Integer level) {
    }

    record Ref(long id, String code, String name) {
    }

    record EmployeeResponse(long id, String employeeNumber, String fullName, String email, String phone,
            Ref position, Ref department, Office office, CustomerContact customerContact, Ref manager,
            LocalDate hiredOn, boolean active, List<SkillDto> skills, List<String> languages, int version) {

        static EmployeeResponse of(DirectoryEntry e) {
            return new EmployeeResponse(e.id(), e.employeeNumber(), e.fullName(), e.email(), e.phone(),
                    new Ref(e.positionId(), e.positionCode(), e.positionEn()),
                    new Ref(e.departmentId(), e.departmentCode(), e.departmentEn()), e.office(), e.customerContact(),
                    e.managerId() == null ? null : new Ref(e.managerId(), null, e.managerName()), e.hiredOn(),
                    e.active(), e.skills().stream()
                            .map(s -> new SkillDto(s.skillId(), s.code(), s.nameEn(), s.nameIdn(), s.level())).toList(),
                    e.languages(), e.version());
        }
    }

    record SkillDto(@Schema(description = "What topics name it by (skills[].skillId)") long id, String code,
            String nameEn, String nameId, Integer level) {

        static SkillDto of(Skill skill) {
            return new SkillDto(skill.id(), skill.code(), skill.nameEn(), skill.nameId(), null);
        }
    }

    record PageResponse<T>(List<T> items, int page, int size, long total) {

        static PageResponse<EmployeeResponse> of(DirectoryPage page) {
            return new PageResponse<>(page.entries().stream().map(EmployeeResponse::of).toList(), page.page(),
                    page.size(), page.total());
        }
    }

    record DepartmentRequest(@Schema(example = "CS") String code, @Schema(example = "Customer Service") String nameEn,
            @Schema(example = "Layanan Pelanggan") String nameId, Integer version) {
    }

    record DepartmentResponse(long id, String code, String nameEn, String nameId, boolean active, int version) {

        static DepartmentResponse of(Department d) {
            return new DepartmentResponse(d.getId(), d.getCode(), d.getNameEn(), d.getNameId(), d.isActive(),
                    d.getVersion());
        }
    }

    record PositionRequest(@Schema(example = "front-desk-agent") String code, String titleEn, String titleId,
            Long departmentId, CustomerContact customerContact, Boolean manages, Integer version) {
    }

    record PositionResponse(long id, String code, String titleEn, String titleId, long departmentId,
            CustomerContact customerContact, Office office, boolean manages, boolean active, int version) {

        static PositionResponse of(Position p) {
            return new PositionResponse(p.getId(), p.getCode(), p.getTitleEn(), p.getTitleId(), p.getDepartmentId(),
                    p.getCustomerContact(), p.office(), p.isManages(), p.isActive(), p.getVersion());
        }
    }

    record SkillRequest(String code, String nameEn, String nameId) {
    }

    record ImportResponse(int imported) {
    }
}
