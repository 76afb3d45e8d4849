package dev.kantor.people;

import java.io.Reader;
import java.util.List;
import java.util.Map;

import dev.kantor.people.importing.CheckedFile;
import dev.kantor.people.importing.EmployeeImport;
import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.AccountAdministration;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, deactivating and reactivating departments, positions and employees:
 * HR's and admins' work. Every change is checked against {@link PeopleRules} and recorded in
 * the audit trail in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
public class PeopleAdministration {

    static final String DEPARTMENT = "department";
    static final String POSITION = "position";
    static final String EMPLOYEE = "employee";

    private final Departments departments;
    private final Positions positions;
    private final Employees employees;
    private final Skills skills;
    private final Organisation organisation;
    private final EmployeeRecords records;
    private final AuditTrail audit;
    private final AccountAdministration accounts;
    private final EmployeeImport employeeImport;
    private final NewHires newHires;

    PeopleAdministration(
            Departments departments,
            Positions positions,
            Employees employees,
            Skills skills,
            Organisation organisation,
            EmployeeRecords records,
            AuditTrail audit,
            AccountAdministration accounts,
            EmployeeImport employeeImport,
            NewHires newHires) {
        this.departments = departments;
        this.positions = positions;
        this.employees = employees;
        this.skills = skills;
        this.organisation = organisation;
        this.records = records;
        this.audit = audit;
        this.accounts = accounts;
        this.employeeImport = employeeImport;
        this.newHires = newHires;
    }

    /** Opens a department; refused with {@link DuplicateValue} when its code is taken. */
    public Department createDepartment(DepartmentDetails input) {
        DepartmentDetails details = normalized(input);
        PeopleRules.department(details).throwIfAny();
        requireFreeDepartmentCode(details.code(), null);
        Department department = departments.save(Department.open(details));
        audit.created(DEPARTMENT, department.getId(), department.getNameEn(), department.snapshot());
        return department;
    }

    /** Changes a department, refusing a change made on a stale version. */
    public Department changeDepartment(long id, DepartmentDetails input, int version) {
        DepartmentDetails details = normalized(input);
        Department department = department(id);
        PeopleRules.department(details).throwIfAny();
        requireFreeDepartmentCode(details.code(), id);
        Map<String, String> before = department.snapshot();
        department.change(details, version);
        Department saved = departments.save(department);
        audit.changed(DEPARTMENT, id, saved.getNameEn(), AuditAction.UPDATED, before, saved.snapshot());
        return saved;
    }

    /** Closes a department that no longer has active positions. */
    public Department deactivateDepartment(long id) {
        Department department = department(id);
        Map<String, String> before = department.snapshot();
        department.deactivate(positions.countByDepartmentIdAndActiveTrue(id));
        Department saved = departments.save(department);
        audit.changed(DEPARTMENT, id, saved.getNameEn(), AuditAction.DEACTIVATED, before, saved.snapshot());
        return saved;
    }

    /** Opens a closed department again. */
    public Department reactivateDepartment(long id) {
        Department department = department(id);
        Map<String, String> before = department.snapshot();
        department.reactivate();
        Department saved = departments.save(department);
        audit.changed(DEPARTMENT, id, saved.getNameEn(), AuditAction.REACTIVATED, before, saved.snapshot());
        return saved;
    }

    /** Adds a position to an active department; refused with {@link DuplicateValue} when its code is taken. */
    public Position createPosition(PositionDetails input) {
        PositionDetails details = normalized(input);
        PeopleRules.position(details, organisation).throwIfAny();
        requireFreePositionCode(details.code(), null);
        Position position = positions.save(Position.create(details));
        audit.created(POSITION, position.getId(), position.getTitleEn(), snapshot(position));
        return position;
    }

    /** Changes a position, refusing a change made on a stale version. */
    public Position changePosition(long id, PositionDetails input, int version) {
        PositionDetails details = normalized(input);
        Position position = position(id);
        PeopleRules.position(details, organisation).throwIfAny();
        requireFreePositionCode(details.code(), id);
        Map<String, String> before = snapshot(position);
        position.change(details, version);
        Position saved = positions.save(position);
        audit.changed(POSITION, id, saved.getTitleEn(), AuditAction.UPDATED, before, snapshot(saved));
        return saved;
    }

