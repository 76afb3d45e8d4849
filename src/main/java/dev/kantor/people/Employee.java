package dev.kantor.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.platform.KantorException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person working for the organisation, in one position, usually with a manager. A change
 * registers {@link EmployeeChanged}, and {@link SkillsChanged} when what they can serve customers
 * with changed; saving publishes them.
 */
@Table("employee")
public class Employee extends AbstractAggregateRoot<Employee> {

    @Id
    private Long id;

    private String employeeNumber;
    private String fullName;
    private String email;
    private String phone;
    private Long positionId;
    private Long managerId;
    private LocalDate hiredOn;
    /** Set after construction (not a constructor parameter), so that Spring Data reads it from its column. */
    private BigDecimal weeklyContractHours;

    private boolean active;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "employee")
    private Set<SkillLevel> skills;

    @MappedCollection(idColumn = "employee")
    private Set<SpokenLanguage> languages;

    Employee(
            Long id,
            String employeeNumber,
            String fullName,
            String email,
            String phone,
            Long positionId,
            Long managerId,
            LocalDate hiredOn,
            boolean active,
            Integer version,
            Set<SkillLevel> skills,
            Set<SpokenLanguage> languages) {
        this.id = id;
        this.employeeNumber = employeeNumber;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.positionId = positionId;
        this.managerId = managerId;
        this.hiredOn = hiredOn;
        this.active = active;
        this.version = version;
        this.skills = new LinkedHashSet<>(skills);
        this.languages = new LinkedHashSet<>(languages);
    }

    static Employee hire(EmployeeDetails details) {
        Employee employee =
                new Employee(null, null, null, null, null, null, null, null, true, null, Set.of(), Set.of());
        employee.apply(details);
        return employee;
    }

    void change(EmployeeDetails details, int expectedVersion) {
        Versions.check(version, expectedVersion);
        Set<SkillLevel> skillsBefore = Set.copyOf(skills);
        Set<SpokenLanguage> languagesBefore = Set.copyOf(languages);
        apply(details);
        changed(!skills.equals(skillsBefore) || !languages.equals(languagesBefore));
    }

    /** Registers what changed; one not stored yet has its events published when it is (EmployeeRecords). */
    private void changed(boolean whatTheyServeWith) {
        if (id == null) {
            return;
        }
        registerEvent(new EmployeeChanged(id));
        if (whatTheyServeWith) {
            registerEvent(new SkillsChanged(id));
        }
    }

    private void apply(EmployeeDetails details) {
        if (details.employeeNumber() != null && !details.employeeNumber().isBlank()) {
            this.employeeNumber = details.employeeNumber().strip().toUpperCase(java.util.Locale.ROOT);
        }
        this.fullName = details.fullName().strip();
        this.email = details.normalizedEmail();
        this.phone = details.phone() == null || details.phone().isBlank()
                ? null
                : details.phone().strip();
        this.positionId = details.positionId();
        this.managerId = details.managerId();
        this.hiredOn = details.hiredOn();
        if (details.weeklyContractHours() != null) {
            this.weeklyContractHours = details.weeklyContractHours();
        } else if (this.weeklyContractHours == null) {
            this.weeklyContractHours = EmployeeDetails.STANDARD_WEEKLY_HOURS;
        }
        this.skills = details.skills().entrySet().stream()
                .map(e -> new SkillLevel(e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.languages = details.languages().stream()
                .map(SpokenLanguage::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Numbers an employee hired without a number. */
    void number(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    static String numberFor(long sequence) {
        return "E%04d".formatted(sequence);
    }

    /** Records that the employee left; people who still report to them must be moved first. */
    void deactivate(long activeReports) {
        if (!active) {
            throw KantorException.invalid("employee.already-inactive");
        }
        if (activeReports > 0) {
            throw KantorException.invalid("employee.has-reports", activeReports);
        }
        active = false;
        changed(true);
    }

    void reactivate(boolean positionActive) {
        if (active) {
            throw KantorException.invalid("employee.already-active");
        }
        if (!positionActive) {
            throw KantorException.invalid("employee.position-inactive");
        }
        active = true;
        changed(true);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getPositionId() {
        return positionId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    /** The hours a week the employee's contract asks. */
    public BigDecimal getWeeklyContractHours() {
        return weeklyContractHours == null ? EmployeeDetails.STANDARD_WEEKLY_HOURS : weeklyContractHours;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getVersion() {
        return version;
    }

    /** Skills, strongest first. */
    public List<SkillLevel> getSkills() {
        return skills.stream()
                .sorted(Comparator.comparingInt(SkillLevel::level).reversed().thenComparing(SkillLevel::skillId))
                .toList();
    }

    public List<String> getLanguages() {
        return languages.stream().map(SpokenLanguage::languageCode).sorted().toList();
    }
}
