package dev.kantor.floor.alerts;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import jakarta.mail.internet.MimeMessage;

import dev.kantor.floor.coverage.QueueDays;
import dev.kantor.people.People;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.mail.StaffMail;
import dev.kantor.platform.mail.StaffMailView;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.ContractSummary;
import dev.kantor.scheduling.Contracts;
import dev.kantor.scheduling.RosterAssignment;
import dev.kantor.scheduling.Rosters;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.RecordHistory;
import dev.kantor.staffing.WorkQueues;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.AtOnce;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short-staffed end to end: a queue open around the clock whose forecast asks for agents every
 * interval and nobody scheduled, so it is short whenever the test runs. Responsible departments,
 * alerts (once across nodes, told in the app, mailed when unanswered), fill-ins counted at once,
 * call-in offers and the race for the last place, and who may do what. H2 and PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=localhost",
            "spring.mail.port=3936",
            "kantor.staff-mail.send-every=PT0.2S",
            // the tests check queues themselves; the job would race them to each alert
            "kantor.floor.alerts.first-check=PT1H",
            "kantor.floor.alerts.check-every=PT1H",
            "kantor.floor.alerts.mail-check=PT1H"
        })
abstract class ShortStaffedApiContract {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3936, null, ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkQueues queues;

    @Autowired
    People people;

    @Autowired
    Rosters rosters;

    @Autowired
    Contracts contracts;

    @Autowired
    QueueDays days;

    @Autowired
    ShortStaffedCheck check;

    @Autowired
    ShortStaffedNotices notices;

    @Autowired
    StaffMail mail;

    @Autowired
    BusinessZone zone;

    @Autowired
    Clock clock;

    long queueId;
    String queueName;
    long dewi;
    long departmentId;

