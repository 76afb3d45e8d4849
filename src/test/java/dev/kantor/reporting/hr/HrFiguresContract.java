package dev.kantor.reporting.hr;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.mine.WeekHours;
import dev.kantor.reporting.mine.WorkedHours;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.ApiCalls.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's dashboard over the demo company: each figure equals a direct count of the rows behind it (policy
 * acknowledgements, work arrangements, the directory, published shifts), each figure that counts people leads
 * HR to exactly those people, shared assessment results never show a count of fewer than three, and HR's
 * figures are refused to managers and agents on the page, in CSV and in the API, while everyone sees their own
 * hours against their contract. Both languages; H2 and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class HrFiguresContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HrDashboard dashboard;

    @Autowired
    WorkedHours workedHours;

    @Autowired
    People people;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    dev.kantor.reporting.FigureRollups rollups;

    Page get(String user, String path, String language) throws Exception {
        return ApiCalls.page(port, user, path, language);
    }

    /** The widest period the dashboard takes, up to today. */
    private HrPeriod wide() {
        return SystemUser.call(() -> dashboard.period(LocalDate.now().minusDays(700), null));
    }

    private PeopleTable table(String id, HrPeriod period) {
        return SystemUser.call(() -> dashboard.table(id, period, Locale.ENGLISH).orElseThrow());
    }

    private static Map<String, List<Double>> byKey(PeopleTable table) {
        Map<String, List<Double>> rows = new HashMap<>();
        FigureTable figures = table.figures();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.put(table.rows().get(i).key(), figures.rows().get(i).values());
        }
        return rows;
    }

    @Test
    void acknowledgementFiguresEqualADirectCountOfTheAcknowledgementsAsked() {
        HrPeriod period = wide();
        ZoneId zone = calendars.zone();
        Map<String, long[]> direct = new HashMap<>();
        jdbc.sql(
                        """
                select version_id, count(*), count(acknowledged_at),
                       sum(case when acknowledged_at is null and due_on < ? then 1 else 0 end)
                from policy_acknowledgement where asked_at >= ? and asked_at < ? group by version_id""")
                .params(
                        period.today(),
                        Timestamp.from(period.from().atStartOfDay(zone).toInstant()),
                        Timestamp.from(
                                period.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    direct.put("v" + rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        assertThat(direct).as("the demo's acknowledgements to count").isNotEmpty();

        Map<String, List<Double>> figures = byKey(table("acknowledgement-by-version", period));

        assertThat(figures.keySet()).isEqualTo(direct.keySet());
        direct.forEach((version, counts) -> assertThat(figures.get(version).subList(0, 3))
                .as("version %s", version)
                .containsExactly((double) counts[0], (double) counts[1], (double) counts[2]));
        // per department, the same rows add up to the same totals
        double asked = table("acknowledgement-by-department", period).figures().rows().stream()
                .mapToDouble(r -> r.values().get(0))
                .sum();
        assertThat(asked)
                .isEqualTo(direct.values().stream().mapToLong(c -> c[0]).sum());
    }

    @Test
    void arrangementFiguresEqualADirectCountOfThePeopleWithOne() {
        HrPeriod period = wide();
        Map<String, Set<Long>> inForce = new HashMap<>();
        Map<String, Set<Long>> pending = new HashMap<>();
        jdbc.sql(
                        """
                select kind, status, employee_id from work_arrangement
                where (status = 'APPROVED' and valid_from <= ? and (valid_until is null or valid_until >= ?))
                   or status = 'PENDING'""")
                .params(period.to(), period.from())
                .query(rs -> {
                    (rs.getString(2).equals("PENDING") ? pending : inForce)
                            .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(rs.getLong(3));
                });
        assertThat(inForce).as("the demo's arrangements in force").isNotEmpty();

        PeopleTable byOffice = table("arrangements-by-office", period);
        Map<String, double[]> counted = new HashMap<>();
        for (PeopleTable.Row row : byOffice.rows()) {
            String kind = row.key().substring(row.key().indexOf('-') + 1);
            double[] sums = counted.computeIfAbsent(kind, k -> new double[2]);
            sums[0] += row.people().get(0).size();
            sums[1] += row.people().get(1).size();
        }
        inForce.forEach((kind, who) -> assertThat(counted.get(kind)[0]).as(kind).isEqualTo(who.size()));
        pending.forEach((kind, who) -> assertThat(counted.get(kind)[1]).as(kind).isEqualTo(who.size()));
    }

    @Test
    void headcountEqualsTheDirectoryAndEachFigureLeadsHrToExactlyThePeopleItCounts() throws Exception {
        HrPeriod period = wide();
        PeopleTable byOffice = table("headcount-by-office", period);
        for (Office office : Office.values()) {
            long total = people.search(new DirectoryQuery(
                            null, null, office, null, null, null, DirectoryQuery.Status.ACTIVE, 0, 1))
                    .total();
            assertThat(byKey(byOffice).get(office.name()).get(0))
                    .as(office.name())
                    .isEqualTo((double) total);
        }
        Map<Long, Long> perDepartment = people.headcountByDepartment();
        byKey(table("headcount-by-department", period))
                .forEach((key, values) -> assertThat(values.get(0)).as(key).isEqualTo((double)
                        perDepartment.getOrDefault(Long.parseLong(key.substring(1)), 0L)));

        // the dashboard links the front office's headcount to the list of those people, for HR
        Page page = get("hr", "/reports/hr", "en");
        assertThat(page.status()).isEqualTo(200);
        Matcher link = Pattern.compile("href=\"(/reports/hr/people\\?table=headcount-by-office&amp;row=FRONT[^\"]*)\"")
                .matcher(page.body());
        assertThat(link.find()).as("a link behind the front office's headcount").isTrue();
        Page names = get("hr", link.group(1).replace("&amp;", "&"), "en");
        assertThat(names.status()).isEqualTo(200);
        int listed = names.body().split("class=\"drilled-person\"", -1).length - 1;
        assertThat((double) listed).isEqualTo(byKey(byOffice).get("FRONT").get(0));

        Answer api = ApiCalls.call(
                port, "hr", "GET", "/api/reports/hr/headcount-by-office/people?row=FRONT&column=headcount", null);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.items().size()).isEqualTo(listed);
        assertThat(api.body().get("total").asInt()).isEqualTo(listed);
    }

    /** Headcount per department as at a day, counted straight from reporting's dated placements. */
    private Map<String, Long> directHeadcountByDepartment(LocalDate day) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(
                        """
                select department_id, count(distinct employee_id) from reporting_placement
                where active_from <= ? and (active_until is null or active_until > ?) group by department_id""")
                .params(day, day)
                .query(rs -> {
                    counts.put("d" + rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    private Map<String, Long> dashboardHeadcountByDepartment(LocalDate day) {
        HrPeriod period = SystemUser.call(() -> dashboard.period(day.minusDays(30), day));
        Map<String, Long> counts = new HashMap<>();
        byKey(table("headcount-by-department", period)).forEach((key, values) -> {
            if (values.get(0) > 0) {
                counts.put(key, values.get(0).longValue());
            }
        });
        return counts;
    }

    @Test
    void headcountOnAnyDayEqualsADirectCountOfPlacementsAndFollowsAMoveBetweenDepartments() throws Exception {
        // given someone hired 100 days ago into one department, and a position of another department
        LocalDate today = SystemUser.call(() -> dashboard.period(null, null)).today();
        List<dev.kantor.people.Position> positions = people.positions().stream()
                .filter(dev.kantor.people.Position::isActive)
                .toList();
        dev.kantor.people.Position first = positions.get(0);
        dev.kantor.people.Position other = positions.stream()
                .filter(p -> !p.getDepartmentId().equals(first.getDepartmentId()))
                .findFirst()
                .orElseThrow();
        String email = "moved." + System.nanoTime() + "@sinarmaju.example";
        Answer hired = ApiCalls.call(
                port,
                "hr",
                "POST",
                "/api/people",
                """
                {"fullName":"Rina Pindah","email":"%s","positionId":%d,"hiredOn":"%s","skills":[],"languages":["id"]}"""
                        .formatted(email, first.getId(), today.minusDays(100)));
        assertThat(hired.status()).isEqualTo(201);
        long id = hired.body().get("id").asLong();
        // and a seeded history of someone who moved twice and left long ago, straight into the placements
        long seeded = 900_000_000L + (System.nanoTime() % 1_000_000);
        LocalDate moved = today.minusDays(200);
        LocalDate movedBack = today.minusDays(150);
        LocalDate left = today.minusDays(120);
        jdbc.sql(
                        """
                insert into reporting_placement (employee_id, active_from, active_until, office, department_id, position_id)
                values (?, ?, ?, 'BACK', ?, ?), (?, ?, ?, 'BACK', ?, ?), (?, ?, ?, 'BACK', ?, ?)""")
                .params(
                        seeded,
                        today.minusDays(400),
                        moved,
                        first.getDepartmentId(),
                        first.getId(),
                        seeded,
                        moved,
                        movedBack,
                        other.getDepartmentId(),
                        other.getId(),
                        seeded,
                        movedBack,
                        left,
                        first.getDepartmentId(),
                        first.getId())
                .update();
        try {
            // when HR moves the new hire to the other department today
            Answer read = ApiCalls.call(port, "hr", "GET", "/api/people/" + id, null);
            Answer changed = ApiCalls.call(
                    port,
                    "hr",
                    "PUT",
                    "/api/people/" + id,
                    """
                    {"fullName":"Rina Pindah","email":"%s","positionId":%d,"hiredOn":"%s","skills":[],"languages":["id"],
                     "version":%d}"""
                            .formatted(
                                    email,
                                    other.getId(),
                                    today.minusDays(100),
                                    read.body().get("version").asInt()));
            assertThat(changed.status()).isEqualTo(200);

            // then reporting keeps two stretches: the first department until today, the other from today
            List<String> stretches = jdbc.sql(
                            "select department_id, active_from, active_until from reporting_placement "
                                    + "where employee_id = ? order by active_from")
                    .param(id)
                    .query((rs, row) -> rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getDate(3))
                    .list();
            assertThat(stretches)
                    .containsExactly(
                            first.getDepartmentId() + " " + today.minusDays(100) + " " + today,
                            other.getDepartmentId() + " " + today + " null");
            // and the same event delivered twice more changes nothing
            for (int i = 0; i < 2; i++) {
                transactions.executeWithoutResult(
                        status -> events.publishEvent(new dev.kantor.people.EmployeeChanged(id)));
            }
            assertThat(jdbc.sql("select count(*) from reporting_placement where employee_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(2L);

            // and on every day asked, before, between and after the moves, each department's headcount is the
            // direct count of the placements holding that day
            for (LocalDate day : List.of(
                    today,
                    today.minusDays(1),
                    today.minusDays(99),
                    today.minusDays(101),
                    today.minusDays(130),
                    today.minusDays(170),
                    today.minusDays(300))) {
                assertThat(dashboardHeadcountByDepartment(day))
                        .as("headcount on %s", day)
                        .isEqualTo(directHeadcountByDepartment(day));
            }
            assertThat(table(
                                    "headcount-by-department",
                                    SystemUser.call(() -> dashboard.period(today.minusDays(5), today.minusDays(1))))
                            .behind("d" + first.getDepartmentId(), "headcount"))
                    .contains(id);
            assertThat(table(
                                    "headcount-by-department",
                                    SystemUser.call(() -> dashboard.period(today.minusDays(5), today)))
                            .behind("d" + first.getDepartmentId(), "headcount"))
                    .doesNotContain(id);
            // the trend per office at each month's end adds up to the headcount by office on those days
            HrPeriod year = SystemUser.call(() -> dashboard.period(today.minusDays(364), today));
            PeopleTable trend = table("headcount-trend", year);
            assertThat(trend.rows()).hasSizeGreaterThanOrEqualTo(12);
            for (PeopleTable.Row row : trend.rows()) {
                LocalDate day = LocalDate.parse(row.key());
                long direct = directHeadcountByDepartment(day).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                long counted = row.people().stream().mapToLong(Set::size).sum();
                assertThat(counted).as("trend on %s", day).isEqualTo(direct);
            }

            // and HR drills down from the old department's headcount of yesterday to the names, in the page
            Page names = get(
                    "hr",
                    "/reports/hr/people?table=headcount-by-department&row=d" + first.getDepartmentId()
                            + "&column=headcount&from=" + today.minusDays(5) + "&to=" + today.minusDays(1),
                    "id");
            assertThat(names.status()).isEqualTo(200);
            assertThat(names.body()).contains("Rina Pindah");
            Page csv = get("hr", "/reports/hr/headcount-trend.csv?from=" + year.from() + "&to=" + today, "id");
            assertThat(csv.body()).startsWith("\uFEFFHari,Front office,Back office,Hibrida");
        } finally {
            jdbc.sql("delete from reporting_placement where employee_id = ?")
                    .param(seeded)
                    .update();
            ApiCalls.call(port, "hr", "POST", "/api/people/" + id + "/deactivation", null);
        }
    }

    private long hire(String name, long position, LocalDate hiredOn) throws Exception {
        Answer hired = ApiCalls.call(
                port,
                "hr",
                "POST",
                "/api/people",
                """
                {"fullName":"%s","email":"rebuilt.%d@sinarmaju.example","positionId":%d,"hiredOn":"%s",
                 "skills":[],"languages":["id"]}"""
                        .formatted(name, System.nanoTime(), position, hiredOn));
        assertThat(hired.status()).isEqualTo(201);
        return hired.body().get("id").asLong();
    }

    private List<String> stretchesOf(long employee) {
        return jdbc.sql("select active_from, active_until, department_id from reporting_placement "
                        + "where employee_id = ? order by active_from")
                .param(employee)
                .query((rs, row) -> rs.getDate(1) + " " + rs.getDate(2) + " d" + rs.getLong(3))
                .list();
    }

    @Test
    void aRebuildStartsThoseWithNoHistoryOnTheirHiringDayUntilTheAuditTrailSaysTheyLeftAndKeepsTheRest()
            throws Exception {
        // given someone hired 30 days ago who left today and of whom reporting kept nothing (as before V71)
        LocalDate today = SystemUser.call(() -> dashboard.period(null, null)).today();
        dev.kantor.people.Position position = people.positions().stream()
                .filter(dev.kantor.people.Position::isActive)
                .findFirst()
                .orElseThrow();
        long left = hire("Sari Keluar", position.getId(), today.minusDays(30));
        assertThat(ApiCalls.call(port, "hr", "POST", "/api/people/" + left + "/deactivation", null)
                        .status())
                .isEqualTo(200);
        jdbc.sql("delete from reporting_placement where employee_id = ?")
                .param(left)
                .update();
        // and someone whose move 20 days ago reporting kept from people's event
        long kept = hire("Tono Tetap", position.getId(), today.minusDays(60));
        jdbc.sql("update reporting_placement set active_until = ? where employee_id = ?")
                .params(today.minusDays(20), kept)
                .update();
        jdbc.sql(
                        """
                insert into reporting_placement (employee_id, active_from, active_until, office, department_id, position_id)
                select employee_id, ?, null, office, department_id, position_id from reporting_placement
                where employee_id = ?""")
                .params(today.minusDays(20), kept)
                .update();
        List<String> keptBefore = stretchesOf(kept);
        try {
            // when an admin rebuilds every figure
            SystemUser.call(() -> rollups.rebuildAll("test"));

            // then the one with no history counts from their hiring day until the day they left
            assertThat(stretchesOf(left))
                    .containsExactly(today.minusDays(30) + " " + today + " d" + position.getDepartmentId());
            // and the dated move kept from events is not forgotten
            assertThat(stretchesOf(kept)).hasSize(2).isEqualTo(keptBefore);
            // and today's headcount is the directory's, office by office
            PeopleTable byOffice = table("headcount-by-office", wide());
            for (Office office : Office.values()) {
                long total = people.search(new DirectoryQuery(
                                null, null, office, null, null, null, DirectoryQuery.Status.ACTIVE, 0, 1))
                        .total();
                assertThat(byKey(byOffice).get(office.name()).get(0))
                        .as(office.name())
                        .isEqualTo((double) total);
            }
        } finally {
            ApiCalls.call(port, "hr", "POST", "/api/people/" + kept + "/deactivation", null);
        }
    }

    @Test
    void skillGapsCountOnlyThePeopleInThePositionAndSharedResultsNeverShowFewerThanThree() {
        HrPeriod period = wide();
        Map<Long, Long> perPosition = people.headcountByPosition();
        PeopleTable gaps = table("skill-gaps", period);
        assertThat(gaps.rows()).as("the demo's role profiles").isNotEmpty();
        for (PeopleTable.Row row : gaps.rows()) {
            long position = Long.parseLong(row.key().substring(1, row.key().indexOf('-')));
            assertThat((long) row.people().get(0).size()).as(row.key()).isEqualTo(perPosition.get(position));
            assertThat(row.people().get(0)).containsAll(row.people().get(1));
        }

        FigureTable results = SystemUser.call(() -> dashboard.counts(period, Locale.ENGLISH)).stream()
                .filter(t -> t.id().equals("assessment-results"))
                .findFirst()
                .orElseThrow();
        long sharing = jdbc.sql("select count(*) from assessment_consent where audience = 'HR'")
                .query(Long.class)
                .single();
        assertThat(results.rows()).allSatisfy(r -> assertThat(r.values().get(0)).isGreaterThanOrEqualTo(3.0));
        // a dimension's counts never add up to more people than share their results with HR
        Map<String, Double> perDimension = new HashMap<>();
        results.rows()
                .forEach(r -> perDimension.merge(r.labels().get(0), r.values().get(0), Double::sum));
        assertThat(perDimension.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(sharing));
    }

    @Test
    void hoursScheduledAreThePublishedShiftsLessBreaksAgainstTheContractAndOnlyEverMine() throws Exception {
        // given the agent's published week of 2 March 2020: 9 h less 1 h, 9 h less 30 min, and 4 h
        long agent = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        long queue =
                jdbc.sql("select min(id) from work_queue").query(Long.class).single();
        LocalDate monday = LocalDate.of(2020, 3, 2);
        ZoneId zone = calendars.zone();
        jdbc.sql(
                        """
                insert into schedule (queue_id, monday, status, version, published_version, published_at, published_by,
                    requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                values (?, ?, 'PUBLISHED', 1, 1, ?, 'test', 'TYPED', '{}', '[]', ?, ?, 'test', ?)""")
                .params(
                        queue,
                        monday,
                        Timestamp.from(monday.atStartOfDay(zone).toInstant()),
                        Timestamp.from(monday.atStartOfDay(zone).toInstant()),
                        Timestamp.from(monday.plusWeeks(1).atStartOfDay(zone).toInstant()),
                        Timestamp.from(monday.atStartOfDay(zone).toInstant()))
                .update();
        long schedule = jdbc.sql("select id from schedule where queue_id = ? and monday = ?")
                .params(queue, monday)
                .query(Long.class)
                .single();
        try {
            shift(schedule, agent, monday, 8, 17, 60);
            shift(schedule, agent, monday.plusDays(1), 8, 17, 30);
            shift(schedule, agent, monday.plusDays(2), 13, 17, 0);

            // then my figures count 20.5 h against a 40 h week, and HR's the same within the agent's department
            List<WeekHours.Week> weeks = workedHours.weeks(agent, monday, monday.plusDays(6));
            assertThat(weeks).singleElement().satisfies(w -> {
                assertThat(w.scheduled()).isEqualTo(20.5);
                assertThat(w.contract()).isEqualTo(40.0);
            });
            Page mine = get("agent", "/reports/mine?from=2020-03-02&to=2020-03-08", "en");
            assertThat(mine.body()).contains("20.5", "40.0", "-19.5");
            Page csv = get("agent", "/reports/mine/hours.csv?from=2020-03-02&to=2020-03-08", "id");
            assertThat(csv.body()).contains("20,5", "40,0");
            Answer api = ApiCalls.call(port, "agent", "GET", "/api/reports/mine?from=2020-03-02&to=2020-03-08", null);
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.items().get(1).get("id").asString()).isEqualTo("my-hours");
            assertThat(api.body().get("total").asInt()).isEqualTo(2);
            assertThat(api.items().get(1).get("rows").get(0).toString())
                    .contains("2020-03-02")
                    .contains("20.5", "40.0", "-19.5");
            // someone else's week is nobody's business but theirs: the manager's figures show no hours of the agent
            assertThat(get("manager", "/reports/mine?from=2020-03-02&to=2020-03-08", "en")
                            .body())
                    .doesNotContain("20.5");
            assertThat(ApiCalls.call(port, "manager", "GET", "/api/reports/mine?from=2020-03-02&to=2020-03-08", null)
                            .items()
                            .get(1)
                            .get("rows")
                            .get(0)
                            .toString())
                    .doesNotContain("20.5");
            HrPeriod march = SystemUser.call(() -> dashboard.period(monday, monday.plusDays(6)));
            FigureTable perDepartment = SystemUser.call(() -> dashboard.counts(march, Locale.ENGLISH)).stream()
                    .filter(t -> t.id().equals("hours-by-department"))
                    .findFirst()
                    .orElseThrow();
            double scheduled = perDepartment.rows().stream()
                    .mapToDouble(r -> r.values().get(1))
                    .sum();
            assertThat(scheduled).isEqualTo(20.5);
        } finally {
            jdbc.sql("delete from schedule where id = ?").param(schedule).update();
        }
    }

    private void shift(long schedule, long employee, LocalDate day, int from, int to, int breakMinutes) {
        ZoneId zone = calendars.zone();
        jdbc.sql(
                        """
                insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type, starts, ends,
                    starts_at, ends_at)
                values (?, ?, ?, 0, 'Day', ?, ?, ?, ?)""")
                .params(
                        schedule,
                        employee,
                        day,
                        java.time.LocalTime.of(from, 0),
                        java.time.LocalTime.of(to, 0),
                        Timestamp.from(day.atTime(from, 0).atZone(zone).toInstant()),
                        Timestamp.from(day.atTime(to, 0).atZone(zone).toInstant()))
                .update();
        if (breakMinutes > 0) {
            long id = jdbc.sql("select max(id) from schedule_published_shift where employee_id = ?")
                    .param(employee)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into schedule_published_break (shift_id, position, name, starts_at, ends_at) "
                            + "values (?, 0, 'Break', ?, ?)")
                    .params(
                            id,
                            Timestamp.from(day.atTime(from + 4, 0).atZone(zone).toInstant()),
                            Timestamp.from(day.atTime(from + 4, 0)
                                    .atZone(zone)
                                    .toInstant()
                                    .plusSeconds(breakMinutes * 60L)))
                    .update();
        }
    }

    @Test
    void hrFiguresAreRefusedToManagersAndAgentsOnPageCsvAndApi() throws Exception {
        List<String> pages = List.of(
                "/reports/hr",
                "/reports/hr/acknowledgement-by-version.csv",
                "/reports/hr/skill-gaps.csv",
                "/reports/hr/assessment-results.csv",
                "/reports/hr/people?table=headcount-by-office&row=FRONT&column=headcount");
        for (String path : pages) {
            for (String user : List.of("agent", "manager")) {
                assertThat(get(user, path, "en").status())
                        .as("%s on %s", user, path)
                        .isEqualTo(403);
            }
            assertThat(get("hr", path, "en").status()).as("hr on %s", path).isEqualTo(200);
        }
        for (String path :
                List.of("/api/reports/hr", "/api/reports/hr/headcount-by-office/people?row=FRONT&column=headcount")) {
            for (String user : List.of("agent", "manager")) {
                Answer refused = ApiCalls.call(port, user, "GET", path, null);
                assertThat(refused.status()).as("%s on %s", user, path).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
        }
        Answer all = ApiCalls.call(port, "hr", "GET", "/api/reports/hr", null);
        assertThat(all.status()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        all.items().forEach(t -> ids.add(t.get("id").asString()));
        assertThat(ids)
                .contains(
                        "headcount-by-office",
                        "acknowledgement-by-version",
                        "arrangements-by-department",
                        "skill-gaps",
                        "assessment-results",
                        "hours-by-department");
        // a list like every other: paged, sorted only by what it names, the rest refused naming sort
        Answer firstTwo = ApiCalls.call(port, "hr", "GET", "/api/reports/hr?sort=id&size=2", null);
        assertThat(firstTwo.items()).hasSize(2);
        assertThat(firstTwo.body().get("total").asInt()).isEqualTo(all.items().size());
        assertThat(firstTwo.items().get(0).get("id").asString())
                .isEqualTo(ids.stream().sorted().findFirst().orElseThrow());
        Answer badSort = ApiCalls.call(port, "hr", "GET", "/api/reports/hr?sort=rows", null);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body().toString()).contains("\"sort\"");
        assertThat(ApiCalls.call(port, "hr", "GET", "/api/reports/hr/nothing-like-it/people?row=x&column=y", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDashboardItselfRefusesAManagerAsWellAsItsPages() {
        long manager = people.employeeByEmail("dewi.lestari@sinarmaju.example")
                .orElseThrow()
                .getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemUser.callAs(
                        manager,
                        dev.kantor.platform.security.Role.MANAGER,
                        () -> dashboard.tables(wide(), Locale.ENGLISH)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theDashboardAndMyHoursSpeakBothLanguages() throws Exception {
        Page english = get("hr", "/reports/hr", "en");
        assertThat(english.body())
                .contains("Policy acknowledgement per version", "Work arrangements per department", "Skill gaps");
        Page indonesian = get("hr", "/reports/hr", "id");
        assertThat(indonesian.body())
                .contains(
                        "Pengakuan kebijakan per versi", "Pengaturan kerja per departemen", "Kesenjangan keterampilan");
        Page csv = get("hr", "/reports/hr/acknowledgement-by-version.csv", "id");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFKebijakan (versi),Diminta,Diakui,Terlambat,Diakui (%)");

        Page mine = get("agent", "/reports/mine", "en");
        assertThat(mine.body()).contains("My hours against my contract, week by week");
        assertThat(get("agent", "/reports/mine", "id").body()).contains("Jam saya terhadap kontrak saya");
        Page hours = get("agent", "/reports/mine/hours.csv", "en");
        assertThat(hours.status()).isEqualTo(200);
        assertThat(hours.body())
                .startsWith("\uFEFFWeek starting,Hours scheduled,Hours absent,Hours beyond the schedule,Hours worked,"
                        + "Contract hours,Difference (hours)");
    }

    @Test
    void hrSetsAnEmployeesContractHoursThroughTheApiAndBadHoursAreRefusedNamingTheField() throws Exception {
        long agent = people.employeeByEmail("agus.pratama@sinarmaju.example")
                .orElseThrow()
                .getId();
        Answer before = ApiCalls.call(port, "hr", "GET", "/api/people/" + agent, null);
        assertThat(before.body().get("weeklyContractHours").asDouble()).isEqualTo(40.0);

        Answer refused = ApiCalls.call(port, "hr", "PUT", "/api/people/" + agent, change(before, "0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("weeklyContractHours");

        try {
            Answer changed = ApiCalls.call(port, "hr", "PUT", "/api/people/" + agent, change(before, "37.5"));
            assertThat(changed.status()).isEqualTo(200);
            assertThat(ApiCalls.call(port, "hr", "GET", "/api/people/" + agent, null)
                            .body()
                            .get("weeklyContractHours")
                            .asDouble())
                    .isEqualTo(37.5);
        } finally {
            Answer now = ApiCalls.call(port, "hr", "GET", "/api/people/" + agent, null);
            ApiCalls.call(port, "hr", "PUT", "/api/people/" + agent, change(now, "40"));
        }
    }

    /** The employee as read, with other contract hours: a PUT of the whole state. */
    private static String change(Answer read, String hours) {
        tools.jackson.databind.JsonNode e = read.body();
        StringBuilder skills = new StringBuilder("[");
        e.get("skills").forEach(s -> skills.append(skills.length() > 1 ? "," : "")
                .append("{\"code\":\"")
                .append(s.get("code").asString())
                .append("\",\"level\":")
                .append(s.get("level").asInt())
                .append("}"));
        skills.append("]");
        StringBuilder languages = new StringBuilder("[");
        e.get("languages").forEach(l -> languages
                .append(languages.length() > 1 ? "," : "")
                .append('"')
                .append(l.asString())
                .append('"'));
        languages.append("]");
        return """
                {"employeeNumber":"%s","fullName":"%s","email":"%s","phone":%s,"positionId":%d,"managerId":%s,
                 "hiredOn":%s,"skills":%s,"languages":%s,"version":%d,"weeklyContractHours":%s}"""
                .formatted(
                        e.get("employeeNumber").asString(),
                        e.get("fullName").asString(),
                        e.get("email").asString(),
                        e.get("phone").isNull() ? "null" : "\"" + e.get("phone").asString() + "\"",
                        e.get("position").get("id").asLong(),
                        e.get("manager").isNull()
                                ? "null"
                                : String.valueOf(e.get("manager").get("id").asLong()),
                        e.get("hiredOn").isNull()
                                ? "null"
                                : "\"" + e.get("hiredOn").asString() + "\"",
                        skills,
                        languages,
                        e.get("version").asInt(),
                        hours);
    }
}
