package dev.kantor.bench;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kantor.people.Employee;
import dev.kantor.people.EmployeeDetails;
import dev.kantor.people.ImportResult;
import dev.kantor.people.People;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.people.Position;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.security.SystemUser;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Employees for the reporting benchmark, through people's own paths only: hired by its CSV import (at most
 * 5,000 lines a file, so several files), hired on days over the last three years; then a fifth moved to a
 * position in another department and one in twenty-five leaving, each through people's API at a moment of the
 * last year (the clock replayed), oldest first, so that reporting's listener dates them as they happened.
 */
final class BenchEmployees {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final int FILE = 5_000;

    private final PeopleAdministration administration;
    private final People people;
    private final JdbcTemplate jdbc;
    private final Random random;

    BenchEmployees(PeopleAdministration administration, People people, JdbcTemplate jdbc, long seed) {
        this.administration = administration;
        this.people = people;
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Imports this many employees and answers their ids. */
    List<Long> importEmployees(int count) {
        List<Position> positions =
                people.positions().stream().filter(Position::isActive).toList();
        LocalDate today = LocalDate.now(ZONE);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from employee", Long.class);
        for (int from = 0; from < count; from += FILE) {
            StringBuilder csv = new StringBuilder(
                    "employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills\n");
            for (int i = from; i < Math.min(count, from + FILE); i++) {
                Position position = positions.get(random.nextInt(positions.size()));
                csv.append(",Bench Person %d,bench.person.%d@example.com,,%s,,%s,id,\n"
                        .formatted(i, i, position.getCode(), today.minusDays(30 + random.nextInt(3 * 365))));
            }
            ImportResult result =
                    SystemUser.call(() -> administration.importEmployees(new StringReader(csv.toString())));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("the import refused: " + result.problems());
            }
        }
        return jdbc.queryForList("select id from employee where id > ? order by id", Long.class, before);
    }

    /** Moves a fifth of them and lets one in twenty-five go, over the last year; answers {moves, departures}. */
    int[] moveAndDepart(List<Long> ids) {
        List<Position> positions =
                people.positions().stream().filter(Position::isActive).toList();
        record Step(long employee, Instant at, boolean leaves) {}
        List<Step> steps = new ArrayList<>();
        Instant now = Instant.now();
        for (long id : ids) {
            int fate = random.nextInt(25);
            if (fate < 5) {
                steps.add(new Step(id, now.minusSeconds(60L * random.nextInt(364 * 24 * 60)), fate == 0));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        int moves = 0;
        int departures = 0;
        for (Step step : steps) {
            Employee e = people.employee(step.employee()).orElseThrow();
            if (step.leaves()) {
                ReplayableClock.at(
                        step.at(), () -> SystemUser.call(() -> administration.deactivateEmployee(e.getId())));
                departures++;
                continue;
            }
            Position from = people.position(e.getPositionId()).orElseThrow();
            List<Position> elsewhere = positions.stream()
                    .filter(p -> !p.getDepartmentId().equals(from.getDepartmentId()))
                    .toList();
            Position to = elsewhere.get(random.nextInt(elsewhere.size()));
            EmployeeDetails details = new EmployeeDetails(
                    e.getEmployeeNumber(),
                    e.getFullName(),
                    e.getEmail(),
                    e.getPhone(),
                    to.getId(),
                    e.getManagerId(),
                    e.getHiredOn(),
                    Map.of(),
                    e.getLanguages());
            ReplayableClock.at(
                    step.at(),
                    () -> SystemUser.call(() -> administration.changeEmployee(e.getId(), details, e.getVersion())));
            moves++;
        }
        return new int[] {moves, departures};
    }
}
