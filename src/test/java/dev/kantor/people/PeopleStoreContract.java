package dev.kantor.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditEvent;
import dev.kantor.platform.audit.AuditTrail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Storing and reading people data, with the SQL each database runs: round trips, optimistic
 * locking, unique e-mail addresses, directory queries and the audit trail. Runs on H2 and on
 * PostgreSQL through its subclasses.
 */
@SpringBootTest
@WithMockUser(username = "rina", roles = "HR")
abstract class PeopleStoreContract {

    @Autowired
    People people;

    @Autowired
    PeopleAdministration administration;

    @Autowired
    Employees employees;

    @Autowired
    AuditTrail audit;

    private EmployeeDetails details(String email) {
        Position position = people.positions().stream()
                .filter(p -> p.getCode().equals("phone-support-agent"))
                .findFirst()
                .orElseThrow();
        Skill billing = people.skillsByCode().get("billing");
        return new EmployeeDetails(
                null,
                "Gede Wirawan",
                email,
                "+62 813-1111-2222",
                position.getId(),
                null,
                LocalDate.of(2025, 6, 2),
                Map.of(billing.id(), 4),
                List.of("id", "en"));
    }

    @Test
    void storesAnEmployeeWithSkillsAndLanguagesAndReadsThemBack() {
        Employee hired = administration.hire(details("gede.roundtrip@example.com"));

        Employee read = people.employee(hired.getId()).orElseThrow();
        assertThat(read.getEmail()).isEqualTo("gede.roundtrip@example.com");
        assertThat(read.getSkills()).extracting(SkillLevel::level).containsExactly(4);
        assertThat(read.getLanguages()).containsExactly("en", "id");
        assertThat(read.getHiredOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(read.getEmployeeNumber()).matches("E\\d{4,}");
        assertThat(people.entry(hired.getId()).orElseThrow().office()).isEqualTo(Office.FRONT);
    }

    @Test
    void aRenameShowsAtOnceWhereNamesAreRemembered() {
        Employee hired = administration.hire(details("gede.rename@example.com"));
        assertThat(people.nameOf(hired.getId())).contains("Gede Wirawan");

        EmployeeDetails renamed = details("gede.rename@example.com");
        renamed = new EmployeeDetails(
                hired.getEmployeeNumber(),
                "Gede Wirawan Putra",
                renamed.email(),
                renamed.phone(),
                renamed.positionId(),
                null,
                renamed.hiredOn(),
                renamed.skills(),
                renamed.languages());
        administration.changeEmployee(hired.getId(), renamed, hired.getVersion());

        assertThat(people.nameOf(hired.getId())).contains("Gede Wirawan Putra");
        assertThat(people.nameOf(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theDatabaseRefusesAStaleCopy() {
        Employee hired = administration.hire(details("gede.stale@example.com"));
        Employee first = employees.findById(hired.getId()).orElseThrow();
        Employee second = employees.findById(hired.getId()).orElseThrow();

        first.deactivate(0);
        employees.save(first);
        second.deactivate(0);

        assertThatThrownBy(() -> employees.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theDatabaseKeepsEmailAddressesUnique() {
        administration.hire(details("gede.unique@example.com"));
        Employee copy = Employee.hire(details("gede.unique@example.com"));
        copy.number("X-UNIQUE");

        assertThatThrownBy(() -> employees.save(copy)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void searchesTheDirectoryByTextOfficeSkillAndLanguage() {
        long all = people.search(new DirectoryQuery(null, null, null, null, null, null, null, 0, 10))
                .total();
        DirectoryPage front =
                people.search(new DirectoryQuery(null, null, Office.FRONT, null, null, null, null, 0, 10));
        DirectoryPage back = people.search(new DirectoryQuery(null, null, Office.BACK, null, null, null, null, 0, 10));
        DirectoryPage hybrid =
                people.search(new DirectoryQuery(null, null, Office.HYBRID, null, null, null, null, 0, 10));
        assertThat(front.total() + back.total() + hybrid.total()).isEqualTo(all);
        assertThat(front.entries()).hasSize(10).allMatch(e -> e.office() == Office.FRONT);

        DirectoryPage byName =
                people.search(new DirectoryQuery("SITI rahma", null, null, null, null, null, null, 0, 10));
        assertThat(byName.entries())
                .extracting(DirectoryEntry::email)
                .containsExactly("siti.rahmawati@sinarmaju.example");
        assertThat(people.search(new DirectoryQuery("100%_", null, null, null, null, null, null, 0, 10))
                        .total())
                .isZero();

        Skill billing = people.skillsByCode().get("billing");
        DirectoryPage experts = people.search(new DirectoryQuery(null, null, null, billing.id(), 5, null, null, 0, 50));
        assertThat(experts.entries()).isNotEmpty().allMatch(e -> e.skills().stream()
                .anyMatch(s -> s.code().equals("billing") && s.level() == 5));

        DirectoryPage mandarin = people.search(new DirectoryQuery(null, null, null, null, null, "zh", null, 0, 50));
        assertThat(mandarin.entries()).isNotEmpty().allMatch(e -> e.languages().contains("zh"));
    }

    @Test
    void pagesThroughTheDirectoryWithoutRepeatingAnyone() {
        DirectoryPage first = people.search(new DirectoryQuery(null, null, null, null, null, null, null, 0, 20));
        DirectoryPage second = people.search(new DirectoryQuery(null, null, null, null, null, null, null, 1, 20));
        assertThat(first.entries()).doesNotContainAnyElementsOf(second.entries());
        assertThat(first.pages()).isEqualTo((int) Math.ceil(first.total() / 20.0));
    }

    @Test
    void recordsWhoChangedWhatInTheAuditTrail() {
        Employee hired = administration.hire(details("gede.audit@example.com"));
        EmployeeDetails changed = new EmployeeDetails(
                null,
                "Gede Wirawan",
                "gede.audit@example.com",
                "+62 813-9999-0000",
                hired.getPositionId(),
                null,
                hired.getHiredOn(),
                Map.of(),
                List.of("id"));
        administration.changeEmployee(hired.getId(), changed, hired.getVersion());

        List<AuditEvent> history = audit.of("employee", hired.getId());
        assertThat(history).extracting(AuditEvent::action).containsExactly(AuditAction.UPDATED, AuditAction.CREATED);
        assertThat(history).extracting(AuditEvent::actor).containsOnly("rina");
        assertThat(history.get(0).changes())
                .contains("phone: +62 813-1111-2222 → +62 813-9999-0000")
                .contains("skills: billing:4 → ∅");
        assertThat(audit.latest("employee", "gede.audit", 10)).isNotEmpty();
        assertThat(audit.latest(null, null, 5)).hasSize(5);
    }

    @Test
    void aDepartmentWithActivePositionsStaysOpen() {
        Department cs = people.departments().stream()
                .filter(d -> d.getCode().equals("CS"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> administration.deactivateDepartment(cs.getId()))
                .hasFieldOrPropertyWithValue("messageKey", "department.has-active-positions");
        assertThat(people.department(cs.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void importsManagersNamedLaterInTheSameFile() {
        String csv =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills
                ,Staff Member,staff.later@example.com,,warehouse-staff,head.later@example.com,,id,
                ,Head Of Team,head.later@example.com,,warehouse-manager,,,id;en,team-leadership:4
                """;
        ImportResult result = administration.importEmployees(new java.io.StringReader(csv));

        assertThat(result.problems()).isEmpty();
        Employee staff = people.employeeByEmail("staff.later@example.com").orElseThrow();
        Employee head = people.employeeByEmail("head.later@example.com").orElseThrow();
        assertThat(staff.getManagerId()).isEqualTo(head.getId());
        assertThat(audit.of("employee", staff.getId()))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.IMPORTED);
    }

    @Test
    void importsWhatExcelWritesByteOrderMarkAndSemicolonsIncluded() {
        String csv =
                "\uFEFFemployee_number;full_name;email;phone;position_code;manager_email;hired_on;languages;skills\n"
                        + "e9100;Komang Ayu;komang.excel@example.com;;front-desk-agent;;2026-02-02;id;customer-service:3\n";

        ImportResult result = administration.importEmployees(new java.io.StringReader(csv));

        assertThat(result.problems()).isEmpty();
        assertThat(people.employeeByEmail("komang.excel@example.com")
                        .orElseThrow()
                        .getEmployeeNumber())
                .isEqualTo("E9100");
    }

    @Test
    void importsPartTimeContractHoursAndOldFilesWithoutTheColumnGetTheStandardWeek() {
        String withHours =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills,weekly_contract_hours
                ,Ketut Paruh Waktu,ketut.parttime@example.com,,front-desk-agent,,,id,,24
                ,Made Setengah,made.half@example.com,,front-desk-agent,,,id,,"37,5"
                ,Nyoman Penuh,nyoman.full@example.com,,front-desk-agent,,,id,,
                """;
        String old =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills
                ,Wayan Lama,wayan.oldfile@example.com,,front-desk-agent,,,id,
                """;

        assertThat(administration
                        .importEmployees(new java.io.StringReader(withHours))
                        .problems())
                .isEmpty();
        assertThat(administration.importEmployees(new java.io.StringReader(old)).problems())
                .isEmpty();

        assertThat(hoursOf("ketut.parttime@example.com")).isEqualByComparingTo("24");
        assertThat(hoursOf("made.half@example.com")).isEqualByComparingTo("37.5");
        assertThat(hoursOf("nyoman.full@example.com")).isEqualByComparingTo("40");
        assertThat(hoursOf("wayan.oldfile@example.com")).isEqualByComparingTo("40");
        // the demo company's part-time contracts come from its file the same way
        assertThat(hoursOf("putu.wulandari@sinarmaju.example")).isEqualByComparingTo("24");
        assertThat(hoursOf("melati.sinaga@sinarmaju.example")).isEqualByComparingTo("20");
    }

    @Test
    void refusesContractHoursThatAreNoNumberOrOutOfRangeNamingTheColumn() {
        String csv =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills,weekly_contract_hours
                ,Hours Typo,hours.typo@example.com,,front-desk-agent,,,id,,twenty
                ,Hours Zero,hours.zero@example.com,,front-desk-agent,,,id,,0
                ,Hours Many,hours.many@example.com,,front-desk-agent,,,id,,81
                ,Hours Fine,hours.fine@example.com,,front-desk-agent,,,id,,32.25
                """;

        ImportResult result = administration.importEmployees(new java.io.StringReader(csv));

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "weekly_contract_hours", "import.bad-hours"),
                        org.assertj.core.groups.Tuple.tuple(
                                3L, "weekly_contract_hours", "validation.weekly-contract-hours"),
                        org.assertj.core.groups.Tuple.tuple(
                                4L, "weekly_contract_hours", "validation.weekly-contract-hours"),
                        org.assertj.core.groups.Tuple.tuple(
                                5L, "weekly_contract_hours", "validation.weekly-contract-hours"));
        assertThat(people.employeeByEmail("hours.fine@example.com"))
                .as("all or nothing")
                .isEmpty();
    }

    private java.math.BigDecimal hoursOf(String email) {
        return people.employeeByEmail(email).orElseThrow().getWeeklyContractHours();
    }

    @Test
    void refusesToImportIntoAnInactivePositionOrADuplicateNumberInAnotherCase() {
        Position retired = administration.createPosition(new PositionDetails(
                "retired-role",
                "Retired",
                "Pensiun",
                people.departments().get(0).getId(),
                CustomerContact.NONE,
                false));
        administration.deactivatePosition(retired.getId());
        String csv =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills
                ,Ina Retired,ina.retired@example.com,,retired-role,,,id,
                e0012,Dup Number,dup.number@example.com,,front-desk-agent,,,id,
                """;

        ImportResult result = administration.importEmployees(new java.io.StringReader(csv));

        assertThat(result.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("validation.inactive-position", "validation.employee-number-taken");
        assertThat(people.employeeByEmail("ina.retired@example.com")).isEmpty();
    }

    /**
     * "Who can help" asks who holds every skill of a topic at its level: checked against the
     * directory for every skill at every level, and for combinations of the skills someone holds.
     */
    @Test
    void findsTheActiveEmployeesWhoHoldEverySkillAtItsMinimumLevel() {
        List<DirectoryEntry> active = people.search(DirectoryQuery.all()).entries();
        List<Map<Long, Integer>> asks = new ArrayList<>();
        for (Skill skill : people.skills()) {
            for (int level = 1; level <= 5; level++) {
                asks.add(Map.of(skill.id(), level));
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            DirectoryEntry someone = active.get(random.nextInt(active.size()));
            List<DirectoryEntry.SkillEntry> held = new ArrayList<>(someone.skills());
            java.util.Collections.shuffle(held, random);
            Map<Long, Integer> needed = new LinkedHashMap<>();
            held.stream()
                    .limit(1 + random.nextInt(3))
                    .forEach(s -> needed.put(s.skillId(), 1 + random.nextInt(s.level())));
            asks.add(needed);
        }
        int multiSkillAnswers = 0;
        for (Map<Long, Integer> needed : asks) {
            Map<Long, Integer> expected = new HashMap<>();
            for (DirectoryEntry e : active) {
                Map<Long, Integer> levels = e.skills().stream()
                        .collect(
                                Collectors.toMap(DirectoryEntry.SkillEntry::skillId, DirectoryEntry.SkillEntry::level));
                if (needed.entrySet().stream().allMatch(n -> levels.getOrDefault(n.getKey(), 0) >= n.getValue())) {
                    expected.put(
                            e.id(),
                            needed.keySet().stream().mapToInt(levels::get).sum());
                }
            }
            Map<Long, DirectoryEntry> byId =
                    active.stream().collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
            List<QualifiedEmployee> found = people.qualifiedFor(needed);
            assertThat(found)
                    .as("qualified for %s", needed)
                    .extracting(QualifiedEmployee::id)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (QualifiedEmployee q : found) {
                DirectoryEntry e = byId.get(q.id());
                assertThat(q.skillScore())
                        .as("score of %s for %s", e.fullName(), needed)
                        .isEqualTo(expected.get(q.id()));
                assertThat(q.fullName()).isEqualTo(e.fullName());
                assertThat(q.departmentId()).isEqualTo(e.departmentId());
                assertThat(q.managerId()).isEqualTo(e.managerId());
                assertThat(q.office()).isEqualTo(e.customerContact().office());
                assertThat(q.languages()).isEqualTo(Set.copyOf(e.languages()));
            }
            multiSkillAnswers += needed.size() > 1 && !found.isEmpty() ? 1 : 0;
        }
        assertThat(multiSkillAnswers)
                .as("asks for several skills that someone answers")
                .isGreaterThan(10);
    }
}
