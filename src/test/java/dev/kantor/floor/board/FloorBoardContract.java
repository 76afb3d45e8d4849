package dev.kantor.floor.board;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.FloorBoard;
import dev.kantor.floor.FloorSnapshot.Interval;
import dev.kantor.floor.FloorSnapshot.Person;
import dev.kantor.floor.FloorSnapshot.QueueBoard;
import dev.kantor.floor.FloorSnapshot.State;
import dev.kantor.floor.coverage.DayChange;
import dev.kantor.floor.coverage.DayChanges;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;
import dev.kantor.support.PublishedApi;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board end to end: shifts published for a day become the board's counts and each person's
 * state (on duty, late, on a break and when due back, absent, filling in), counted the same on H2 and
 * PostgreSQL; the board page, its polled fragment (204 when nothing changed) and the REST API refuse
 * agents; the wall view opens with its token only, and stops once revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FloorBoardContract.RecordedChangesConfiguration.class)
abstract class FloorBoardContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FloorBoard board;

    @Autowired
    BoardDays days;

    @Autowired
    StoredArrivals arrivals;

    @Autowired
    PresenceBoard presence;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    WallLinks walls;

    @Autowired
    RecordedChanges changes;

    @Autowired
    dev.kantor.routing.WhoCanHelp helpers;

    /** The day's changes as the floor's other features would record them, set by each test. */
    static class RecordedChanges implements DayChanges {

        record Recorded(long queueId, DayChange change) {}

        final List<Recorded> recorded = new CopyOnWriteArrayList<>();

        @Override
        public List<DayChange> on(long queueId, Instant from, Instant to) {
            return recorded.stream()
                    .filter(r -> r.queueId() == queueId)
                    .map(Recorded::change)
                    .toList();
        }
    }

    @TestConfiguration
    static class RecordedChangesConfiguration {

        @Bean
        RecordedChanges recordedChanges() {
            return new RecordedChanges();
        }
    }

    long employee(String email) {
        return jdbc.sql("select id from employee where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    long queue(String name) {
        return jdbc.sql("select id from work_queue where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    record Page(int status, String body) {}

    Page page(String user, String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest sent = request.build();
        HttpResponse<String> response =
                PublishedApi.checked(port, sent, null, HTTP.send(sent, HttpResponse.BodyHandlers.ofString()));
        return new Page(response.statusCode(), response.body());
    }

    @Test
    void publishedShiftsAndTheDaysChangesBecomeTheBoardsCountsAndStates() {
        // given a Wednesday's published shifts on the front desk, some weeks ahead of anything else's
        long queue = queue("Front desk");
        LocalDate date = LocalDate.now(calendars.zone())
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(3)
                .plusDays(2);
        PublishedDays published = new PublishedDays(jdbc, calendars.zone());
        long schedule = published.schedule(queue, date);
        long onDuty = employee("putu.wulandari@sinarmaju.example");
        long late = employee("kevin.tanoto@sinarmaju.example");
        long onBreak = employee("yuliana.siregar@sinarmaju.example");
        long absent = employee("nurul.hidayah@sinarmaju.example");
        long fillingIn = employee("asep.sunandar@sinarmaju.example");
        published.shift(schedule, onDuty, date, "08:00", "16:00", "12:00", "12:30");
        published.shift(schedule, late, date, "09:00", "17:00", "13:00", "13:30");
        published.shift(schedule, onBreak, date, "08:00", "16:00", "10:00", "10:15");
        published.shift(schedule, absent, date, "09:00", "13:00", null, null);
        // and the day as it goes: two arrived, one is marked absent, a fifth fills in and sets their presence
        arrivals.arrived(onDuty, published.at(date, "07:55"));
        arrivals.arrived(onBreak, published.at(date, "07:58"));
        changes.recorded.add(new RecordedChanges.Recorded(
                queue, new DayChange.Absent(absent, published.at(date, "09:00"), published.at(date, "17:00"))));
        changes.recorded.add(new RecordedChanges.Recorded(
                queue,
                new DayChange.ExtraTime(
                        fillingIn,
                        published.at(date, "09:45"),
                        published.at(date, "11:00"),
                        DayChange.ExtraTime.Kind.FILL_IN)));
        ReplayableClock.at(
                published.at(date, "09:50"),
                () -> presence.set(fillingIn, PresenceStatus.AVAILABLE, null, PresenceSource.MANUAL));
        days.forget(null);

        // when the board is read at 10:01
        Instant now = published.at(date, "10:01");
        QueueBoard board =
                ReplayableClock.at(now, () -> this.board.queue(queue, now)).orElseThrow();

        // then each person has their state, and the interval under way its counts
        Map<Long, Person> people = board.people().stream().collect(Collectors.toMap(Person::employeeId, p -> p));
        assertThat(people.get(onDuty).state()).isEqualTo(State.ON_DUTY);
        assertThat(people.get(onDuty).present()).isTrue();
        assertThat(people.get(late).state()).isEqualTo(State.LATE);
        assertThat(people.get(late).present()).isFalse();
        assertThat(people.get(onBreak).state()).isEqualTo(State.ON_BREAK);
        assertThat(people.get(onBreak).dueBack()).isEqualTo(published.at(date, "10:15"));
        assertThat(people.get(absent).state()).isEqualTo(State.ABSENT);
        assertThat(people.get(fillingIn).state()).isEqualTo(State.FILLING_IN);
        assertThat(people.get(fillingIn).present()).isTrue();
        assertThat(board.presentNow()).isEqualTo(2);
        Interval current = board.current();
        assertThat(current).isNotNull();
        assertThat(current.start()).isEqualTo(published.at(date, "10:00"));
        assertThat(current.planned()).isEqualTo(3); // on duty, late and absent: the break takes one out
        assertThat(current.expected()).isEqualTo(3); // on duty, late and filling in
        assertThat(current.present()).isEqualTo(2);
        assertThat(board.intervals().get(0)).isEqualTo(current);
        assertThat(board.intervals().subList(1, board.intervals().size())).allMatch(i -> i.present() == -1);

        // and once the late one signs in (arrives), they are on duty and present
        arrivals.arrived(late, published.at(date, "10:03"));
        Instant later = published.at(date, "10:05");
        QueueBoard after =
                ReplayableClock.at(later, () -> this.board.queue(queue, later)).orElseThrow();
        assertThat(after.people().stream()
                        .filter(p -> p.employeeId() == late)
                        .findFirst()
                        .orElseThrow()
                        .state())
                .isEqualTo(State.ON_DUTY);
        assertThat(after.presentNow()).isEqualTo(3);

        // and a queue whose week is still being solved says so rather than show an empty day
        long phones = queue("Phone line");
        jdbc.sql(
                        """
                insert into schedule (queue_id, monday, status, version, published_version, requirement_source, problem,
                    shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                values (?, ?, 'DRAFT', 0, 0, 'TYPED', ?, '[]', ?, ?, 'test', ?)""")
                .params(
                        phones,
                        date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        dev.kantor.scheduling.SchedulingFixtures.exampleJson(),
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now.plusSeconds(7 * 86400)),
                        java.sql.Timestamp.from(now))
                .update();
        days.forget(null);
        QueueBoard preparing =
                ReplayableClock.at(later, () -> this.board.queue(phones, later)).orElseThrow();
        assertThat(preparing.preparing()).isTrue();
        assertThat(preparing.people()).isEmpty();
    }

    @Test
    void whoCanHelpNowAndSoWarmHandoffsLeaveOutPeopleOnABreakOrOffShift() {
        // given someone who can help with warranty claims on a day no schedule has them yet
        LocalDate date = LocalDate.now(calendars.zone())
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(4)
                .plusDays(3);
        PublishedDays published = new PublishedDays(jdbc, calendars.zone());
        Instant before = published.at(date, "07:00");
        List<Long> available =
                ReplayableClock.at(before, () -> helpers.ask("warranty", "id", java.util.Set.of(), 50))
                        .helpers()
                        .stream()
                        .filter(dev.kantor.routing.Candidate::available)
                        .map(dev.kantor.routing.Candidate::id)
                        .toList();
        assertThat(available).isNotEmpty();
        long helper = available.get(0);

        // when a published shift puts them on the front desk 08:00-16:00 with a break 10:00-10:30
        published.shift(
                published.schedule(queue("Front desk"), date), helper, date, "08:00", "16:00", "10:00", "10:30");

        // then "who can help" (which warm handoffs offer customers through) leaves them out on the break
        // and off shift, and offers them on shift
        assertThat(helpersAt(published.at(date, "10:10"))).doesNotContain(helper);
        assertThat(helpersAt(published.at(date, "11:00"))).contains(helper);
        assertThat(helpersAt(published.at(date, "17:00"))).doesNotContain(helper);
    }

    private List<Long> helpersAt(Instant at) {
        return ReplayableClock.at(at, () -> helpers.ask("warranty", "id", java.util.Set.of(), 50)).helpers().stream()
                .filter(dev.kantor.routing.Candidate::available)
                .map(dev.kantor.routing.Candidate::id)
                .toList();
    }

    @Test
    void theBoardAndItsApiAreForManagersAndAdminsAlone() throws Exception {
        Answer asManager = ApiCalls.call(port, "manager", "GET", "/api/floor/board", null);
        assertThat(asManager.status()).isEqualTo(200);
        assertThat(asManager.body().get("queues").findValuesAsString("name")).contains("Front desk", "Phone line");
        long queue = queue("Phone line");
        Answer one = ApiCalls.call(port, "admin", "GET", "/api/floor/board/" + queue, null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("queueId").asLong()).isEqualTo(queue);

        Answer asAgent = ApiCalls.call(port, "agent", "GET", "/api/floor/board", null);
        assertThat(asAgent.status()).isEqualTo(403);
        assertThat(asAgent.contentType()).startsWith("application/problem+json");
        assertThat(ApiCalls.call(port, "agent", "GET", "/api/floor/board/" + queue, null)
                        .status())
                .isEqualTo(403);
        assertThat(ApiCalls.call(port, null, "GET", "/api/floor/board", null).status())
                .isEqualTo(401);
        Answer unknown = ApiCalls.call(port, "manager", "GET", "/api/floor/board/987654", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(ApiCalls.call(port, "manager", "GET", "/api/floor/board/abc", null)
                        .status())
                .isEqualTo(400);
        Answer docs = ApiCalls.call(port, "manager", "GET", "/v3/api-docs", null);
        assertThat(docs.body().get("paths").has("/api/floor/board")).isTrue();
        assertThat(docs.body().get("paths").has("/api/floor/board/{queueId}")).isTrue();

        assertThat(page("agent", "/floor", "en").status()).isEqualTo(403);
        assertThat(page("agent", "/floor/board", "en").status()).isEqualTo(403);
        Page english = page("manager", "/floor", "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("Live floor", "id=\"floor-board\"", "Phone line");
        assertThat(page("manager", "/floor", "id").body()).contains("Lantai layanan", "Tampilan dinding");
    }

    @Test
    void aPollThatFindsNothingChangedSwapsNothing() throws Exception {
        Page first = page("manager", "/floor/board", "en");
        assertThat(first.status()).isEqualTo(200);
        Matcher seen = Pattern.compile("data-seen=\"([0-9a-f-]+)\"").matcher(first.body());
        assertThat(seen.find()).isTrue();
        Page again = page("manager", "/floor/board?seen=" + seen.group(1), "en");
        // nothing changed between the two polls (unless a quarter-hour turned in between)
        assertThat(again.status()).isIn(204, 200);
        assertThat(page("manager", "/floor/board?seen=stale", "en").status()).isEqualTo(200);
    }

    @Test
    void theWallOpensWithItsTokenAloneAndStopsOnceRevoked() throws Exception {
        WallLinks.NewWallLink made = SystemUser.call(() -> walls.make("Front desk screen"));
        String token = made.token();
        assertThat(jdbc.sql("select count(*) from floor_wall_link where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only the token's hash is kept")
                .isZero();

        Page wall = page(null, "/floor/wall/" + token, "en");
        assertThat(wall.status()).isEqualTo(200);
        assertThat(wall.body()).contains("Live floor · Front desk screen", "id=\"floor-board\"");
        assertThat(wall.body()).doesNotContain("nav-floor");
        assertThat(page(null, "/floor/wall/" + token + "/board", "id").body()).contains("Per pukul");

        assertThat(page(null, "/floor/wall/" + token.substring(1) + "x", "en").status())
                .isEqualTo(404);
        assertThat(page(null, "/floor/wall/", "en").status()).isIn(401, 403, 404);
        assertThat(page(null, "/floor", "en").status()).isIn(302, 401);

        SystemUser.run(() -> walls.revoke(made.link().id()));
        assertThat(page(null, "/floor/wall/" + token, "en").status()).isEqualTo(404);
        assertThat(page(null, "/floor/wall/" + token + "/board", "en").status()).isEqualTo(404);
    }
}
