package dev.kantor.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores new employees with a number and describes employees for the audit trail. */
@Component
class EmployeeRecords {

    private final Employees employees;
    private final Positions positions;
    private final Skills skills;
    private final ApplicationEventPublisher events;

    EmployeeRecords(Employees employees, Positions positions, Skills skills, ApplicationEventPublisher events) {
        this.employees = employees;
        this.positions = positions;
        this.skills = skills;
        this.events = events;
    }

    /**
     * Saves a new employee, giving the next free number when HR gave none. A new employee has no
     * id until stored, so their events are published here rather than registered by the aggregate.
     */
    Employee storeNew(Employee employee) {
        if (employee.getEmployeeNumber() == null) {
            employee.number(nextFreeNumber());
        }
        Employee stored = employees.save(employee);
        events.publishEvent(new EmployeeChanged(stored.getId()));
        events.publishEvent(new SkillsChanged(stored.getId()));
        return stored;
    }

    private String nextFreeNumber() {
        long candidate = employees.count() + 1;
        while (employees.findByEmployeeNumber(Employee.numberFor(candidate)).isPresent()) {
            candidate++;
        }
        return Employee.numberFor(candidate);
    }

    /** The employee's fields as the audit trail shows them, with codes and e-mails instead of ids. */
    Map<String, String> snapshot(Employee employee) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employeeNumber", employee.getEmployeeNumber());
        fields.put("fullName", employee.getFullName());
        fields.put("email", employee.getEmail());
        fields.put("phone", employee.getPhone());
        fields.put(
                "position",
                positions
                        .findById(employee.getPositionId())
                        .map(Position::getCode)
                        .orElse(null));
        fields.put(
                "manager",
                employee.getManagerId() == null
                        ? null
                        : employees
                                .findById(employee.getManagerId())
                                .map(Employee::getEmail)
                                .orElse(null));
        fields.put("hiredOn", Objects.toString(employee.getHiredOn(), null));
        fields.put("languages", String.join(", ", employee.getLanguages()));
        Map<Long, String> codes = new java.util.HashMap<>();
        skills.findAllById(
                        employee.getSkills().stream().map(SkillLevel::skillId).toList())
                .forEach(skill -> codes.put(skill.id(), skill.code()));
        fields.put(
                "skills",
                employee.getSkills().stream()
                        .map(s -> codes.getOrDefault(s.skillId(), "?") + ":" + s.level())
                        .collect(Collectors.joining(", ")));
        fields.put("active", String.valueOf(employee.isActive()));
        return fields;
    }
}
