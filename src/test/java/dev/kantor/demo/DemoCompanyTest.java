package dev.kantor.demo;

import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo company is a plausible mid-sized Indonesian retail-and-service business. */
@SpringBootTest
class DemoCompanyTest {

    @Autowired
    People people;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    dev.kantor.staffing.WorkQueues queues;

    @Test
    void everyChannelACaseCanHaveCountsInOneOfTheDemoQueues() {
        var demoNames =
                DemoStaffing.queues().stream().map(q -> q.details().name()).toList();
        var demoQueues =
                queues.all().stream().filter(q -> demoNames.contains(q.name())).toList();
        assertThat(demoQueues).hasSameSizeAs(demoNames);
        for (dev.kantor.cases.Channel channel : dev.kantor.cases.Channel.values()) {
            assertThat(demoQueues)
                    .as("a demo queue forecasts %s cases", channel)
                    .anyMatch(q -> q.channel().caseChannels().contains(channel));
        }
    }

    @Test
    void hasAboutSixtyEmployeesAcrossNineDepartments() {
        var everyone = people.search(DirectoryQuery.all());
        assertThat(everyone.total()).isBetween(55L, 65L);
        assertThat(people.departments()).hasSize(9);
        Map<Long, Long> headcount = people.headcountByDepartment();
        assertThat(people.departments()).allMatch(d -> headcount.getOrDefault(d.getId(), 0L) > 0);
    }

    @Test
    void hasBothOfficesAndBackOfficePeopleWhoCanHelpCustomers() {
        var all = people.search(DirectoryQuery.all()).entries();
        Map<Office, Long> offices =
                all.stream().collect(Collectors.groupingBy(DirectoryEntry::office, Collectors.counting()));
        assertThat(offices.get(Office.FRONT)).isGreaterThan(15);
        assertThat(offices.get(Office.BACK)).isGreaterThan(15);
        assertThat(all).filteredOn(e -> e.office() == Office.BACK).anyMatch(e -> e.skills().stream()
                .anyMatch(s -> s.code().equals("warranty-claims") && s.level() >= 3));
        assertThat(all).allMatch(e -> e.languages().contains("id"));
        assertThat(all).anyMatch(e -> e.languages().contains("jv"));
        assertThat(all).anyMatch(e -> e.languages().contains("zh"));
    }

    @Test
    void everyoneButThePresidentDirectorHasAManager() {
        var all = people.search(DirectoryQuery.all()).entries();
        assertThat(all).filteredOn(e -> e.managerId() == null).hasSize(1).allMatch(e -> e.positionCode()
                .equals("president-director"));
    }

    @Test
    void theFiveDemoAccountsSignInWithTheirRoles() {
        Map<String, String> roles =
                Map.of("admin", "ADMIN", "hr", "HR", "manager", "MANAGER", "agent", "AGENT", "accountant", "STAFF");
        roles.forEach((username, role) -> {
            KantorUser user = accounts.loadUserByUsername(username);
            assertThat(passwords.matches("demo", user.getPassword()))
                    .as(username)
                    .isTrue();
            assertThat(user.role().name()).isEqualTo(role);
            assertThat(people.employee(user.employeeId())).isPresent();
        });
        assertThat(people.entry(accounts.loadUserByUsername("agent").employeeId())
                        .orElseThrow()
                        .office())
                .isEqualTo(Office.FRONT);
        // back office by position; other tests in the same context may have made her hybrid by serving customers
        assertThat(people.entry(accounts.loadUserByUsername("accountant").employeeId())
                        .orElseThrow()
                        .office())
                .isIn(Office.BACK, Office.HYBRID);
    }
}
