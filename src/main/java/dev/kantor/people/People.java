package dev.kantor.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.people.directory.Directory;
import dev.kantor.people.directory.EmployeeNames;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the organisation: departments, positions, skills, employees and the directory.
 * This is the people module's public API for the other modules.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final Departments departments;
    private final Positions positions;
    private final Employees employees;
    private final Skills skills;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final EmployeeNames names;
    private final Organisation organisation;
    private final AuditTrail audit;

    People(
            Departments departments,
            Positions positions,
            Employees employees,
            Skills skills,
            Directory directory,
            JdbcClient jdbc,
            EmployeeNames names,
            Organisation organisation,
            AuditTrail audit) {
        this.departments = departments;
        this.positions = positions;
        this.employees = employees;
        this.skills = skills;
        this.directory = directory;
        this.jdbc = jdbc;
        this.names = names;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** All departments, inactive ones included, by English name. */
    public List<Department> departments() {
        return departments.findAll().stream()
                .sorted(Comparator.comparing(Department::getNameEn))
                .toList();
    }

    /** A department, active or not. */
    public Optional<Department> department(long id) {
        return departments.findById(id);
    }

    /** All positions, inactive ones included, by English title. */
    public List<Position> positions() {
        return positions.findAll().stream()
                .sorted(Comparator.comparing(Position::getTitleEn))
                .toList();
    }

    /** A position, active or not. */
    public Optional<Position> position(long id) {
        return positions.findById(id);
    }

    /** The skills catalogue, by English name. */
    public List<Skill> skills() {
        return skills.findAll().stream()
                .sorted(Comparator.comparing(Skill::nameEn))
                .toList();
    }

    /** The skills catalogue by code, for reading codes people and files use. */
    public Map<String, Skill> skillsByCode() {
        return skills.findAll().stream().collect(Collectors.toMap(Skill::code, Function.identity()));
    }

    /** An employee, active or not. */
    public Optional<Employee> employee(long id) {
        return employees.findById(id);
    }

    /** The employees with these ids, active or not; ids of nobody are left out. */
    public List<Employee> employees(Collection<Long> ids) {
        return employees.findAllById(ids);
    }

    /** An employee's name alone, for pages and timelines that show many names; at most 30 s old. */
    public Optional<String> nameOf(long employeeId) {
        return names.of(employeeId);
    }

    /**
     * The names of several employees, by id, for a page that shows many (a queue of fifty rows): one query at most,
     * unlike {@link #employees(Collection)}, which reads each employee's skills and languages too. Ids of nobody
     * are left out; at most 30 s old.
     */
    public Map<Long, String> namesOf(Collection<Long> employeeIds) {
        return names.of(employeeIds);
    }

    /** The employee with this e-mail address, in any case and with spaces around. */
    public Optional<Employee> employeeByEmail(String email) {
        return email == null
                ? Optional.empty()
                : employees.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The employee with this number, in any case ("e0012" finds E0012). */
    public Optional<Employee> employeeByNumber(String employeeNumber) {
        return employeeNumber == null
                ? Optional.empty()
                : employees.findByEmployeeNumber(employeeNumber.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The rules an employee's details break, without changing anything: lets a form that already
     * failed to bind still report every other problem at once, and an import report every line's.
     *
     * @param employeeId the employee the details are for, or null for someone new
     */
    public List<FieldProblem> problemsOf(EmployeeDetails details, Long employeeId) {
        return PeopleRules.employee(details, employeeId, organisation).problems();
    }

    /**
     * The e-mail address and employee number in these details that another employee already has:
     * with {@link #problemsOf}, everything a form reports in one round.
     *
     * @param employeeId the employee the details are for, or null for someone new
     */
    public List<FieldProblem> clashesOf(EmployeeDetails details, Long employeeId) {
        List<FieldProblem> clashes = new java.util.ArrayList<>();
        employeeByEmail(details.email())
                .filter(other -> !other.getId().equals(employeeId))
                .ifPresent(other ->
                        clashes.add(new FieldProblem("email", "validation.email-taken", details.normalizedEmail())));
        if (details.employeeNumber() != null && !details.employeeNumber().isBlank()) {
            employeeByNumber(details.employeeNumber())
                    .filter(other -> !other.getId().equals(employeeId))
                    .ifPresent(other -> clashes.add(new FieldProblem(
                            "employeeNumber", "validation.employee-number-taken", other.getEmployeeNumber())));
        }
        return clashes;
    }

    /** An employee as the directory shows them: position, department, office, manager, skills, languages. */
    public Optional<DirectoryEntry> entry(long id) {
        return directory.entry(id);
    }

    /**
     * When an employee left and came back, oldest first, as the audit trail recorded each deactivation and
     * reactivation done in Kantor: the only dated record of leaving people keeps (someone made inactive by other
     * means, or before the audit trail was kept, has none).
     */
    public List<LeftOrCameBack> comingsAndGoings(long employeeId) {
        return audit.of(PeopleAdministration.EMPLOYEE, employeeId).stream()
                .filter(e -> e.action() == AuditAction.DEACTIVATED || e.action() == AuditAction.REACTIVATED)
                .map(e -> new LeftOrCameBack(e.occurredAt(), e.action() == AuditAction.DEACTIVATED))
                .sorted(Comparator.comparing(LeftOrCameBack::at))
                .toList();
    }

    /**
     * Every active employee as the directory lists them (office with HYBRID, department, position, name), by id,
     * in one read, without their skills and languages (empty lists): for figures over everyone.
     */
    public List<DirectoryEntry> everyoneActive() {
        return directory.everyoneActive();
    }

    /** The active people who report to a manager, by name. */
    public List<DirectoryEntry> directReports(long managerId) {
        return directory.reportsOf(managerId);
    }

    /**
     * Everyone below a manager in the management line, active or not: the people who report to them,
     * the people who report to those, and so on down. Empty for someone nobody reports to.
     */
    public java.util.Set<Long> everyoneUnder(long managerId) {
        return new java.util.HashSet<>(jdbc.sql(
                        """
                with recursive line (id, depth) as (
                    select id, 1 from employee where manager_id = :manager
                    union all
                    select e.id, l.depth + 1 from employee e join line l on e.manager_id = l.id where l.depth < 100
                )
                select distinct id from line""")
                .param("manager", managerId)
                .query(Long.class)
                .list());
    }

    /** One page of the directory as a query filters it, by name. */
    public DirectoryPage search(DirectoryQuery query) {
        return directory.search(query);
    }

    /** Active employees, their managers included, for choosing a manager. */
    public List<Employee> activeEmployees() {
        return employees.findAll().stream()
                .filter(Employee::isActive)
                .sorted(Comparator.comparing(Employee::getFullName))
                .toList();
    }

    /** Whether anyone was ever employed: an empty database gets the demo company. */
    public boolean hasEmployees() {
        return employees.count() > 0;
    }

    /** Active employees per department id. */
    public Map<Long, Long> headcountByDepartment() {
        return counts("select p.department_id, count(*) from employee e join job_position p on p.id = e.position_id "
                + "where e.active = true group by p.department_id");
    }

    /** Active employees per position id. */
    public Map<Long, Long> headcountByPosition() {
        return counts("select e.position_id, count(*) from employee e where e.active = true group by e.position_id");
    }

    /** Active front-office employees per department id. */
    public Map<Long, Long> frontOfficeByDepartment() {
        return jdbc
                .sql("select p.department_id, count(*) from employee e join job_position p on p.id = e.position_id "
                        + "where e.active = true and p.customer_contact in (:front) group by p.department_id")
                .param(
                        "front",
                        CustomerContact.placing(Office.FRONT).stream()
                                .map(Enum::name)
                                .toList())
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Active employees holding each skill id. */
    public Map<Long, Long> skillHolders() {
        return counts("select s.skill_id, count(*) from employee_skill s join employee e on e.id = s.employee "
                + "where e.active = true group by s.skill_id");
    }

    /**
     * Active employees holding every one of these skills (skill id to minimum level), with the
     * languages they speak. One query for the skills and one for the languages, however many
     * people qualify: "who can help now" asks this on every click.
     * <p>
     * The skills query joins employee_skill once per skill (an employee holds a skill at most
     * once), so that PostgreSQL estimates how many people qualify from each skill's statistics and
     * starts from the rarest; grouping all matching skill rows and counting them, as before, joined
     * every row to the employees first and took three times as long at the median
     * (docs/benchmarks.md, "Who can help now"). The
     * languages query takes the ids as one array, so its text, and with it the prepared statement
     * and the plan, is the same however many people qualify.
     */
    public List<QualifiedEmployee> qualifiedFor(Map<Long, Integer> minimumLevels) {
        if (minimumLevels.isEmpty()) {
            return List.of();
        }
        StringBuilder joins = new StringBuilder();
        StringBuilder score = new StringBuilder();
        Map<String, Object> params = new java.util.HashMap<>();
        int i = 0;
        for (var required : minimumLevels.entrySet()) {
            String s = "s" + i;
            joins.append("\njoin employee_skill ")
                    .append(s)
                    .append(" on ")
                    .append(s)
                    .append(".employee = e.id and ")
                    .append(s)
                    .append(".skill_id = :skill")
                    .append(i)
                    .append(" and ")
                    .append(s)
                    .append(".skill_level >= :level")
                    .append(i);
            score.append(i == 0 ? "" : " + ").append(s).append(".skill_level");
            params.put("skill" + i, required.getKey());
            params.put("level" + i, required.getValue());
            i++;
        }
        params.put(
                "front",
                CustomerContact.placing(Office.FRONT).stream().map(Enum::name).toList());
        List<QualifiedEmployee> found = jdbc.sql(
                        """
                select e.id, e.full_name, p.department_id, e.manager_id,
                       case when p.customer_contact in (:front) then 'FRONT' else 'BACK' end as office,
                       %s as score
                from employee e%s
                join job_position p on p.id = e.position_id
                where e.active = true"""
                                .formatted(score, joins))
                .params(params)
                .query((rs, row) -> new QualifiedEmployee(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getLong("department_id"),
                        Office.valueOf(rs.getString("office")),
                        rs.getInt("score"),
                        new java.util.HashSet<>(),
                        (Long) rs.getObject("manager_id", Long.class)))
                .list();
        if (!found.isEmpty()) {
            Map<Long, QualifiedEmployee> byId =
                    found.stream().collect(Collectors.toMap(QualifiedEmployee::id, Function.identity()));
            jdbc.sql("select employee, language_code from employee_language where employee = any(:ids)")
                    .param("ids", new SqlArrayValue("bigint", byId.keySet().toArray()))
                    .query(rs -> {
                        byId.get(rs.getLong(1)).languages().add(rs.getString(2));
                    });
        }
        return found;
    }

    /** Every active employee's weekly contract hours, by id: one query, for figures of many people. */
    public Map<Long, java.math.BigDecimal> weeklyContractHours() {
        Map<Long, java.math.BigDecimal> hours = new java.util.HashMap<>();
        jdbc.sql("select id, weekly_contract_hours from employee where active = true")
                .query(rs -> {
                    hours.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return hours;
    }

    /**
     * Every active employee with their position, department and skill levels, in no particular order
     * (whoever reads them ranks them): two queries however many people there are, so that matching
     * everyone against a role profile reads the organisation once.
     */
    public List<EmployeeSkills> activeEmployeeSkills() {
        return activeEmployeeSkills(null);
    }

    /**
     * Every active employee as {@link #activeEmployeeSkills()}, with only the levels of these skills
     * (all when null): matching against one role profile reads only the skills it asks for.
     */
    public List<EmployeeSkills> activeEmployeeSkills(Collection<Long> onlySkills) {
        Map<Long, Map<Long, Integer>> levels = new java.util.HashMap<>();
        if (onlySkills == null || !onlySkills.isEmpty()) {
            String sql = "select s.employee, s.skill_id, s.skill_level from employee_skill s "
                    + "join employee e on e.id = s.employee where e.active = true"
                    + (onlySkills == null ? "" : " and s.skill_id = any(:skills)");
            var statement = jdbc.sql(sql);
            if (onlySkills != null) {
                statement = statement.param("skills", new SqlArrayValue("bigint", onlySkills.toArray()));
            }
            statement.query(rs -> {
                levels.computeIfAbsent(rs.getLong(1), id -> new java.util.HashMap<>())
                        .put(rs.getLong(2), rs.getInt(3));
            });
        }
        return jdbc.sql("select e.id, e.full_name, e.position_id, p.department_id from employee e "
                        + "join job_position p on p.id = e.position_id where e.active = true")
                .query((rs, row) -> new EmployeeSkills(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        levels.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    /** Active employees of a department who lead others: the people a team's problems go to. */
    public List<Employee> managersIn(long departmentId) {
        List<Long> ids = jdbc.sql(
                        """
                select distinct m.id from employee m
                join job_position p on p.id = m.position_id
                where m.active = true and p.department_id = ?
                  and exists (select 1 from employee r where r.manager_id = m.id and r.active = true)
                order by m.id""")
                .param(departmentId)
                .query(Long.class)
                .list();
        return employees.findAllById(ids);
    }

    private Map<Long, Long> counts(String sql) {
        return jdbc.sql(sql).query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