    Answer call(String user, String method, String path, String body) throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body);
    }

    long employee(String email) {
        return people.employeeByEmail(email).orElseThrow().getId();
    }

    @BeforeEach
    void aQueueShortAllDay() {
        queueName = "Floor " + UUID.randomUUID().toString().substring(0, 8);
        List<DayHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new DayHours(day, "00:00", "00:00"));
        }
        queueId = SystemUser.call(() -> queues.create(new QueueDetails(
                        queueName, QueueChannel.PHONE, hours, 300.0, 80.0, 20.0, null, 85.0, 30.0, null, null))
                .id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
        List<IntervalVolume> history = new ArrayList<>();
        for (Instant at = today.minusDays(14).atStartOfDay(zone.zone()).toInstant();
                at.isBefore(today.atStartOfDay(zone.zone()).toInstant());
                at = at.plus(Duration.ofMinutes(15))) {
            history.add(new IntervalVolume(at, 20, null));
        }
        SystemUser.run(() -> queues.recordHistory(new RecordHistory(queueId, history)));
        dewi = employee("dewi.lestari@sinarmaju.example");
        departmentId = people.position(people.employee(dewi).orElseThrow().getPositionId())
                .orElseThrow()
                .getDepartmentId();
    }

    void watched() throws Exception {
        Answer set = call(
                "manager", "PUT", "/api/floor/responsibilities/" + queueId, "{\"departmentId\": " + departmentId + "}");
        assertThat(set.status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- responsibility

    @Test
    void managersNameTheResponsibleDepartmentAndItsManagersAreTheOnesAlerted() throws Exception {
        Answer set = call(
                "manager", "PUT", "/api/floor/responsibilities/" + queueId, "{\"departmentId\": " + departmentId + "}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("queueName").asString()).isEqualTo(queueName);
        assertThat(set.body().get("managers").findValuesAsString("email")).contains("dewi.lestari@sinarmaju.example");
        assertThat(set.body().get("version").asInt()).isEqualTo(1);
        assertThat(call("manager", "GET", "/api/floor/responsibilities?size=200", null)
                        .items()
                        .findValuesAsString("queueName"))
                .contains(queueName);

        Answer stale = call(
                "admin",
                "PUT",
                "/api/floor/responsibilities/" + queueId,
                "{\"departmentId\": " + departmentId + ", \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);

        Answer changed = call(
                "admin",
                "PUT",
                "/api/floor/responsibilities/" + queueId,
                "{\"departmentId\": " + departmentId + ", \"version\": 1}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aMissingOrUnknownDepartmentIsRefusedNamingTheField() throws Exception {
        Answer unknown = call("manager", "PUT", "/api/floor/responsibilities/" + queueId, "{\"departmentId\": 987654}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("errors").findValuesAsString("field")).containsExactly("departmentId");

        Answer missing = call("manager", "PUT", "/api/floor/responsibilities/" + queueId, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsString("field")).containsExactly("departmentId");

        Answer noQueue = call("manager", "PUT", "/api/floor/responsibilities/987654", "{\"departmentId\": 1}");
        assertThat(noQueue.status()).isEqualTo(400);
        assertThat(noQueue.body().get("errors").findValuesAsString("field")).contains("queueId");
    }

    @Test
    void agentsCannotSetResponsibilityReadAlertsFillInOrCallInHelp() throws Exception {
        assertThat(call("agent", "PUT", "/api/floor/responsibilities/" + queueId, "{\"departmentId\": 1}")
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/floor/alerts?size=200", null).status())
                .isEqualTo(403);
        assertThat(call(
                                "agent",
                                "POST",
                                "/api/floor/fill-ins",
                                "{\"queueId\": " + queueId + ", \"until\": \""
                                        + clock.instant().plusSeconds(3600) + "\"}")
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", "/api/floor/call-ins/candidates?size=200&queueId=" + queueId, null)
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "POST", "/api/floor/call-ins", "{}").status()).isEqualTo(403);
        assertThat(call(null, "GET", "/api/floor/offers?size=200", null).status())
                .isEqualTo(401);
    }

    // ---------------------------------------------------------------- pages

    record Page(int status, String body) {}

    Page page(String user, String path, String language) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Accept-Language", language)
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.body());
    }

    @Test
    void theFloorPagesShowInBothLanguagesToManagersAndTheOffersPageToEveryone() throws Exception {
        watched();
        Alert opened = check.check(queueId).orElseThrow();

        for (String path : List.of(
                "/floor/settings",
                "/floor/alerts",
                "/floor/alerts/" + opened.id(),
                "/floor/fill-in?queue=" + queueId + "&alert=" + opened.id(),
                "/floor/fill-in/coverage?queue=" + queueId,
                "/floor/call-in?queue=" + queueId)) {
            Page english = page("manager", path, "en");
            Page indonesian = page("manager", path, "id");
            assertThat(english.status()).as(path).isEqualTo(200);
            assertThat(indonesian.status()).as(path).isEqualTo(200);
            assertThat(english.body()).as(path).doesNotContain("??floor.");
            assertThat(indonesian.body()).as(path).doesNotContain("??floor.");
            assertThat(page("agent", path, "en").status()).as("agents: " + path).isEqualTo(403);
        }
        assertThat(page("agent", "/floor/offers", "id").status()).isEqualTo(200);
        assertThat(page("manager", "/floor/alerts/" + opened.id(), "id").body()).contains("kekurangan staf");
        assertThat(page("manager", "/floor/alerts/" + opened.id(), "en").body()).contains("is short-staffed");
    }

    // ---------------------------------------------------------------- alerts

    @Test
    void aShortQueueOpensOneAlertForItsStretchAndTellsTheManagerInTheApp() throws Exception {
        watched();

        Alert opened = check.check(queueId).orElseThrow();
        assertThat(check.check(queueId)).as("the same stretch, checked again").isEmpty();

        assertThat(opened.shortBy()).isPositive();
        assertThat(opened.startsAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(jdbc.sql("select count(*) from floor_alert where queue_id = ?")
                        .param(queueId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where event_key = ? and recipient_id = ?")
                        .params("floor-alert:" + opened.id(), dewi)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Answer listed = call("manager", "GET", "/api/floor/alerts/" + opened.id(), null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get("queueId").asLong()).isEqualTo(queueId);
    }

    @Test
    void severalNodesCheckingTheSameQueueAtOnceOpenOneAlert() throws Exception {
        watched();
        List<Callable<Boolean>> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(() -> check.check(queueId).isPresent());
        }

        List<Boolean> opened = AtOnce.run(nodes);

        assertThat(opened).containsOnlyOnce(true);
        assertThat(jdbc.sql("select count(*) from floor_alert where queue_id = ?")
                        .param(queueId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnansweredAlertIsMailedOnceInTheDefaultLanguageAsTextAndHtml() throws Exception {
        watched();
        Alert opened = check.check(queueId).orElseThrow();

        assertThat(notices.mailUnanswered())
                .as("not yet: a manager may answer in the app")
                .isZero();
        Instant later = clock.instant().plus(Duration.ofMinutes(6));
        assertThat(ReplayableClock.at(later, () -> notices.mailUnanswered()))
                .as("this alert and any other left open")
                .isPositive();
        assertThat(ReplayableClock.at(later, () -> notices.mailUnanswered()))
                .as("once")
                .isZero();

        List<StaffMailView> mails = mail.latest(50).stream()
                .filter(m -> m.eventKey().equals("floor-alert:" + opened.id()))
                .toList();
        assertThat(mails).extracting(StaffMailView::recipient).contains("dewi.lestari@sinarmaju.example");
        StaffMailView toDewi = mails.stream()
                .filter(m -> m.recipient().equals("dewi.lestari@sinarmaju.example"))
                .findFirst()
                .orElseThrow();
        assertThat(toDewi.subject()).startsWith("Kekurangan staf: " + queueName);
        assertThat(toDewi.bodyText()).contains("Halo Dewi Lestari").contains("/floor/alerts/" + opened.id());
        assertThat(toDewi.bodyHtml()).contains("<a href=").contains("lang=\"id\"");

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        MimeMessage received = null;
        while (received == null && System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getSubject().contains(queueName)) {
                    received = message;
                }
            }
            Thread.sleep(200);
        }
        assertThat(received).as("the mail reached the SMTP server").isNotNull();
        assertThat(GreenMailUtil.getBody(received)).contains("text/plain").contains("text/html");
    }

    @Test
    void anAnsweredAlertIsNotMailed() throws Exception {
        watched();
        Alert opened = check.check(queueId).orElseThrow();

        Answer answered = call("manager", "POST", "/api/floor/alerts/" + opened.id() + "/answer", null);

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body().get("answeredBy").asLong()).isEqualTo(dewi);
        assertThat(ReplayableClock.at(clock.instant().plus(Duration.ofMinutes(6)), () -> notices.mailUnanswered()))
                .isZero();
    }

    // ---------------------------------------------------------------- fill-in

    int expectedNow() {
        Instant now = clock.instant();
        return days.on(queueId, LocalDate.ofInstant(now, zone.zone()))
                .intervalAt(now)
                .orElseThrow()
                .expected();
    }

    @Test
    void aManagerFillingInIsCountedAtOnceAndAnswersTheAlertAndTwoManagersBothCount() throws Exception {
        watched();
        Alert opened = check.check(queueId).orElseThrow();
        assertThat(expectedNow()).isZero();
        String until = clock.instant().plus(Duration.ofHours(1)).toString();

        Answer dewiFills = call(
                "manager",
                "POST",
                "/api/floor/fill-ins",
                "{\"queueId\": " + queueId + ", \"until\": \"" + until + "\", \"alertId\": " + opened.id() + "}");
        Answer adminFills = call(
                "admin", "POST", "/api/floor/fill-ins", "{\"queueId\": " + queueId + ", \"until\": \"" + until + "\"}");

        assertThat(dewiFills.status()).isEqualTo(201);
        assertThat(adminFills.status()).isEqualTo(201);
        assertThat(dewiFills.body().get("employeeId").asLong()).isEqualTo(dewi);
        assertThat(expectedNow()).isEqualTo(2);
        assertThat(call("manager", "GET", "/api/floor/alerts/" + opened.id(), null)
                        .body()
                        .get("answeredBy")
                        .asLong())
                .isEqualTo(dewi);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'floor-fill-in' and entity_id = ?")
                        .param(dewiFills.body().get("id").asLong())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        long id = dewiFills.body().get("id").asLong();
        Answer ended = call("manager", "POST", "/api/floor/fill-ins/" + id + "/end", "{\"version\": 0}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(expectedNow()).isEqualTo(1);
        assertThat(call("manager", "POST", "/api/floor/fill-ins/" + id + "/end", "{\"version\": 0}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aFillInWithoutAnEndOrEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        Answer missing = call("manager", "POST", "/api/floor/fill-ins", "{\"queueId\": " + queueId + "}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsString("field")).containsExactly("until");

        Answer backwards = call(
                "manager",
                "POST",
                "/api/floor/fill-ins",
                "{\"queueId\": " + queueId + ", \"until\": \"" + clock.instant().minusSeconds(60) + "\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").findValuesAsString("field")).contains("until");

        Answer garbage = call(
                "manager", "POST", "/api/floor/fill-ins", "{\"queueId\": " + queueId + ", \"until\": \"tomorrow\"}");
        assertThat(garbage.status()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- call-in

    String offerTo(String user, long... employeeIds) throws Exception {
        Instant now = clock.instant();
        StringBuilder ids = new StringBuilder();
        for (long id : employeeIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        Answer offered = call(
                user,
                "POST",
                "/api/floor/call-ins",
                "{\"queueId\": " + queueId + ", \"from\": \"" + now + "\", \"until\": \""
                        + now.plus(Duration.ofHours(1)) + "\", \"needed\": 1, \"employeeIds\": [" + ids + "]}");
        assertThat(offered.status()).isEqualTo(201);
        return offered.body().toString();
    }

    @Test
    void rosterPeopleNotWorkingAreCandidatesAndAnAcceptedOfferCountsOnTheQueue() throws Exception {
        long agus = employee("agus.pratama@sinarmaju.example");
        long contract =
                contracts.all().stream().map(ContractSummary::id).findFirst().orElseThrow();
        SystemUser.run(() -> rosters.assign(new RosterAssignment(queueId, agus, contract, List.of())));
        Instant now = clock.instant();

        Answer candidates = call(
                "manager",
                "GET",
                "/api/floor/call-ins/candidates?size=200&queueId=" + queueId + "&from=" + now + "&until="
                        + now.plus(Duration.ofHours(1)),
                null);

        assertThat(candidates.status()).isEqualTo(200);
        assertThat(candidates.body().findValuesAsString("name")).containsExactly("Agus Pratama");

        offerTo("manager", agus);
        Answer mine = call("agent", "GET", "/api/floor/offers?size=200", null);
        long offerId = mine.items().get(0).get("id").asLong();
        assertThat(mine.items().get(0).get("state").asString()).isEqualTo("OFFERED");
        assertThat(call("accountant", "POST", "/api/floor/offers/" + offerId + "/accept", null)
                        .status())
                .as("only the person offered answers")
                .isEqualTo(403);

        Answer accepted = call("agent", "POST", "/api/floor/offers/" + offerId + "/accept", null);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(expectedNow()).isEqualTo(1);
        assertThat(call("agent", "POST", "/api/floor/offers/" + offerId + "/decline", null)
                        .status())
                .isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'floor-call-in' and entity_id = ?")
                        .param(offerId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void ofTwoPeopleAcceptingTheLastPlaceOneWinsAndTheOtherIsTold409() throws Exception {
        long agus = employee("agus.pratama@sinarmaju.example");
        long siti = employee("siti.rahmawati@sinarmaju.example");
        offerTo("manager", agus, siti);
        long agusOffer = call("agent", "GET", "/api/floor/offers?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();
        long sitiOffer = call("accountant", "GET", "/api/floor/offers?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();

        List<Integer> answers = AtOnce.run(List.of(
                () -> call("agent", "POST", "/api/floor/offers/" + agusOffer + "/accept", null)
                        .status(),
                () -> call("accountant", "POST", "/api/floor/offers/" + sitiOffer + "/accept", null)
                        .status()));

        assertThat(answers).containsExactlyInAnyOrder(200, 409);
        assertThat(expectedNow()).isEqualTo(1);
    }

    @Test
    void anOfferNobodyAnswersRunsOutAndCannotBeAcceptedAfterwards() throws Exception {
        long agus = employee("agus.pratama@sinarmaju.example");
        offerTo("manager", agus);
        long offerId = call("agent", "GET", "/api/floor/offers?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();

        jdbc.sql("update floor_call_in_offer set expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), offerId)
                .update();

        assertThat(call("agent", "POST", "/api/floor/offers/" + offerId + "/accept", null)
                        .status())
                .isEqualTo(409);

        // the expiry job (every 15 s) marks it run out, once, and audits it
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String state = null;
        while (System.nanoTime() < deadline && !"EXPIRED".equals(state)) {
            Thread.sleep(500);
            for (var offer :
                    call("agent", "GET", "/api/floor/offers?size=200", null).items()) {
                if (offer.get("id").asLong() == offerId) {
                    state = offer.get("state").asString();
                }
            }
        }
        assertThat(state).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'floor-call-in' and entity_id = ?")
                        .param(offerId)
                        .query(Integer.class)
                        .single())
                .as("offered, ran out")
                .isEqualTo(2);
    }
}
