package dev.kantor.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What HR enters for an employee, from a form, the API or an imported row.
 *
 * @param employeeNumber optional; Kantor numbers new employees when it is blank
 * @param skills         skill id to level (1–5)
 * @param languages      ISO 639-1 codes
 * @param weeklyContractHours the hours a week the employee's contract asks (more than 0, at most 80); null
 *                       keeps what was recorded, and a new employee gets {@link #STANDARD_WEEKLY_HOURS}
 */
public record EmployeeDetails(
        String employeeNumber,
        String fullName,
        String email,
        String phone,
        Long positionId,
        Long managerId,
        LocalDate hiredOn,
        Map<Long, Integer> skills,
        List<String> languages,
        BigDecimal weeklyContractHours) {

    /** The contract hours of a full-time week, for an employee recorded without any. */
    public static final BigDecimal STANDARD_WEEKLY_HOURS = new BigDecimal("40");

    /** The details without contract hours: a new employee gets the standard week, a change keeps theirs. */
    public EmployeeDetails(
            String employeeNumber,
            String fullName,
            String email,
            String phone,
            Long positionId,
            Long managerId,
            LocalDate hiredOn,
            Map<Long, Integer> skills,
            List<String> languages) {
        this(employeeNumber, fullName, email, phone, positionId, managerId, hiredOn, skills, languages, null);
    }

    public EmployeeDetails {
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        languages = languages == null
                ? List.of()
                : languages.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(l -> l.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    /** E-mail addresses are compared and kept in lower case. */
    public String normalizedEmail() {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The same details with another manager (null for none). */
    public EmployeeDetails withManager(Long managerId) {
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
}