    /** Retires a position nobody active holds. */
    public Position deactivatePosition(long id) {
        Position position = position(id);
        Map<String, String> before = snapshot(position);
        position.deactivate(employees.countByPositionIdAndActiveTrue(id));
        Position saved = positions.save(position);
        audit.changed(POSITION, id, saved.getTitleEn(), AuditAction.DEACTIVATED, before, snapshot(saved));
        return saved;
    }

    /** Brings a retired position back, in an active department. */
    public Position reactivatePosition(long id) {
        Position position = position(id);
        Map<String, String> before = snapshot(position);
        position.reactivate(departments
                .findById(position.getDepartmentId())
                .map(Department::isActive)
                .orElse(false));
        Position saved = positions.save(position);
        audit.changed(POSITION, id, saved.getTitleEn(), AuditAction.REACTIVATED, before, snapshot(saved));
        return saved;
    }

    /** Adds a skill to the catalogue employees' skills are chosen from. */
    public Skill addSkill(String code, String nameEn, String nameId) {
        String normalized = code == null ? null : code.strip().toLowerCase(java.util.Locale.ROOT);
        new dev.kantor.platform.InputCheck()
                .required("code", normalized, 40)
                .matches("code", normalized, PeopleRules.SKILL_CODE, "validation.skill-code")
                .required("nameEn", nameEn, 100)
                .required("nameId", nameId, 100)
                .throwIfAny();
        skills.findByCode(normalized).ifPresent(other -> {
            throw conflict("code", "validation.skill-code-taken", normalized);
        });
        return skills.save(new Skill(null, normalized, nameEn.strip(), nameId.strip()));
    }

    /** Hires an employee, numbering them when HR gave no number; publishes EmployeeChanged and SkillsChanged. */
    public Employee hire(EmployeeDetails details) {
        checkEmployee(details, null);
        Employee employee = records.storeNew(Employee.hire(details));
        audit.created(EMPLOYEE, employee.getId(), employee.getFullName(), snapshot(employee));
        return employee;
    }

    /**
     * Changes an employee, refusing a change made on a stale version; publishes EmployeeChanged, and
     * SkillsChanged when their skills or languages changed.
     */
    public Employee changeEmployee(long id, EmployeeDetails details, int version) {
        Employee employee = employee(id);
        checkEmployee(details, id);
        Map<String, String> before = snapshot(employee);
        employee.change(details, version);
        Employee saved = employees.save(employee);
        audit.changed(EMPLOYEE, id, saved.getFullName(), AuditAction.UPDATED, before, snapshot(saved));
        return saved;
    }

    /**
     * Records that an employee left (nobody active may still report to them): their accounts stop at once;
     * publishes EmployeeChanged and SkillsChanged.
     */
    public Employee deactivateEmployee(long id) {
        Employee employee = employee(id);
        Map<String, String> before = snapshot(employee);
        employee.deactivate(employees.countByManagerIdAndActiveTrue(id));
        Employee saved = employees.save(employee);
        audit.changed(EMPLOYEE, id, saved.getFullName(), AuditAction.DEACTIVATED, before, snapshot(saved));
        // someone who left signs in no more: their accounts stop and their sessions end everywhere
        accounts.employeeLeft(id);
        return saved;
    }

    /**
     * Records that an employee came back, into an active position: their accounts work again; publishes
     * EmployeeChanged and SkillsChanged.
     */
    public Employee reactivateEmployee(long id) {
        Employee employee = employee(id);
        Map<String, String> before = snapshot(employee);
        employee.reactivate(positions
                .findById(employee.getPositionId())
                .map(Position::isActive)
                .orElse(false));
        Employee saved = employees.save(employee);
        audit.changed(EMPLOYEE, id, saved.getFullName(), AuditAction.REACTIVATED, before, snapshot(saved));
        accounts.employeeReturned(id);
        return saved;
    }

