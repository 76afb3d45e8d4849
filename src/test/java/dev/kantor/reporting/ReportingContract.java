package dev.kantor.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kantor.cases.CaseFact;
import dev.kantor.cases.CaseFacts;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.TargetOutcome;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.FrontOfficeFigures;
import dev.kantor.reporting.rollup.CaseFigures;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.ApiCalls.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reporting over the demo company end to end: every figure of the front-office dashboard equals a
 * direct count of the cases read through cases' own API; a new case reaches the figures through its
 * events, once however often they are delivered; the CSV opens with the reader's columns and numbers;
 * and who may see what is kept, on pages, CSV and the API. Runs on H2 and PostgreSQL through its
 * subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ReportingContract {

    private static final FigureFilter EVERYTHING =
            new FigureFilter(LocalDate.of(2000, 1, 1), LocalDate.now().plusDays(2), null, null, null);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FigureRollups rollups;

    @Autowired
    CaseFacts facts;

    @Autowired
    FrontOfficeFigures figures;

    @Autowired
    CaseFigures caseFigures;

    Page get(String user, String path, String language) throws Exception {
        return ApiCalls.page(port, user, path, language);
    }

    List<CaseFact> everyCase() {
        List<CaseFact> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<CaseFact> page = facts.after(after, 1000);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.get(page.size() - 1).caseId();
        }
    }

    static Map<List<String>, List<Double>> byLabels(FigureTable table) {
        Map<List<String>, List<Double>> rows = new HashMap<>();
        table.rows().forEach(r -> rows.put(r.labels(), r.values()));
        return rows;
    }

    static void add(Map<List<String>, double[]> counts, List<String> key, int size, int at, boolean yes) {
        counts.computeIfAbsent(key, k -> new double[size])[at] += yes ? 1 : 0;
    }

    @Test
    void everyFigureEqualsADirectCountOfTheCasesReadThroughTheirOwnApi() throws Exception {
        DemoCasesReplayed.await(jdbc);
        assertThat(everyCase()).as("the demo's cases to count").isNotEmpty();
        // when the figures are rebuilt from scratch
        long counted = SystemUser.call(rollups::rebuild);
        List<CaseFact> cases = everyCase();
        assertThat(counted).isEqualTo(cases.size());

        // then targets per topic, first contact per channel, complaints per outcome and authority per topic
        // are what counting the cases gives
        Map<List<String>, double[]> targets = new HashMap<>();
        Map<List<String>, double[]> firstContact = new HashMap<>();
        Map<List<String>, double[]> complaints = new HashMap<>();
        Map<List<String>, double[]> authority = new HashMap<>();
        long rated = 0;
        long stars = 0;
        for (CaseFact c : cases) {
            List<String> topic = List.of(c.topic());
            add(targets, topic, 5, 0, true);
            add(targets, topic, 5, 1, c.firstResponse() == TargetOutcome.MET);
            add(targets, topic, 5, 2, c.firstResponse() == TargetOutcome.BREACHED);
            add(targets, topic, 5, 3, c.resolution() == TargetOutcome.MET);
            add(targets, topic, 5, 4, c.resolution() == TargetOutcome.BREACHED);
            List<String> channel = List.of(c.channel().name());
            add(firstContact, channel, 2, 0, c.resolvedAt() != null);
            add(firstContact, channel, 2, 1, c.resolvedAt() != null && c.firstContact());
            if (c.type() == CaseType.COMPLAINT) {
                add(
                        complaints,
                        List.of(
                                c.topic(),
                                c.outcome() == null ? "NONE" : c.outcome().name()),
                        1,
                        0,
                        true);
            }
            authority.computeIfAbsent(topic, k -> new double[2])[0] += c.withinAuthority();
            authority.computeIfAbsent(topic, k -> new double[2])[1] += c.sentForApproval();
            if (c.rating() != null) {
                rated++;
                stars += c.rating();
            }
        }
        Map<List<String>, List<Double>> shownTargets = byLabels(figures.table("targets-by-topic", EVERYTHING));
        assertThat(shownTargets.keySet()).isEqualTo(targets.keySet());
        targets.forEach((topic, expected) -> {
            List<Double> shown = shownTargets.get(topic);
            assertThat(List.of(shown.get(0), shown.get(1), shown.get(2), shown.get(4), shown.get(5)))
                    .as("targets of %s", topic)
                    .containsExactly(expected[0], expected[1], expected[2], expected[3], expected[4]);
        });
        Map<List<String>, List<Double>> shownFirst = byLabels(figures.table("first-contact", EVERYTHING));
        firstContact.forEach(
                (channel, expected) -> assertThat(shownFirst.get(channel).subList(0, 2))
                        .as("first contact on %s", channel)
                        .containsExactly(expected[0], expected[1]));
        Map<List<String>, List<Double>> shownComplaints = byLabels(figures.table("complaints", EVERYTHING));
        assertThat(shownComplaints.keySet()).isEqualTo(complaints.keySet());
        complaints.forEach(
                (key, expected) -> assertThat(shownComplaints.get(key).get(0))
                        .as("complaints %s", key)
                        .isEqualTo(expected[0]));
        Map<List<String>, List<Double>> shownAuthority = byLabels(figures.table("authority", EVERYTHING));
        authority.forEach((topic, expected) -> {
            if (expected[0] + expected[1] > 0) {
                assertThat(shownAuthority.get(topic).subList(0, 2))
                        .as("authority on %s", topic)
                        .containsExactly(expected[0], expected[1]);
            }
        });
        FigureTable satisfaction = figures.table("satisfaction", EVERYTHING);
        assertThat(satisfaction.rows().stream()
                        .mapToDouble(r -> r.values().get(0))
                        .sum())
                .isEqualTo((double) rated);
        assertThat(jdbc.sql("select coalesce(sum(rating_sum), 0) from reporting_service_day")
                        .query(Long.class)
                        .single())
                .isEqualTo(stars);
        // and the roll-ups hold exactly what the case lines hold
        assertThat(jdbc.sql("select coalesce(sum(opened), 0) from reporting_employee_day")
                        .query(Long.class)
                        .single())
                .isEqualTo(cases.size());
    }

    @Test
    void aNewCaseReachesTheFiguresThroughItsEventsOnceHoweverOftenTheyAreDelivered() throws Exception {
        Answer created = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "WEB", "type": "COMPLAINT", "topic": "returns", "subject": "Kettle leaks",
                 "message": "It leaks from the bottom.",
                 "customer": {"name": "Rina Wati", "email": "rina.%s@example.com", "language": "en"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (lines(id) == 0) {
            assertThat(System.nanoTime()).as("the case counted in time").isLessThan(deadline);
            Thread.sleep(100);
        }
        long opened = totalOpened();
        // delivered again, as after a restart or by redelivery
        caseFigures.count("CaseOpened:" + id, id);
        caseFigures.count("CaseOpened:" + id, id);
        assertThat(totalOpened()).isEqualTo(opened);
        assertThat(lines(id)).isEqualTo(1);
        assertThat(figures.cases(EVERYTHING, "complaints", Map.of("topic", "returns")))
                .anyMatch(c -> c.caseId() == id);
    }

    long lines(long caseId) {
        return jdbc.sql("select count(*) from reporting_case where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    long totalOpened() {
        return jdbc.sql("select coalesce(sum(opened), 0) from reporting_service_day")
                .query(Long.class)
                .single();
    }

    @Test
    void theCsvOpensWithTheReadersColumnsAndNumbersInTheirLanguage() throws Exception {
        DemoCasesReplayed.await(jdbc);
        SystemUser.call(rollups::rebuild);
        String period = "?from=" + LocalDate.now().minusDays(700) + "&to="
                + LocalDate.now().plusDays(2);

        Page english = get("manager", "/reports/front-office/targets-by-topic.csv" + period, "en");
        Page indonesian = get("manager", "/reports/front-office/targets-by-topic.csv" + period, "id");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.contentType()).startsWith("text/csv");
        assertThat(english.body())
                .startsWith("\uFEFFTopic,Cases,First response met,First response breached,First response met (%),"
                        + "Resolution met,Resolution breached,Resolution met (%)\r\n");
        assertThat(indonesian.body())
                .startsWith("\uFEFFTopik,Kasus,Respons pertama tepat waktu,Respons pertama terlambat,");
        // a share is written with the reader's decimal separator: a point in English, a comma in Indonesian
        String englishRow = english.body().split("\r\n")[1];
        String indonesianRow = indonesian.body().split("\r\n")[1];
        assertThat(englishRow).matches(".*,\\d+\\.\\d,\\d+,\\d+,\\d+\\.\\d");
        assertThat(indonesianRow).matches(".*,\"\\d+,\\d\",\\d+,\\d+,\"\\d+,\\d\"");
    }

    @Test
    void anAgentSeesOnlyTheirOwnFiguresAndHrNoneOfTheFrontOffices() throws Exception {
        for (String path : List.of(
                "/reports/front-office",
                "/reports/front-office/targets-by-topic.csv",
                "/reports/front-office/cases?measure=opened")) {
            assertThat(get("agent", path, "en").status())
                    .as("agent on %s", path)
                    .isEqualTo(403);
            assertThat(get("hr", path, "en").status()).as("hr on %s", path).isEqualTo(403);
        }
        Answer api = ApiCalls.call(port, "agent", "GET", "/api/reports/front-office", null);
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.contentType()).startsWith("application/problem+json");

        Page mine = get("agent", "/reports/mine", "en");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("My figures");
        assertThat(get("agent", "/reports/mine.csv", "en").status()).isEqualTo(200);
        assertThat(get("manager", "/reports/front-office", "en").status()).isEqualTo(200);
        assertThat(get("manager", "/reports/front-office", "id").body()).contains("Ringkasan front office");
    }

    @Test
    void theHrAndBackOfficePagesAreRefusedToThoseWhoMayNotSeeThem() throws Exception {
        for (String path : List.of("/reports/hr", "/reports/hr/headcount-by-office.csv")) {
            assertThat(get("agent", path, "en").status())
                    .as("agent on %s", path)
                    .isEqualTo(403);
            assertThat(get("manager", path, "en").status())
                    .as("manager on %s", path)
                    .isEqualTo(403);
            assertThat(get("hr", path, "en").status()).as("hr on %s", path).isEqualTo(200);
        }
        for (String path : List.of("/reports/back-office", "/reports/back-office/backlog.csv")) {
            assertThat(get("agent", path, "en").status())
                    .as("agent on %s", path)
                    .isEqualTo(403);
            assertThat(get("hr", path, "en").status()).as("hr on %s", path).isEqualTo(403);
            assertThat(get("manager", path, "en").status())
                    .as("manager on %s", path)
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyAnAdminMayRebuildTheFigures() throws Exception {
        for (String user : List.of("agent", "hr", "manager")) {
            assertThat(rebuildAsSignedIn(user).statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> admin = rebuildAsSignedIn("admin");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElse("")).endsWith("/reports/front-office");
    }

    /** Sends the rebuild form as a person signed in through the login form does, with the page's CSRF token. */
    HttpResponse<String> rebuildAsSignedIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        java.util.regex.Matcher login = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(browser.send(
                                HttpRequest.newBuilder(URI.create(base + "/login"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(login.find()).isTrue();
        HttpResponse<String> signIn = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                                + java.net.URLEncoder.encode(login.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(browser.send(
                                HttpRequest.newBuilder(URI.create(base + "/reports/mine"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(page.find()).as("the CSRF token of a page %s sees", user).isTrue();
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + "/reports/rebuild"))
                        .header("X-CSRF-TOKEN", page.group(1))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBackOfficeManagerSeesOnlyTheCasesTheirDepartmentServed() throws Exception {
        DemoCasesReplayed.await(jdbc);
        SystemUser.call(rollups::rebuild);
        String everything = "?from=" + LocalDate.now().minusDays(700) + "&to="
                + LocalDate.now().plusDays(2);

        Answer asked = ApiCalls.call(
                port, "backoffice", "GET", "/api/reports/front-office/targets-by-topic" + everything, null);
        Answer otherDepartment = ApiCalls.call(
                port,
                "backoffice",
                "GET",
                "/api/reports/front-office/targets-by-topic" + everything + "&departmentId=999999",
                null);

        assertThat(asked.status()).isEqualTo(200);
        FigureTable ownOnly = figures.table("targets-by-topic", EVERYTHING.inDepartment(backOfficeDepartment()));
        double shownOpened = 0;
        for (var row : asked.body().get("rows")) {
            shownOpened += row.get("values").get(0).asDouble();
        }
        assertThat(shownOpened)
                .isEqualTo(ownOnly.rows().stream()
                        .mapToDouble(r -> r.values().get(0))
                        .sum());
        assertThat(otherDepartment.body().get("rows").size())
                .as("another department asked for: still their own")
                .isEqualTo(asked.body().get("rows").size());
    }

    @Autowired
    dev.kantor.reporting.digest.WeeklyDigest digest;

    @Test
    void aSubscribedManagerGetsOneDigestAWeekInTheirLanguageHoweverOftenItIsSent() {
        long manager = jdbc.sql("select employee_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        jdbc.sql("delete from reporting_digest_subscription where employee_id = ?")
                .param(manager)
                .update();
        jdbc.sql("insert into reporting_digest_subscription (employee_id, language, subscribed_at) values (?, 'id', ?)")
                .params(manager, java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
        LocalDate monday = LocalDate.of(2026, 11, 16);
        try {
            // when two nodes (or one, twice) send the week
            int first = digest.send(monday);
            int second = digest.send(monday);

            // then one mail was queued for the manager, in Indonesian
            assertThat(first).isEqualTo(1);
            assertThat(second).isZero();
            List<String> subjects = jdbc.sql("select subject from staff_mail where event_key = ?")
                    .param("reporting-digest:" + monday)
                    .query(String.class)
                    .list();
            assertThat(subjects).hasSize(1);
            assertThat(subjects.get(0)).startsWith("Front office pada minggu");
        } finally {
            jdbc.sql("delete from reporting_digest_subscription where employee_id = ?")
                    .param(manager)
                    .update();
        }
    }

    @Autowired
    dev.kantor.staffing.WorkQueues queues;

    @Autowired
    dev.kantor.routing.HandoffHistory handoffHistory;

    @Autowired
    dev.kantor.service.RequestFacts requestFacts;

    /** The case channels a queue takes, as the dashboard documents them. */
    static List<String> channelsOf(dev.kantor.staffing.QueueChannel channel) {
        return switch (channel) {
            case PHONE -> List.of("PHONE");
            case FRONT_DESK -> List.of("WALK_IN");
            case CHAT -> List.of("CHAT");
            case EMAIL -> List.of("EMAIL", "WEB");
        };
    }

    @Test
    void eachQueuesFiguresAreThoseOfTheCasesOfTheChannelsItTakes() throws Exception {
        // a call logged by an agent: a case the phone line took
        Answer call = ApiCalls.call(
                port,
                "agent",
                "POST",
                "/api/cases",
                """
                {"channel": "PHONE", "type": "QUESTION", "topic": "returns", "subject": "Where is my parcel",
                 "message": "Called about a parcel.",
                 "customer": {"name": "Budi Santoso", "email": "budi.%s@example.com", "language": "id"}}"""
                        .formatted(UUID.randomUUID()));
        assertThat(call.status()).isEqualTo(201);
        DemoCasesReplayed.await(jdbc);
        SystemUser.call(rollups::rebuild);
        List<CaseFact> cases = everyCase();
        var all = queues.all();
        assertThat(all).as("the demo's work queues").isNotEmpty();

        // the per-queue table: each queue's cases and targets are a direct count of its channels' cases
        Map<List<String>, List<Double>> perQueue = byLabels(figures.table("targets-by-queue", EVERYTHING));
        for (var queue : all) {
            List<String> channels = channelsOf(queue.channel());
            List<CaseFact> its = cases.stream()
                    .filter(c -> channels.contains(c.channel().name()))
                    .toList();
            if (its.isEmpty()) {
                assertThat(perQueue).doesNotContainKey(List.of(queue.name()));
                continue;
            }
            assertThat(perQueue.get(List.of(queue.name())).subList(0, 3))
                    .as("queue %s", queue.name())
                    .containsExactly(
                            (double) its.size(),
                            (double) its.stream()
                                    .filter(c -> c.firstResponse() == TargetOutcome.MET)
                                    .count(),
                            (double) its.stream()
                                    .filter(c -> c.firstResponse() == TargetOutcome.BREACHED)
                                    .count());
        }

        // the queue filter over the API: only the queue's channels are counted
        var phone = all.stream()
                .filter(q -> q.channel() == dev.kantor.staffing.QueueChannel.PHONE)
                .findFirst()
                .orElseThrow();
        String everything = "?from=" + LocalDate.now().minusDays(700) + "&to="
                + LocalDate.now().plusDays(2);
        Answer filtered = ApiCalls.call(
                port,
                "manager",
                "GET",
                "/api/reports/front-office/targets-by-channel" + everything + "&queue=" + phone.id(),
                null);
        assertThat(filtered.status()).isEqualTo(200);
        List<String> shownChannels = new ArrayList<>();
        for (var row : filtered.body().get("rows")) {
            shownChannels.add(row.get("labels").get(0).asString());
        }
        assertThat(shownChannels).isSubsetOf(channelsOf(phone.channel()));

        // the cases behind a queue's figure are its channels' cases, and the page offers the queue as a filter
        assertThat(figures.cases(EVERYTHING, "opened", Map.of("queue", phone.name())))
                .isNotEmpty()
                .allMatch(c -> channelsOf(phone.channel()).contains(c.channel()));
        Page page = get("manager", "/reports/front-office" + everything + "&queue=" + phone.id(), "id");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Target layanan per antrean").contains("id=\"queue\"");

        // a queue that is not there is refused, naming the field
        Answer unknown =
                ApiCalls.call(port, "manager", "GET", "/api/reports/front-office" + everything + "&queue=999999", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("queue");
    }

    @Test
    void handoffsAndInternalRequestsAreRebuiltFromTheirModulesAndHandoffsFollowTheFilters() throws Exception {
        DemoCasesReplayed.await(jdbc);
        List<CaseFact> cases = everyCase();
        CaseFact theCase = cases.get(0);
        long sender = jdbc.sql("select id from employee where active = true order by id limit 1")
                .query(Long.class)
                .single();
        java.time.Instant started = java.time.Instant.now().minusSeconds(3600);
        List<Long> made = new ArrayList<>();
        try {
            // handoffs as routing keeps them (straight into its table: the demo company has none)
            for (String state : List.of("ACCEPTED", "QUEUED", "OFFERED")) {
                jdbc.sql(
                                """
                        insert into handoff (case_id, topic, language, sender_id, sender_department_id, state,
                            created_at, decided_at) values (?, ?, 'en', ?, 424242, ?, ?, ?)""")
                        .params(
                                theCase.caseId(),
                                theCase.topic(),
                                sender,
                                state,
                                java.sql.Timestamp.from(started),
                                "OFFERED".equals(state) ? null : java.sql.Timestamp.from(started.plusSeconds(120)))
                        .update();
                made.add(jdbc.sql("select max(id) from handoff")
                        .query(Long.class)
                        .single());
            }
            // when every figure is rebuilt
            RollupsRebuilt rebuilt = SystemUser.call(() -> rollups.rebuildAll("test"));

            // then handoffs and requests are counted again from routing's and service's own history
            assertThat(rebuilt.cases()).isEqualTo(cases.size());
            assertThat(rebuilt.handoffs())
                    .isEqualTo(handoffHistory.after(0, 1_000_000).size());
            assertThat(rebuilt.requests())
                    .isEqualTo(requestFacts.after(0, 1_000_000).size());
            assertThat(rebuilt.requests()).as("the demo's internal requests").isPositive();
            // and the handoffs follow the filters: the sender's department, the case's topic and channel
            FigureFilter department = new FigureFilter(
                    EVERYTHING.from(),
                    EVERYTHING.to(),
                    424242L,
                    theCase.topic(),
                    theCase.channel().name());
            FigureTable handoffs = figures.table("handoffs", department);
            assertThat(handoffs.rows()).hasSize(1);
            assertThat(handoffs.rows().get(0).values().subList(0, 2)).containsExactly(3.0, 1.0);
            assertThat(handoffs.rows().get(0).values().get(3))
                    .as("minutes to accept")
                    .isEqualTo(2.0);
            assertThat(handoffs.rows().get(0).values().get(4)).as("queued").isEqualTo(1.0);
            FigureTable otherChannel = figures.table(
                    "handoffs",
                    new FigureFilter(
                            EVERYTHING.from(),
                            EVERYTHING.to(),
                            424242L,
                            theCase.topic(),
                            theCase.channel() == dev.kantor.cases.Channel.PHONE ? "EMAIL" : "PHONE"));
            assertThat(otherChannel.rows()).isEmpty();
            // and the request figures equal service's own
            long resolvedInTarget = requestFacts.after(0, 1_000_000).stream()
                    .filter(r -> r.resolvedAt() != null && Boolean.TRUE.equals(r.targetMet()))
                    .count();
            assertThat(jdbc.sql("select coalesce(sum(target_met), 0) from reporting_request")
                            .query(Long.class)
                            .single())
                    .isEqualTo(resolvedInTarget);
        } finally {
            for (long id : made) {
                jdbc.sql("delete from handoff where id = ?").param(id).update();
            }
            SystemUser.call(rollups::rebuild);
        }
    }

    @Test
    void aRebuildIsAuditedAndASecondOneAtTheSameTimeIsRefused() throws Exception {
        DemoCasesReplayed.await(jdbc);
        // another node's rebuild is running
        jdbc.sql("insert into reporting_rebuild (name, started_at, started_by) values ('rollups', ?, 'node-2')")
                .param(java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
        try {
            assertThatThrownBy(() -> SystemUser.call(() -> rollups.rebuildAll("test")))
                    .isInstanceOfSatisfying(
                            dev.kantor.platform.KantorException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("reporting.rebuild.running"));
        } finally {
            jdbc.sql("delete from reporting_rebuild").update();
        }
        long before = audited();

        RollupsRebuilt rebuilt = SystemUser.call(() -> rollups.rebuildAll("test"));

        assertThat(audited()).isEqualTo(before + 1);
        String changes = jdbc.sql(
                        "select actor || ' ' || changes from audit_event where entity_type = 'reporting-figures'"
                                + " order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(changes)
                .startsWith("system")
                .contains("test")
                .contains(Long.toString(rebuilt.cases()))
                .contains("seconds");
        assertThat(jdbc.sql("select count(*) from reporting_rebuild")
                        .query(Long.class)
                        .single())
                .as("the claim is given up")
                .isZero();
    }

    long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'reporting-figures'")
                .query(Long.class)
                .single();
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
