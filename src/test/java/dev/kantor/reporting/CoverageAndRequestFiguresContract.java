package dev.kantor.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;
import dev.kantor.floor.closing.FillInClosing;
import dev.kantor.floor.closing.IntervalClosing;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.reporting.backoffice.InternalSatisfaction;
import dev.kantor.reporting.coverage.CoverageFigures;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.rollup.RebuildAfterUpgrade;
import dev.kantor.service.InternalRequestRated;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Page;
import dev.kantor.support.HandledEvents;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coverage (short intervals, fill-in minutes) and internal satisfaction on seeded events: every figure equals a
 * direct count of the events and of reporting's rows, each event delivered twice counting once; the floor says
 * each closed interval and ended fill-in once however often it closes the day; the back-office dashboard drills
 * down to the requests behind a figure, of the viewer's own department only; coverage (pages, CSV and API) is
 * refused to a back-office manager and to an agent. Runs on H2 and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CoverageAndRequestFiguresContract {

    /** Queues, departments and requests no demo data uses, on days before any demo history. */
    static final long FIRST_QUEUE = 910_001;

    static final int QUEUES = 3;
    static final long OTHER_DEPARTMENT = 920_001;
    static final long FIRST_FILL_IN = 930_001;
    static final long FIRST_REQUEST = 940_001;
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 2, 3);
    static final int DAYS = 5;
    static final long SEED = 20_260_219L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    CoverageFigures coverage;

    @Autowired
    InternalSatisfaction satisfaction;

    @Autowired
    IntervalClosing intervalClosing;

    @Autowired
    FillInClosing fillInClosing;

    @Autowired
    FigureRollups rollups;

    @Autowired
    RebuildAfterUpgrade afterUpgrade;

    @Autowired
    EventSerializer serializer;

    @Autowired
    IncompleteEventPublications incomplete;

    Page get(String user, String path, String language) throws Exception {
        return ApiCalls.page(port, user, path, language);
    }

    @AfterEach
    void forgetTheSeededFigures() {
        java.sql.Date firstDay = java.sql.Date.valueOf(FIRST_DAY);
        java.sql.Date lastDay = java.sql.Date.valueOf(FIRST_DAY.plusDays(DAYS));
        for (String table : List.of("reporting_interval", "reporting_coverage_day", "reporting_fill_in")) {
            jdbc.sql("delete from " + table + " where on_day between ? and ?")
                    .params(firstDay, lastDay)
                    .update();
        }
        jdbc.sql("delete from reporting_interval where queue_id >= ? and queue_id < ?")
                .params(FIRST_QUEUE, FIRST_QUEUE + QUEUES)
                .update();
        jdbc.sql("delete from reporting_coverage_day where queue_id >= ? and queue_id < ?")
                .params(FIRST_QUEUE, FIRST_QUEUE + QUEUES)
                .update();
        jdbc.sql("delete from reporting_fill_in where fill_in_id >= ?")
                .param(FIRST_FILL_IN)
                .update();
        jdbc.sql("delete from reporting_request_rating where request_id >= ?")
                .param(FIRST_REQUEST)
                .update();
        jdbc.sql("delete from reporting_request_rating_day where on_day between ? and ?")
                .params(java.sql.Date.valueOf(FIRST_DAY), java.sql.Date.valueOf(FIRST_DAY.plusDays(DAYS)))
                .update();
    }

    /** Publishes the events in a transaction, as a module does: the listeners hear them after it commits. */
    void deliver(List<?> seeded) {
        transactions.executeWithoutResult(status -> seeded.forEach(events::publishEvent));
    }

    /**
     * Waits until reporting's listener has handled the events this test published, and only those: other tests'
     * publications in the shared registry are none of its business (see {@link HandledEvents}).
     */
    void awaitHandled(String listener, List<?> published) {
        new HandledEvents(jdbc, serializer, incomplete).await(listener, published);
    }

    Instant at(LocalDate day, int minutes) {
        ZoneId zone = calendars.zone();
        return day.atTime(8, 0).atZone(zone).toInstant().plusSeconds(60L * minutes);
    }

    record Seeded<T>(List<T> events, Map<List<String>, double[]> expected) {}

    /** A week of intervals and fill-ins on three queues, drawn from a fixed seed, and what they should count. */
    Seeded<Object> coverageOfAWeek() {
        Random random = new Random(SEED);
        List<Object> seeded = new ArrayList<>();
        Map<List<String>, double[]> expected = new HashMap<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            for (long queue = FIRST_QUEUE; queue < FIRST_QUEUE + QUEUES; queue++) {
                int intervals = 4 + random.nextInt(20);
                double[] counts =
                        expected.computeIfAbsent(List.of(String.valueOf(queue), day.toString()), k -> new double[4]);
                for (int i = 0; i < intervals; i++) {
                    int required = 1 + random.nextInt(4);
                    int staffed = random.nextInt(5);
                    seeded.add(new IntervalCovered(queue, at(day, 15 * i), at(day, 15 * i + 15), required, staffed));
                    counts[0]++;
                    counts[1] += staffed < required ? 1 : 0;
                }
            }
        }
        for (long id = FIRST_FILL_IN; id < FIRST_FILL_IN + 12; id++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            long queue = FIRST_QUEUE + random.nextInt(QUEUES);
            int start = random.nextInt(480);
            int minutes = 5 + random.nextInt(120);
            seeded.add(new FillInEnded(id, queue, 12, at(day, start), at(day, start + minutes), minutes));
            double[] counts =
                    expected.computeIfAbsent(List.of(String.valueOf(queue), day.toString()), k -> new double[4]);
            counts[2]++;
            counts[3] += minutes;
        }
        return new Seeded<>(seeded, expected);
    }

    FigureFilter seededWeek() {
        return new FigureFilter(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), null, null, null);
    }

    @Test
    void coverageEqualsADirectCountOfTheSeededIntervalsAndFillInsEachCountedOnce() {
        Seeded<Object> week = coverageOfAWeek();

        // when every event is delivered, and then each again in another order
        deliver(week.events());
        List<Object> again = new ArrayList<>(week.events());
        Collections.shuffle(again, new Random(SEED));
        deliver(again);
        awaitHandled("CoverageRollup", week.events());

        // then each figure is what counting the seeded events gives
        Map<List<String>, double[]> shown = new HashMap<>();
        for (FigureTable.Row row : coverage.table(seededWeek()).rows()) {
            if (Long.parseLong(row.labels().get(0)) >= FIRST_QUEUE) {
                shown.put(
                        row.labels(),
                        row.values().stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        assertThat(shown.keySet()).isEqualTo(week.expected().keySet());
        week.expected()
                .forEach((row, counts) ->
                        assertThat(shown.get(row)).as("coverage of %s", row).containsExactly(counts));
        // and what counting reporting's own rows gives
        assertThat(jdbc.sql("select count(*) from reporting_interval where queue_id >= ? and is_short = 1")
                        .param(FIRST_QUEUE)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) shown.values().stream().mapToDouble(c -> c[1]).sum());
        assertThat(jdbc.sql("select coalesce(sum(minutes), 0) from reporting_fill_in where fill_in_id >= ?")
                        .param(FIRST_FILL_IN)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) shown.values().stream().mapToDouble(c -> c[3]).sum());
    }

    /** A queue of the demo company and how contacts reach it. */
    record RealQueue(long id, String channel) {}

    /** The demo company's queues, and the case channels ({@code cases.Channel}) each serves. */
    List<RealQueue> realQueues() {
        return jdbc.sql("select id, channel from work_queue order by id")
                .query((rs, n) -> new RealQueue(rs.getLong(1), rs.getString(2)))
                .list();
    }

    static List<String> caseChannels(String queueChannel) {
        return switch (queueChannel) {
            case "PHONE" -> List.of("PHONE");
            case "FRONT_DESK" -> List.of("WALK_IN");
            case "CHAT" -> List.of("CHAT");
            default -> List.of("EMAIL", "WEB");
        };
    }

    long employeeOf(String username) {
        return jdbc.sql("select employee_id from user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    long departmentOf(long employeeId) {
        return jdbc.sql(
                        "select p.department_id from employee e join job_position p on p.id = e.position_id where e.id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
    }

    /** What one filter keeps of the seeded events, counted directly: per queue and day, as the table shows. */
    static Map<List<String>, double[]> counted(
            List<Object> events,
            java.util.function.Predicate<Object> kept,
            java.util.function.ToLongFunction<Object> queueOf,
            java.util.function.Function<Object, LocalDate> dayOf) {
        Map<List<String>, double[]> expected = new HashMap<>();
        for (Object event : events) {
            if (!kept.test(event)) {
                continue;
            }
            double[] counts = expected.computeIfAbsent(
                    List.of(
                            String.valueOf(queueOf.applyAsLong(event)),
                            dayOf.apply(event).toString()),
                    k -> new double[4]);
            if (event instanceof IntervalCovered i) {
                counts[0]++;
                counts[1] += i.isShort() ? 1 : 0;
            } else if (event instanceof FillInEnded f) {
                counts[2]++;
                counts[3] += f.minutes();
            }
        }
        return expected;
    }

    Map<List<String>, double[]> shown(FigureTable table) {
        Map<List<String>, double[]> shown = new HashMap<>();
        for (FigureTable.Row row : table.rows()) {
            shown.put(
                    row.labels(),
                    row.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return shown;
    }

    @Test
    void coverageFollowsTheDepartmentChannelAndQueueFiltersAsDirectCountsOfTheSeededEventsGive() throws Exception {
        // given a week of intervals on the demo's queues, each answered for by one of two departments or none,
        // and fill-ins by two managers of different departments, each delivered twice
        List<RealQueue> queues = realQueues();
        assertThat(queues).as("the demo's queues").hasSizeGreaterThanOrEqualTo(2);
        long frontManager = employeeOf("manager");
        long backManager = employeeOf("backoffice");
        long frontDepartment = departmentOf(frontManager);
        long backDepartment = departmentOf(backManager);
        assertThat(frontDepartment).isNotEqualTo(backDepartment);
        Long[] answering = {frontDepartment, backDepartment, null};
        Random random = new Random(SEED + 2);
        List<Object> seeded = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            for (RealQueue queue : queues) {
                Long department = answering[random.nextInt(answering.length)];
                for (int i = 0; i < 2 + random.nextInt(6); i++) {
                    int required = 1 + random.nextInt(4);
                    seeded.add(new IntervalCovered(
                            queue.id(),
                            at(day, 15 * i),
                            at(day, 15 * i + 15),
                            required,
                            random.nextInt(5),
                            department));
                }
            }
        }
        for (long id = FIRST_FILL_IN + 100; id < FIRST_FILL_IN + 116; id++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            RealQueue queue = queues.get(random.nextInt(queues.size()));
            int start = random.nextInt(480);
            int minutes = 5 + random.nextInt(90);
            long manager = random.nextBoolean() ? frontManager : backManager;
            seeded.add(new FillInEnded(id, queue.id(), manager, at(day, start), at(day, start + minutes), minutes));
        }
        deliver(seeded);
        deliver(seeded);
        awaitHandled("CoverageRollup", seeded);

        Map<Long, String> channelOf = new HashMap<>();
        queues.forEach(q -> channelOf.put(q.id(), q.channel()));
        java.util.function.ToLongFunction<Object> queueOf =
                e -> e instanceof IntervalCovered i ? i.queueId() : ((FillInEnded) e).queueId();
        java.util.function.Function<Object, LocalDate> dayOf = e -> LocalDate.ofInstant(
                e instanceof IntervalCovered i ? i.start() : ((FillInEnded) e).from(), calendars.zone());
        java.util.function.Function<Object, Long> departmentOfEvent = e ->
                e instanceof IntervalCovered i ? i.departmentId() : (Long) departmentOf(((FillInEnded) e).employeeId());
        FigureFilter week = seededWeek();
        String period = "from=" + week.from() + "&to=" + week.to();

        // then with no filter, each department, each channel and each queue, every figure is the direct count
        Map<String, FigureFilter> filters = new java.util.LinkedHashMap<>();
        Map<String, java.util.function.Predicate<Object>> keeps = new HashMap<>();
        Map<String, String> asked = new HashMap<>();
        filters.put("none", week);
        keeps.put("none", e -> true);
        asked.put("none", "");
        for (long department : List.of(frontDepartment, backDepartment)) {
            String name = "department " + department;
            filters.put(name, week.inDepartment(department));
            keeps.put(name, e -> Long.valueOf(department).equals(departmentOfEvent.apply(e)));
            asked.put(name, "&department=" + department);
        }
        for (String channel : List.of("PHONE", "WALK_IN", "CHAT", "EMAIL", "WEB")) {
            String name = "channel " + channel;
            filters.put(name, new FigureFilter(week.from(), week.to(), null, null, channel));
            keeps.put(name, e -> caseChannels(channelOf.get(queueOf.applyAsLong(e)))
                    .contains(channel));
            asked.put(name, "&channel=" + channel);
        }
        RealQueue first = queues.get(0);
        filters.put("queue", week.inQueue(first.id(), caseChannels(first.channel())));
        keeps.put("queue", e -> queueOf.applyAsLong(e) == first.id());
        asked.put("queue", "&queue=" + first.id());
        FigureFilter both = week.inDepartment(frontDepartment);
        filters.put(
                "department and channel",
                new FigureFilter(
                        both.from(),
                        both.to(),
                        frontDepartment,
                        null,
                        caseChannels(first.channel()).get(0)));
        keeps.put(
                "department and channel",
                e -> keeps.get("department " + frontDepartment).test(e)
                        && caseChannels(channelOf.get(queueOf.applyAsLong(e)))
                                .contains(caseChannels(first.channel()).get(0)));
        asked.put(
                "department and channel",
                "&department=" + frontDepartment + "&channel="
                        + caseChannels(first.channel()).get(0));
        for (var filter : filters.entrySet()) {
            String name = filter.getKey();
            Map<List<String>, double[]> expected = counted(seeded, keeps.get(name), queueOf, dayOf);
            Map<List<String>, double[]> shown = shown(coverage.table(filter.getValue()));
            assertThat(shown.keySet()).as("rows with %s", name).isEqualTo(expected.keySet());
            expected.forEach((row, counts) ->
                    assertThat(shown.get(row)).as("%s with %s", row, name).containsExactly(counts));

            // the API answers the same table, and the drill-down lists the very intervals and fill-ins counted
            ApiCalls.Answer api = ApiCalls.call(
                    port,
                    "manager",
                    "GET",
                    "/api/reports/coverage?" + period + asked.get(name).replace("&department=", "&departmentId="),
                    null);
            assertThat(api.status()).as("API with %s", name).isEqualTo(200);
            assertThat(api.body().get("rows").size())
                    .as("API rows with %s", name)
                    .isEqualTo(expected.size());
            double intervals = expected.values().stream().mapToDouble(c -> c[0]).sum();
            double fillIns = expected.values().stream().mapToDouble(c -> c[2]).sum();
            Page drilled = get(
                    "manager",
                    "/reports/front-office/coverage/items?measure=intervals&" + period + asked.get(name),
                    "en");
            assertThat(drilled.body().split("class=\"drilled-interval\"", -1).length - 1)
                    .as("intervals behind the figures with %s", name)
                    .isEqualTo((int) intervals);
            Page drilledFillIns = get(
                    "manager",
                    "/reports/front-office/coverage/items?measure=fill_ins&" + period + asked.get(name),
                    "id");
            assertThat(drilledFillIns.body().split("class=\"drilled-fill-in\"", -1).length - 1)
                    .as("fill-ins behind the figures with %s", name)
                    .isEqualTo((int) fillIns);
            // and the CSV has a line per row
            Page csv = get("manager", "/reports/front-office/coverage.csv?" + period + asked.get(name), "en");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body().split("\r\n", -1).length - 2)
                    .as("CSV rows with %s", name)
                    .isEqualTo(expected.size());
        }
        // and the rows reporting keeps agree with the events: each interval under the department that answered
        assertThat(jdbc.sql(
                                "select count(*) from reporting_interval where on_day between ? and ? and department_id = ?")
                        .params(java.sql.Date.valueOf(week.from()), java.sql.Date.valueOf(week.to()), backDepartment)
                        .query(Long.class)
                        .single())
                .isEqualTo(seeded.stream()
                        .filter(e -> e instanceof IntervalCovered i
                                && Long.valueOf(backDepartment).equals(i.departmentId()))
                        .count());
    }

    @Test
    void aTopicIsSaidOnTheCoverageSectionAndRefusedWhereCoverageIsAskedForAlone() throws Exception {
        String topic =
                jdbc.sql("select min(code) from topic").query(String.class).single();
        String period = "from=" + FIRST_DAY + "&to=" + FIRST_DAY.plusDays(DAYS - 1);

        // the dashboard counts coverage per queue and says so above the table, in the reader's language
        Page english = get("manager", "/reports/front-office?" + period + "&topic=" + topic, "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("id=\"coverage-note\"").contains("counted per queue, not per topic");
        assertThat(english.body())
                .contains("/reports/front-office/coverage.csv?from=")
                .doesNotContain("/reports/front-office/coverage.csv?from=" + FIRST_DAY + "&amp;to="
                        + FIRST_DAY.plusDays(DAYS - 1) + "&amp;topic=");
        assertThat(get("manager", "/reports/front-office?" + period + "&topic=" + topic, "id")
                        .body())
                .contains("dihitung per antrean, bukan per topik");
        assertThat(get("manager", "/reports/front-office?" + period, "en").body())
                .doesNotContain("coverage-note");

        // the API, the CSV and the drill-down refuse it, naming the field, rather than ignore it
        ApiCalls.Answer api =
                ApiCalls.call(port, "manager", "GET", "/api/reports/coverage?" + period + "&topic=" + topic, null);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body().toString()).contains("topic");
        assertThat(get("manager", "/reports/front-office/coverage.csv?" + period + "&topic=" + topic, "en")
                        .status())
                .isEqualTo(400);
        assertThat(get(
                                "manager",
                                "/reports/front-office/coverage/items?measure=intervals&" + period + "&topic=" + topic,
                                "en")
                        .status())
                .isEqualTo(400);
    }

    /** Ratings of a week, drawn from a fixed seed: half for the back-office manager's department, half another's. */
    List<InternalRequestRated> ratingsOfAWeek() {
        Random random = new Random(SEED + 1);
        List<InternalRequestRated> seeded = new ArrayList<>();
        long own = backOfficeDepartment();
        for (long id = FIRST_REQUEST; id < FIRST_REQUEST + 40; id++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            seeded.add(new InternalRequestRated(
                    id,
                    1,
                    id % 2 == 0 ? own : OTHER_DEPARTMENT,
                    12,
                    null,
                    1 + random.nextInt(5),
                    at(day, random.nextInt(600))));
        }
        return seeded;
    }

    void seedRatings() {
        List<InternalRequestRated> ratings = ratingsOfAWeek();
        deliver(ratings);
        deliver(ratings);
        awaitHandled("RatingRollup", ratings);
    }

    @Test
    void internalSatisfactionEqualsADirectCountOfTheSeededRatingsEachCountedOnce() {
        seedRatings();

        Map<List<String>, double[]> expected = new HashMap<>();
        for (InternalRequestRated r : ratingsOfAWeek()) {
            LocalDate day = LocalDate.ofInstant(r.at(), calendars.zone());
            double[] counts = expected.computeIfAbsent(
                    List.of(String.valueOf(r.departmentId()), day.toString()), k -> new double[2]);
            counts[0]++;
            counts[1] += r.stars();
        }
        FigureTable table = satisfaction.table(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), null);
        assertThat(table.rows()).hasSize(expected.size());
        for (FigureTable.Row row : table.rows()) {
            double[] counts = expected.get(row.labels());
            assertThat(row.values().get(0)).as("ratings of %s", row.labels()).isEqualTo(counts[0]);
            assertThat(row.values().get(1))
                    .as("average stars of %s", row.labels())
                    .isEqualTo(Math.round(counts[1] / counts[0] * 10) / 10.0);
        }
        // a back-office manager's view is the same figures, of their own department only
        assertThat(satisfaction
                        .table(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), backOfficeDepartment())
                        .rows())
                .allMatch(r -> r.labels().get(0).equals(String.valueOf(backOfficeDepartment())));
    }

    static List<Long> requestIds(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher found = Pattern.compile("/service/requests/(\\d+)\"").matcher(page);
        while (found.find()) {
            ids.add(Long.parseLong(found.group(1)));
        }
        return ids;
    }

    @Test
    void theBackOfficeDashboardDrillsDownToTheRequestsOfTheViewersOwnDepartmentOnly() throws Exception {
        seedRatings();
        String week = "&from=" + FIRST_DAY + "&to=" + FIRST_DAY.plusDays(DAYS - 1);
        long own = backOfficeDepartment();
        List<Long> ownRequests = ratingsOfAWeek().stream()
                .filter(r -> r.departmentId() == own)
                .map(InternalRequestRated::requestId)
                .toList();

        // the dashboard's figures lead to the requests behind them
        Page dashboard = get("backoffice", "/reports/back-office?" + week.substring(1), "en");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("id=\"internal-satisfaction\"")
                .contains("/reports/back-office/requests?measure=rated");
        // held to their own department, they are offered only that one, not "All"
        String departmentField = dashboard
                .body()
                .substring(dashboard.body().indexOf("id=\"department\""))
                .split("</select>")[0];
        assertThat(departmentField).doesNotContain("value=\"\"").contains("value=\"" + own + "\"");
        assertThat(get("manager", "/reports/back-office?" + week.substring(1), "en")
                        .body())
                .contains("<option value=\"\">All</option>");

        // a back-office manager asking for another department still sees only their own
        Page asked = get(
                "backoffice",
                "/reports/back-office/requests?measure=rated&department=" + OTHER_DEPARTMENT + week,
                "en");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(requestIds(asked.body())).containsExactlyInAnyOrderElementsOf(ownRequests);
        Page narrowed = get(
                "backoffice",
                "/reports/back-office/requests?measure=rated&row.department_id=" + OTHER_DEPARTMENT + week,
                "id");
        assertThat(narrowed.status()).isEqualTo(200);
        assertThat(requestIds(narrowed.body())).isEmpty();

        // a front-office manager sees every department's
        Page all = get("manager", "/reports/back-office/requests?measure=rated" + week, "en");
        assertThat(requestIds(all.body())).hasSize(ratingsOfAWeek().size());

        // an unknown figure or label is refused, naming the field
        assertThat(get("manager", "/reports/back-office/requests?measure=salary" + week, "en")
                        .status())
                .isEqualTo(400);
        assertThat(get("manager", "/reports/back-office/requests?measure=rated&row.day=yesterday" + week, "en")
                        .status())
                .isEqualTo(400);
        // and the CSV of the new table opens with the reader's columns
        Page csv = get("manager", "/reports/back-office/internal-satisfaction.csv?" + week.substring(1), "id");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFDepartemen,");
        // an agent and HR see none of it
        for (String user : List.of("agent", "hr")) {
            assertThat(get(user, "/reports/back-office/requests?measure=rated" + week, "en")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void coverageIsShownToFrontOfficeManagersWithTheItemsBehindEachFigureAndRefusedToOthers() throws Exception {
        Seeded<Object> week = coverageOfAWeek();
        deliver(week.events());
        awaitHandled("CoverageRollup", week.events());
        String period = "from=" + FIRST_DAY + "&to=" + FIRST_DAY.plusDays(DAYS - 1);

        Page dashboard = get("manager", "/reports/front-office?" + period, "en");
        assertThat(dashboard.body())
                .contains("id=\"coverage\"")
                .contains("/reports/front-office/coverage/items?measure=short_intervals");
        Page csv = get("manager", "/reports/front-office/coverage.csv?" + period, "en");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFQueue,Day,Intervals,Short intervals,Fill-ins,Fill-in minutes\r\n");

        // the short intervals behind one queue's day are listed, each once
        List<String> row = List.of(String.valueOf(FIRST_QUEUE), FIRST_DAY.toString());
        Page items = get(
                "manager",
                "/reports/front-office/coverage/items?measure=short_intervals&queue=" + FIRST_QUEUE + "&day="
                        + FIRST_DAY + "&" + period,
                "id");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.body().split("class=\"drilled-interval\"", -1).length - 1)
                .isEqualTo((int) week.expected().get(row)[1]);
        Page fillIns = get("manager", "/reports/front-office/coverage/items?measure=fill_in_minutes&" + period, "en");
        assertThat(fillIns.body().split("class=\"drilled-fill-in\"", -1).length - 1)
                .isEqualTo(12);
        assertThat(get("manager", "/reports/front-office/coverage/items?measure=opened&" + period, "en")
                        .status())
                .isEqualTo(400);

        // the same table through the API, as described in its published document
        ApiCalls.Answer api = ApiCalls.call(port, "manager", "GET", "/api/reports/coverage?" + period, null);
        assertThat(api.status()).isEqualTo(200);
        int seededRows = 0;
        for (var r : api.body().get("rows")) {
            seededRows += Long.parseLong(r.get("labels").get(0).asString()) >= FIRST_QUEUE ? 1 : 0;
        }
        assertThat(seededRows).isEqualTo(week.expected().size());
        for (String user : List.of("backoffice", "agent")) {
            ApiCalls.Answer refused = ApiCalls.call(port, user, "GET", "/api/reports/coverage?" + period, null);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }

        // a back-office manager is held to their department: the front office's queues are none of theirs
        assertThat(get("backoffice", "/reports/front-office?" + period, "en").body())
                .doesNotContain("id=\"coverage\"");
        for (String user : List.of("backoffice", "agent")) {
            assertThat(get(user, "/reports/front-office/coverage.csv?" + period, "en")
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(get(user, "/reports/front-office/coverage/items?measure=intervals&" + period, "en")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void theFloorSaysEachEndedFillInAndClosedIntervalOnceHoweverOftenItClosesTheDay() {
        Instant now = Instant.now();
        long queue =
                jdbc.sql("select min(id) from work_queue").query(Long.class).single();
        long manager = jdbc.sql("select employee_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                insert into floor_fill_in (queue_id, employee_id, starts_at, ends_at, created_at, created_by, version)
                values (?, ?, ?, ?, ?, 'test', 0)""")
                .params(
                        queue,
                        manager,
                        Timestamp.from(now.minusSeconds(40 * 60)),
                        Timestamp.from(now.minusSeconds(10 * 60)),
                        Timestamp.from(now.minusSeconds(40 * 60)))
                .update();
        long fillIn = jdbc.sql("select max(id) from floor_fill_in where created_by = 'test'")
                .query(Long.class)
                .single();
        try {
            // when two nodes (or one, twice) close the day
            int first = fillInClosing.closeUpTo(now);
            int second = fillInClosing.closeUpTo(now);
            int intervals = intervalClosing.closeUpTo(now);
            int intervalsAgain = intervalClosing.closeUpTo(now);

            // then the fill-in was said once, and reached the figures with its minutes
            assertThat(first).isEqualTo(1);
            assertThat(second).isZero();
            assertThat(intervalsAgain).isZero();
            assertThat(jdbc.sql("select count(*) from floor_closed_interval")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(intervals);
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            jdbc.sql("select count(*) from reporting_fill_in where fill_in_id = ? and minutes = 30")
                                            .param(fillIn)
                                            .query(Long.class)
                                            .single()
                                    == 1);
        } finally {
            jdbc.sql("delete from reporting_fill_in where fill_in_id = ?")
                    .param(fillIn)
                    .update();
            jdbc.sql("delete from floor_ended_fill_in where fill_in_id = ?")
                    .param(fillIn)
                    .update();
            jdbc.sql("delete from floor_fill_in where id = ?").param(fillIn).update();
        }
    }

    /** The seeded rows of the coverage and rating tables, each row as its columns' text, in key order. */
    Map<String, List<List<String>>> seededFigures() {
        java.sql.Date from = java.sql.Date.valueOf(FIRST_DAY);
        java.sql.Date to = java.sql.Date.valueOf(FIRST_DAY.plusDays(DAYS));
        Map<String, List<List<String>>> figures = new java.util.LinkedHashMap<>();
        figures.put(
                "intervals",
                rows(
                        "select * from reporting_interval where queue_id >= ? and queue_id < ?"
                                + " order by queue_id, interval_start",
                        FIRST_QUEUE,
                        FIRST_QUEUE + QUEUES));
        figures.put(
                "fill-ins",
                rows("select * from reporting_fill_in where fill_in_id >= ? order by fill_in_id", FIRST_FILL_IN));
        figures.put(
                "coverage days",
                rows(
                        "select * from reporting_coverage_day where queue_id >= ? and queue_id < ?"
                                + " order by on_day, queue_id, department_id",
                        FIRST_QUEUE,
                        FIRST_QUEUE + QUEUES));
        figures.put(
                "ratings",
                rows(
                        "select * from reporting_request_rating where request_id >= ? order by request_id",
                        FIRST_REQUEST));
        figures.put(
                "rating days",
                rows(
                        "select * from reporting_request_rating_day where on_day between ? and ?"
                                + " order by on_day, department_id",
                        from,
                        to));
        return figures;
    }

    List<List<String>> rows(String sql, Object... params) {
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.add(String.valueOf(rs.getObject(c)));
                    }
                    return row;
                })
                .list();
    }

    @Test
    void aRebuildAfterTheCoverageAndRatingFiguresAreWipedGivesBackExactlyWhatTheEventsHadMade() {
        Seeded<Object> week = coverageOfAWeek();
        List<InternalRequestRated> ratings = ratingsOfAWeek();
        long offering = jdbc.sql("select min(id) from service_offering")
                .query(Long.class)
                .single();
        try {
            // the floor and service keep what they said, as they do when they publish it
            for (Object said : week.events()) {
                if (said instanceof IntervalCovered i) {
                    jdbc.sql(
                                    """
                            insert into floor_closed_interval (queue_id, interval_start, interval_end, required,
                                staffed, closed_at) values (?, ?, ?, ?, ?, ?)""")
                            .params(
                                    i.queueId(),
                                    Timestamp.from(i.start()),
                                    Timestamp.from(i.end()),
                                    i.required(),
                                    i.staffed(),
                                    Timestamp.from(i.end()))
                            .update();
                } else if (said instanceof FillInEnded f) {
                    jdbc.sql(
                                    """
                            insert into floor_fill_in (id, queue_id, employee_id, starts_at, ends_at, created_at,
                                created_by, version) values (?, ?, ?, ?, ?, ?, 'rebuild-test', 0)""")
                            .params(
                                    f.fillInId(),
                                    f.queueId(),
                                    f.employeeId(),
                                    Timestamp.from(f.from()),
                                    Timestamp.from(f.until()),
                                    Timestamp.from(f.from()))
                            .update();
                    jdbc.sql("insert into floor_ended_fill_in (fill_in_id, minutes, closed_at) values (?, ?, ?)")
                            .params(f.fillInId(), f.minutes(), Timestamp.from(f.until()))
                            .update();
                }
            }
            for (InternalRequestRated r : ratings) {
                jdbc.sql(
                                """
                        insert into internal_request (id, offering_id, department_id, requester_id, status, filed_at,
                            resolved_at, target_minutes, target_met, rating, rated_at)
                        values (?, ?, ?, ?, 'RESOLVED', ?, ?, 60, true, ?, ?)""")
                        .params(
                                r.requestId(),
                                offering,
                                r.departmentId(),
                                r.requesterId(),
                                Timestamp.from(r.at().minusSeconds(7200)),
                                Timestamp.from(r.at().minusSeconds(3600)),
                                r.stars(),
                                Timestamp.from(r.at()))
                        .update();
            }
            deliver(week.events());
            deliver(ratings);
            awaitHandled("CoverageRollup", week.events());
            awaitHandled("RatingRollup", ratings);
            Map<String, List<List<String>>> made = seededFigures();
            assertThat(made.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

            // when the coverage and rating figures are wiped and rebuilt
            for (String table : List.of(
                    "reporting_coverage_day",
                    "reporting_interval",
                    "reporting_fill_in",
                    "reporting_request_rating_day",
                    "reporting_request_rating")) {
                jdbc.sql("delete from " + table).update();
            }
            RollupsRebuilt rebuilt = SystemUser.call(() -> rollups.rebuildAll("test"));

            // then they are exactly what the events had made
            assertThat(seededFigures()).isEqualTo(made);
            // and the rebuild's answer counts them, as a direct count of what it wrote gives
            assertThat(rebuilt.intervals())
                    .isEqualTo(count("reporting_interval"))
                    .isGreaterThanOrEqualTo(made.get("intervals").size());
            assertThat(rebuilt.fillIns())
                    .isEqualTo(count("reporting_fill_in"))
                    .isGreaterThanOrEqualTo(made.get("fill-ins").size());
            assertThat(rebuilt.ratings())
                    .isEqualTo(count("reporting_request_rating"))
                    .isGreaterThanOrEqualTo(made.get("ratings").size());
        } finally {
            jdbc.sql("delete from reporting_request where request_id >= ?")
                    .param(FIRST_REQUEST)
                    .update();
            jdbc.sql("delete from internal_request where id >= ?")
                    .param(FIRST_REQUEST)
                    .update();
            jdbc.sql("delete from floor_ended_fill_in where fill_in_id >= ?")
                    .param(FIRST_FILL_IN)
                    .update();
            jdbc.sql("delete from floor_fill_in where id >= ?")
                    .param(FIRST_FILL_IN)
                    .update();
            jdbc.sql("delete from floor_closed_interval where queue_id >= ? and queue_id < ?")
                    .params(FIRST_QUEUE, FIRST_QUEUE + QUEUES)
                    .update();
        }
    }

    long rebuildsAfterAnUpgrade() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'reporting-figures' and changes like ?")
                .param("%upgrade%")
                .query(Long.class)
                .single();
    }

    @Test
    void theMarkAnUpgradeLeavesTriggersExactlyOneRebuildHoweverManyNodesStart() throws Exception {
        // a fresh install was not marked, and without a mark nothing is rebuilt
        assertThat(count("reporting_rebuild_needed")).isZero();
        long before = rebuildsAfterAnUpgrade();
        assertThat(afterUpgrade.rebuildIfMarked()).isEqualTo(RebuildAfterUpgrade.Outcome.NOT_NEEDED);
        assertThat(rebuildsAfterAnUpgrade()).isEqualTo(before);
        try {
            // given a migration marked the figures as needing a rebuild
            jdbc.sql("insert into reporting_rebuild_needed (name, marked_at, reason) values ('rollups', ?, 'test')")
                    .param(Timestamp.from(Instant.now()))
                    .update();

            // when three nodes start at once, and then one again
            var nodes = java.util.concurrent.Executors.newFixedThreadPool(3);
            List<java.util.concurrent.Future<RebuildAfterUpgrade.Outcome>> outcomes = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                outcomes.add(nodes.submit(afterUpgrade::rebuildIfMarked));
            }
            List<RebuildAfterUpgrade.Outcome> said = new ArrayList<>();
            for (var outcome : outcomes) {
                said.add(outcome.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
            nodes.shutdown();
            said.add(afterUpgrade.rebuildIfMarked());

            // then exactly one rebuilt, audited as the upgrade's, and the mark is gone
            assertThat(said).containsOnlyOnce(RebuildAfterUpgrade.Outcome.REBUILT);
            assertThat(said).doesNotContain(RebuildAfterUpgrade.Outcome.BUSY);
            assertThat(rebuildsAfterAnUpgrade()).isEqualTo(before + 1);
            assertThat(count("reporting_rebuild_needed")).isZero();
        } finally {
            jdbc.sql("delete from reporting_rebuild_needed").update();
        }
    }

    @Test
    void anAdminsRebuildIsTheRebuildTheUpgradeNeeded() {
        jdbc.sql("insert into reporting_rebuild_needed (name, marked_at, reason) values ('rollups', ?, 'test')")
                .param(Timestamp.from(Instant.now()))
                .update();
        try {
            SystemUser.call(() -> rollups.rebuildAll("test"));

            assertThat(count("reporting_rebuild_needed")).isZero();
            assertThat(afterUpgrade.rebuildIfMarked()).isEqualTo(RebuildAfterUpgrade.Outcome.NOT_NEEDED);
        } finally {
            jdbc.sql("delete from reporting_rebuild_needed").update();
        }
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long backOfficeDepartment() {
        return jdbc.sql(
                        """
                select p.department_id from user_account u join employee e on e.id = u.employee_id
                join job_position p on p.id = e.position_id where u.username = 'backoffice'""")
                .query(Long.class)
                .single();
    }
}
