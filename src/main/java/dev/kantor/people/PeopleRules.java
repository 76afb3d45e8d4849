package dev.kantor.people;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kantor.platform.InputCheck;

/**
 * The rules every department, position and employee must satisfy, whether entered in a form,
 * sent to the API or imported. Each check reports all broken rules at once.
 */
final class PeopleRules {

    static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z0-9-]{2,20}");
    static final Pattern POSITION_CODE = Pattern.compile("[a-z0-9-]{2,30}");
    static final Pattern SKILL_CODE = Pattern.compile("[a-z0-9-]{2,40}");
    static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");
    /** Deeper than any real management line; a longer chain can only be a loop. */
    private static final int MAX_MANAGEMENT_DEPTH = 100;

    private PeopleRules() {}

    static InputCheck department(DepartmentDetails details) {
        return new InputCheck()
                .required("code", details.code(), 20)
                .matches("code", details.code(), DEPARTMENT_CODE, "validation.department-code")
                .required("nameEn", details.nameEn(), 100)
                .required("nameId", details.nameId(), 100);
    }

    static InputCheck position(PositionDetails details, Organisation organisation) {
        InputCheck check = new InputCheck()
                .required("code", details.code(), 30)
                .matches("code", details.code(), POSITION_CODE, "validation.position-code")
                .required("titleEn", details.titleEn(), 100)
                .required("titleId", details.titleId(), 100)
                .required("departmentId", details.departmentId())
                .required("customerContact", details.customerContact());
        if (details.departmentId() != null) {
            Optional<Department> department = organisation.department(details.departmentId());
            if (department.isEmpty()) {
                check.add("departmentId", "validation.unknown-department");
            } else if (!department.get().isActive()) {
                check.add("departmentId", "validation.inactive-department");
            }
        }
        return check;
    }

    /**
     * @param employeeId the employee being changed, or null for a new one
     */
    /** The most hours a week a contract may ask. */
    static final java.math.BigDecimal MOST_WEEKLY_HOURS = new java.math.BigDecimal("80");

    static InputCheck employee(EmployeeDetails details, Long employeeId, Organisation organisation) {
        InputCheck check = new InputCheck()
                .maxLength("employeeNumber", details.employeeNumber(), 20)
                .matches("employeeNumber", details.employeeNumber(), EMPLOYEE_NUMBER, "validation.employee-number")
                .required("fullName", details.fullName(), 120)
                .required("email", details.email(), 160)
                .email("email", details.email())
                .maxLength("phone", details.phone(), 30)
                .matches("phone", details.phone(), PHONE, "validation.phone")
                .required("positionId", details.positionId());
        if (details.positionId() != null) {
            Optional<Position> position = organisation.position(details.positionId());
            if (position.isEmpty()) {
                check.add("positionId", "validation.unknown-position");
            } else if (!position.get().isActive()) {
                check.add("positionId", "validation.inactive-position");
            }
        }
        if (details.managerId() != null) {
            checkManager(check, details.managerId(), employeeId, organisation);
        }
        // hires are recorded up to a year ahead; anything beyond is a typing slip
        if (details.hiredOn() != null
                && (details.hiredOn().isBefore(LocalDate.of(1900, 1, 1))
                        || details.hiredOn().isAfter(LocalDate.now().plusYears(1)))) {
            check.add("hiredOn", "validation.hired-on");
        }
        if (details.weeklyContractHours() != null
                && (details.weeklyContractHours().signum() <= 0
                        || details.weeklyContractHours().compareTo(MOST_WEEKLY_HOURS) > 0
                        || details.weeklyContractHours().scale() > 1)) {
            check.add("weeklyContractHours", "validation.weekly-contract-hours", MOST_WEEKLY_HOURS);
        }
        for (Map.Entry<Long, Integer> skill : details.skills().entrySet()) {
            if (skill.getKey() == null || !organisation.skillExists(skill.getKey())) {
                check.add("skills", "validation.unknown-skill");
            } else if (skill.getValue() == null
                    || skill.getValue() < SkillLevel.MIN
                    || skill.getValue() > SkillLevel.MAX) {
                check.add("skills", "validation.skill-level", SkillLevel.MIN, SkillLevel.MAX);
            }
        }
        for (String language : details.languages()) {
            if (!SpokenLanguage.isKnown(language)) {
                check.add("languages", "validation.unknown-language", language);
            }
        }
        return check;
    }

    private static void checkManager(InputCheck check, long managerId, Long employeeId, Organisation organisation) {
        if (managerId == (employeeId == null ? -1 : employeeId)) {
            check.add("managerId", "validation.manager-self");
            return;
        }
        Optional<Employee> manager = organisation.employee(managerId);
        if (manager.isEmpty()) {
            check.add("managerId", "validation.unknown-manager");
            return;
        }
        if (!manager.get().isActive()) {
            check.add("managerId", "validation.inactive-manager");
            return;
        }
        if (employeeId != null && reportsTo(manager.get(), employeeId, organisation)) {
            check.add("managerId", "validation.manager-cycle");
        }
    }

    /** Whether someone's management line passes through the given employee. */
    private static boolean reportsTo(Employee someone, long employeeId, Organisation organisation) {
        Set<Long> seen = new HashSet<>();
        Long next = someone.getManagerId();
        while (next != null && seen.add(next) && seen.size() <= MAX_MANAGEMENT_DEPTH) {
            if (next == employeeId) {
                return true;
            }
            next = organisation.employee(next).map(Employee::getManagerId).orElse(null);
        }
        return false;
    }
}