    /**
     * Hires everyone in a CSV file, all or nothing: when any line is bad, nothing is stored and
     * every bad line is reported with its number and reason ({@link EmployeeImport} has the columns).
     * Each employee imported is recorded in the audit trail as imported.
     */
    public ImportResult importEmployees(Reader csv) {
        CheckedFile file = employeeImport.check(csv);
        if (!file.isValid()) {
            return new ImportResult(0, file.problems());
        }
        List<Employee> hired = newHires.store(file.hires());
        hired.forEach(e -> audit.imported(EMPLOYEE, e.getId(), e.getFullName(), snapshot(e)));
        return new ImportResult(hired.size(), List.of());
    }

    private Map<String, String> snapshot(Employee employee) {
        return records.snapshot(employee);
    }

    private Map<String, String> snapshot(Position position) {
        return position.snapshot(departments
                .findById(position.getDepartmentId())
                .map(Department::getCode)
                .orElse(null));
    }

    private void requireFreeDepartmentCode(String code, Long id) {
        departments.findByCode(code).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw conflict("code", "validation.department-code-taken", code);
        });
    }

    private void requireFreePositionCode(String code, Long id) {
        positions.findByCode(code).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw conflict("code", "validation.position-code-taken", code);
        });
    }

    /**
     * The rules of an employee's details, then the address and number nobody else may have. When a
     * rule is broken, a taken address or number is named in the same refusal, so that one answer
     * lists every problem; alone, a taken one is a conflict.
     */
    private void checkEmployee(EmployeeDetails details, Long id) {
        InputCheck check = PeopleRules.employee(details, id, organisation);
        List<Runnable> uniques = List.of(
                () -> requireFreeEmail(details.normalizedEmail(), id),
                () -> requireFreeNumber(details.employeeNumber(), id));
        if (!check.problems().isEmpty()) {
            for (Runnable unique : uniques) {
                try {
                    unique.run();
                } catch (DuplicateValue taken) {
                    check.add(taken.field(), taken.messageKey(), taken.args());
                }
            }
            check.throwIfAny();
        }
        uniques.forEach(Runnable::run);
    }

    private void requireFreeEmail(String email, Long id) {
        if (email == null || email.isBlank()) {
            return;
        }
        employees.findByEmail(email).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw conflict("email", "validation.email-taken", email);
        });
    }

    private void requireFreeNumber(String number, Long id) {
        if (number == null || number.isBlank()) {
            return;
        }
        String normalized = number.strip().toUpperCase(java.util.Locale.ROOT);
        employees
                .findByEmployeeNumber(normalized)
                .filter(other -> !other.getId().equals(id))
                .ifPresent(o -> {
                    throw conflict("employeeNumber", "validation.employee-number-taken", normalized);
                });
    }

    private static DuplicateValue conflict(String field, String messageKey, String value) {
        return new DuplicateValue(field, messageKey, value);
    }

    private Department department(long id) {
        return departments.findById(id).orElseThrow(() -> KantorException.notFound("error.department-not-found", id));
    }

    private Position position(long id) {
        return positions.findById(id).orElseThrow(() -> KantorException.notFound("error.position-not-found", id));
    }

    private Employee employee(long id) {
        return employees.findById(id).orElseThrow(() -> KantorException.notFound("error.employee-not-found", id));
    }

    private static DepartmentDetails normalized(DepartmentDetails d) {
        return new DepartmentDetails(
                d.code() == null ? null : d.code().strip().toUpperCase(java.util.Locale.ROOT),
                strip(d.nameEn()),
                strip(d.nameId()),
                d.character());
    }

    private static PositionDetails normalized(PositionDetails p) {
        return new PositionDetails(
                p.code() == null ? null : p.code().strip().toLowerCase(java.util.Locale.ROOT),
                strip(p.titleEn()),
                strip(p.titleId()),
                p.departmentId(),
                p.customerContact(),
                p.manages());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
