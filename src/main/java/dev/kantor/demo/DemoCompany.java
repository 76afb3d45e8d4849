package dev.kantor.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.calendar.Holiday;
import dev.kantor.cases.AuthorityDelegation;
import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.CustomerContact;
import dev.kantor.people.Department;
import dev.kantor.people.DepartmentDetails;
import dev.kantor.people.ImportResult;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.PositionDetails;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo company into an empty database, through the same services HR uses, and
 * gives the demo accounts (password {@code demo}) to five of its people.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoCompany implements ApplicationRunner {

    static final String PASSWORD = "demo";
    /** Demo account, its role, and the employee it belongs to. */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", Role.ADMIN, "hendra.gunawan@sinarmaju.example"),
            new DemoAccount("hr", Role.HR, "rina.wijaya@sinarmaju.example"),
            new DemoAccount("manager", Role.MANAGER, "dewi.lestari@sinarmaju.example"),
            new DemoAccount("agent", Role.AGENT, "agus.pratama@sinarmaju.example"),
            new DemoAccount("accountant", Role.STAFF, "siti.rahmawati@sinarmaju.example"));

    record DemoAccount(String username, Role role, String email) {}

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    private final People people;
    private final PeopleAdministration administration;
    private final UserAccounts accounts;
    private final AuthorityDelegation authority;
    private final BusinessCalendars calendars;
    private final TransactionTemplate transaction;
    private final DemoCases cases;
    private final DemoRouting routing;
    private final DemoStaffing staffing;
    private final DemoFloorShortStaffed floorShortStaffed;
    private final DemoAssessment assessment;
    private final DemoChat chat;
    private final boolean withCases;
    private final boolean casesInBackground;

    DemoCompany(
            People people,
            PeopleAdministration administration,
            UserAccounts accounts,
            AuthorityDelegation authority,
            BusinessCalendars calendars,
            TransactionTemplate transaction,
            DemoCases cases,
            DemoRouting routing,
            DemoStaffing staffing,
            DemoFloorShortStaffed floorShortStaffed,
            DemoAssessment assessment,
            DemoChat chat,
            @org.springframework.beans.factory.annotation.Value("${kantor.demo.cases:true}") boolean withCases,
            @org.springframework.beans.factory.annotation.Value("${kantor.demo.cases-in-background:true}")
                    boolean casesInBackground) {
        this.people = people;
        this.administration = administration;
        this.accounts = accounts;
        this.authority = authority;
        this.calendars = calendars;
        this.transaction = transaction;
        this.cases = cases;
        this.routing = routing;
        this.staffing = staffing;
        this.floorShortStaffed = floorShortStaffed;
        this.assessment = assessment;
        this.chat = chat;
        this.withCases = withCases;
        this.casesInBackground = casesInBackground;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.hasEmployees()) {
            return;
        }
        long start = System.nanoTime();
        SystemUser.run(() -> transaction.executeWithoutResult(status -> load()));
        log.info("Loaded the demo company in {} ms", (System.nanoTime() - start) / 1_000_000);
        if (withCases) {
            // the history takes a few seconds; Kantor answers meanwhile. Each step commits on its own,
            // so that a step the rules refuse leaves the rest of the history standing.
            Runnable history = cases::replay;
            if (casesInBackground) {
                Thread thread = new Thread(history, "demo-cases");
                thread.setDaemon(true);
                thread.start();
            } else {
                history.run();
            }
        }
    }

    private void load() {
        read(
                "demo/departments.csv",
                r -> administration.createDepartment(
                        new DepartmentDetails(r.get("code"), r.get("name_en"), r.get("name_id"))));
        Map<String, Long> departments =
                people.departments().stream().collect(Collectors.toMap(Department::getCode, Department::getId));
        read(
                "demo/positions.csv",
                r -> administration.createPosition(new PositionDetails(
                        r.get("code"),
                        r.get("title_en"),
                        r.get("title_id"),
                        departments.get(r.get("department_code")),
                        CustomerContact.valueOf(r.get("customer_contact")),
                        Boolean.parseBoolean(r.get("manages")))));
        read("demo/skills.csv", r -> administration.addSkill(r.get("code"), r.get("name_en"), r.get("name_id")));
        try (Reader employees = reader("demo/employees.csv")) {
            ImportResult result = administration.importEmployees(employees);
            if (!result.succeeded()) {
                throw new IllegalStateException("The demo employees do not import: " + result.problems());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        delegateAuthority();
        readHolidays();
        routing.load();
        staffing.load();
        floorShortStaffed.load();
        assessment.load();
        chat.load();
        if (!accounts.any()) {
            for (DemoAccount account : ACCOUNTS) {
                Long employeeId =
                        people.employeeByEmail(account.email()).orElseThrow().getId();
                accounts.create(account.username(), PASSWORD, account.role(), employeeId);
            }
        }
    }

    /** Position, then per kind of action: the most per action and per day, in rupiah. */
    private void delegateAuthority() {
        Map<String, Long> positions = people.positions().stream()
                .collect(Collectors.toMap(dev.kantor.people.Position::getCode, dev.kantor.people.Position::getId));
        read(
                "demo/delegations.csv",
                r -> authority.delegate(
                        Delegation.Scope.POSITION,
                        positions.get(r.get("position_code")),
                        ResolutionType.valueOf(r.get("action")),
                        Long.parseLong(r.get("max_per_action")),
                        Long.parseLong(r.get("max_per_day")),
                        r.get("position_code")));
    }

    private void readHolidays() {
        read(
                "demo/holidays.csv",
                r -> calendars.addHoliday(
                        new Holiday(java.time.LocalDate.parse(r.get("date")), r.get("name_en"), r.get("name_id"))));
    }

    static void read(String resource, Consumer<CSVRecord> each) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = reader(resource);
                CSVParser parser = format.parse(reader)) {
            parser.forEach(each);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static Reader reader(String resource) throws IOException {
        return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
    }
}
