package dev.kantor.people.employees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.Employee;
import dev.kantor.people.EmployeeDetails;

import org.springframework.format.annotation.DateTimeFormat;

/** The employee form as the browser sends it. */
public class EmployeeForm {

    private String employeeNumber;
    private String fullName;
    private String email;
    private String phone;
    private Long positionId;
    private Long managerId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hiredOn;

    private java.math.BigDecimal weeklyContractHours = EmployeeDetails.STANDARD_WEEKLY_HOURS;
    /** Skill id to level; no level means the employee does not have the skill. */
    private Map<Long, Integer> skillLevels = new HashMap<>();

    private List<String> languages = new ArrayList<>();
    private int version;

    static EmployeeForm of(Employee employee) {
        EmployeeForm form = new EmployeeForm();
        form.employeeNumber = employee.getEmployeeNumber();
        form.fullName = employee.getFullName();
        form.email = employee.getEmail();
        form.phone = employee.getPhone();
        form.positionId = employee.getPositionId();
        form.managerId = employee.getManagerId();
        form.hiredOn = employee.getHiredOn();
        form.weeklyContractHours = employee.getWeeklyContractHours();
        employee.getSkills().forEach(s -> form.skillLevels.put(s.skillId(), s.level()));
        form.languages = new ArrayList<>(employee.getLanguages());
        form.version = employee.getVersion();
        return form;
    }

    EmployeeDetails details() {
        Map<Long, Integer> skills = new LinkedHashMap<>();
        skillLevels.forEach((skill, level) -> {
            if (level != null) {
                skills.put(skill, level);
            }
        });
        return new EmployeeDetails(
                employeeNumber,
                fullName,
                email,
                phone,
                positionId,
                managerId,
                hiredOn,
                skills,
                languages,
                weeklyContractHours);
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }

    public java.math.BigDecimal getWeeklyContractHours() {
        return weeklyContractHours;
    }

    public void setWeeklyContractHours(java.math.BigDecimal weeklyContractHours) {
        this.weeklyContractHours = weeklyContractHours;
    }

    public Map<Long, Integer> getSkillLevels() {
        return skillLevels;
    }

    public void setSkillLevels(Map<Long, Integer> skillLevels) {
        this.skillLevels = skillLevels;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
