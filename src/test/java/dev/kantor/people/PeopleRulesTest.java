package dev.kantor.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.FieldProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleRulesTest {

    private final InMemoryOrganisation organisation = new InMemoryOrganisation()
            .department(1, true)
            .department(2, false)
            .position(10, 1, CustomerContact.CONSTANT, true)
            .position(11, 1, CustomerContact.NONE, false)
            .employee(100, null, true)
            .employee(101, 100L, true)
            .employee(102, 101L, true)
            .employee(103, null, false)
            .skill(7);

    private static EmployeeDetails details(String email, Long positionId, Long managerId) {
        return new EmployeeDetails(
                null,
                "Putri Ayu",
                email,
                "+62 812-0000-0001",
                positionId,
                managerId,
                LocalDate.of(2026, 1, 5),
                Map.of(7L, 3),
                List.of("id", "en"));
    }

    private List<String> brokenFields(EmployeeDetails details, Long employeeId) {
        return PeopleRules.employee(details, employeeId, organisation).problems().stream()
                .map(FieldProblem::field)
                .toList();
    }

    @Test
    void acceptsAValidEmployee() {
        assertThat(brokenFields(details("putri@example.com", 10L, 100L), null)).isEmpty();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        EmployeeDetails empty = new EmployeeDetails(null, " ", null, null, null, null, null, null, null);
        assertThat(brokenFields(empty, null)).containsExactlyInAnyOrder("fullName", "email", "positionId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"putri", "putri@", "@example.com", "putri @example.com", "putri@example"})
    void refusesMalformedEmailAddresses(String email) {
        assertThat(brokenFields(details(email, 10L, null), null)).containsExactly("email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "+62 812 <script>", "0812-0000-0000-0000-0000-0000-0000"})
    void refusesImplausiblePhoneNumbers(String phone) {
        EmployeeDetails d = new EmployeeDetails(null, "Putri", "p@example.com", phone, 10L, null, null, null, null);
        assertThat(brokenFields(d, null)).containsExactly("phone");
    }

    @Test
    void refusesAnInactiveOrUnknownPosition() {
        assertThat(brokenFields(details("p@example.com", 11L, null), null)).containsExactly("positionId");
        assertThat(brokenFields(details("p@example.com", 99L, null), null)).containsExactly("positionId");
    }

    @Test
    void refusesAnInactiveOrUnknownManager() {
        assertThat(brokenFields(details("p@example.com", 10L, 103L), null)).containsExactly("managerId");
        assertThat(brokenFields(details("p@example.com", 10L, 999L), null)).containsExactly("managerId");
    }

    @Test
    void refusesBeingOnesOwnManager() {
        assertThat(PeopleRules.employee(details("p@example.com", 10L, 101L), 101L, organisation)
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.manager-self");
    }

    @Test
    void refusesAManagementLoop() {
        // 102 reports to 101, who reports to 100: 100 cannot report to 102
        assertThat(PeopleRules.employee(details("p@example.com", 10L, 102L), 100L, organisation)
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.manager-cycle");
    }

    @Test
    void refusesUnknownSkillsLevelsOutOfRangeAndUnknownLanguages() {
        EmployeeDetails d = new EmployeeDetails(
                null, "Putri", "p@example.com", null, 10L, null, null, Map.of(7L, 6, 8L, 2), List.of("id", "xx"));
        assertThat(PeopleRules.employee(d, null, organisation).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        "validation.skill-level", "validation.unknown-skill", "validation.unknown-language");
    }

    @Test
    void acceptsIndonesianAndRegionalLanguageCodes() {
        EmployeeDetails d = new EmployeeDetails(
                null,
                "Putri",
                "p@example.com",
                null,
                10L,
                null,
                null,
                null,
                List.of("id", "jv", "su", "zh", "ms", "EN"));
        assertThat(brokenFields(d, null)).isEmpty();
        assertThat(d.languages()).containsExactly("id", "jv", "su", "zh", "ms", "en");
    }

    @Test
    void departmentCodesAreCapitalsDigitsAndHyphens() {
        assertThat(PeopleRules.department(new DepartmentDetails("CS-2", "Care", "Layanan"))
                        .problems())
                .isEmpty();
        assertThat(PeopleRules.department(new DepartmentDetails("c s", "", "Layanan"))
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("code", "nameEn");
    }

    @Test
    void positionsNeedAnActiveDepartmentAndACustomerContact() {
        PositionDetails inInactive = new PositionDetails("clerk", "Clerk", "Juru tulis", 2L, null, false);
        assertThat(PeopleRules.position(inInactive, organisation).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("validation.inactive-department", "validation.required");
    }
}
