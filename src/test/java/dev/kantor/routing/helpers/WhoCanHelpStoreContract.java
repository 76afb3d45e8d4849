package dev.kantor.routing.helpers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kantor.people.People;
import dev.kantor.people.QualifiedEmployee;
import dev.kantor.routing.Candidate;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.WhoCanHelp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who can help now" on the demo company, with the SQL each database runs: everyone qualified and
 * available is offered, with the open cases and pending handoffs on their desk. Runs on H2 and
 * on PostgreSQL through its subclasses; every test's rows are rolled back.
 */
@SpringBootTest
@Transactional
abstract class WhoCanHelpStoreContract {

    @Autowired
    WhoCanHelp whoCanHelp;

    @Autowired
    TopicCatalogue topics;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TopicCoverage coverage;

    @Test
    void offersEveryoneQualifiedWhoIsAvailableNow() {
        Set<Long> available = Set.copyOf(jdbc.sql("select employee_id from presence where status = 'AVAILABLE'")
                .query(Long.class)
                .list());
        int offered = 0;
        for (Topic topic : topics.active()) {
            List<Long> expected = people.qualifiedFor(topic.minimumLevels()).stream()
                    .map(QualifiedEmployee::id)
                    .filter(available::contains)
                    .toList();
            HelpAnswer answer = whoCanHelp.ask(topic.code(), null, Set.of(), 500);
            assertThat(answer.helpers())
                    .as(topic.code())
                    .extracting(Candidate::id)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(answer.availableCount()).isEqualTo(expected.size());
            offered += expected.size();
        }
        assertThat(offered).as("the demo company has helpers for its topics").isPositive();
    }

    /** The coverage page reads presence once for all topics: its counts must be what each topic's answer says. */
    @Test
    void coverageCountsWhatEachTopicsAnswerSays() {
        jdbc.sql("update presence set status = 'ON_BREAK' where employee_id = (select min(employee_id) from presence "
                        + "where status = 'AVAILABLE')")
                .update();
        List<TopicCoverage.Line> lines = coverage.now();

        assertThat(lines)
                .extracting(line -> line.topic().code())
                .containsExactlyElementsOf(
                        topics.active().stream().map(Topic::code).toList());
        for (TopicCoverage.Line line : lines) {
            HelpAnswer answer = whoCanHelp.ask(line.topic().code(), null, Set.of(), 500);
            int qualified = people.qualifiedFor(line.topic().minimumLevels()).size();
            assertThat(line.qualified()).as(line.topic().code()).isEqualTo(qualified);
            assertThat(line.available()).as(line.topic().code()).isEqualTo(answer.availableCount());
            assertThat(line.availableNames())
                    .as(line.topic().code())
                    .isSubsetOf(answer.helpers().stream().map(Candidate::name).toList())
                    .hasSize(Math.min(5, answer.availableCount()));
        }
        assertThat(lines).anyMatch(line -> line.onBreakOrAway() > 0);
    }

    @Autowired
    dev.kantor.platform.BusinessZone zone;

    @Autowired
    WorkingRemotely workingRemotely;

    /** What was read of the rows this test wrote, and rolls back, is not kept for the tests after it. */
    @org.junit.jupiter.api.AfterEach
    void forgetWhoWorksRemotely() {
        workingRemotely.forget();
    }

    @Test
    void aHelperWorkingRemotelyTodayIsSaidSoAndComesAfterThoseOnSiteOnlyForACustomerAtTheCounter() {
        Topic topic = topics.active().stream()
                .filter(t ->
                        whoCanHelp.ask(t.code(), null, Set.of(), 500).helpers().size() >= 2)
                .findFirst()
                .orElseThrow();
        List<Candidate> before =
                whoCanHelp.ask(topic.code(), null, Set.of(), 500).helpers();
        // the best helper on site (the demo may have someone working from home today)
        Candidate best = before.stream().filter(c -> !c.remote()).findFirst().orElseThrow();

        // the best helper says they work remotely today
        jdbc.sql("update employee set remote_on = ? where id = ?")
                .params(java.time.LocalDate.now(zone.zone()), best.id())
                .update();
        // written here without telling anyone, and never committed: no event, so read it again by hand
        workingRemotely.forget();

        // on the phone, in a chat or by e-mail nothing changes but the answer saying so
        List<Candidate> byPhone =
                whoCanHelp.ask(topic.code(), null, Set.of(), 500, false).helpers();
        assertThat(byPhone)
                .extracting(Candidate::id)
                .isEqualTo(before.stream().map(Candidate::id).toList());
        assertThat(byPhone.stream().filter(c -> c.id() == best.id()).findFirst().orElseThrow())
                .returns(true, Candidate::remote)
                .returns(false, Candidate::workingFromHome);
        // for a customer at the counter, everyone on site comes first; the remote helper is still listed
        List<Candidate> atTheCounter =
                whoCanHelp.ask(topic.code(), null, Set.of(), 500, true).helpers();
        assertThat(atTheCounter).hasSameSizeAs(before);
        int firstRemote = atTheCounter.indexOf(
                atTheCounter.stream().filter(Candidate::remote).findFirst().orElseThrow());
        assertThat(atTheCounter.subList(firstRemote, atTheCounter.size()))
                .allMatch(Candidate::remote)
                .anyMatch(c -> c.id() == best.id());
        assertThat(atTheCounter.subList(0, firstRemote)).noneMatch(Candidate::remote);
        // and the best few are still the first of the whole ranking
        assertThat(whoCanHelp.ask(topic.code(), null, Set.of(), 1, true).helpers())
                .isEqualTo(atTheCounter.subList(0, 1));
    }

    /** The load is read only for those who can make the list: the list must be the same as with everyone's. */
    @Test
    void theBestFewAreTheFirstOfTheWholeRanking() {
        for (Topic topic : topics.active()) {
            for (String language : new String[] {null, "jv", "zh"}) {
                List<Candidate> all =
                        whoCanHelp.ask(topic.code(), language, Set.of(), 500).helpers();
                for (int limit = 1; limit <= Math.min(all.size(), 6); limit++) {
                    assertThat(whoCanHelp
                                    .ask(topic.code(), language, Set.of(), limit)
                                    .helpers())
                            .as("%s in %s, the best %d", topic.code(), language, limit)
                            .isEqualTo(all.subList(0, limit));
                }
            }
        }
    }

    @Test
    void countsOpenCasesAndPendingHandoffsAsLoad() {
        Candidate before = whoCanHelp.ask("returns", null, Set.of()).helpers().get(0);
        long owner = before.id();
        Instant now = Instant.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into customer (full_name, email, language, created_at) values (?, ?, 'id', ?)")
                .params("Pelanggan Uji", "uji.load@example.com", Timestamp.from(now))
                .update(key, "id");
        long customer = key.getKey().longValue();
        int n = 0;
        for (String status : List.of("OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED")) {
            n++;
            jdbc.sql(
                            """
                    insert into customer_case (reference, access_token, customer_id, channel, case_type, topic,
                        priority, subject, status, owner_id, opened_at)
                    values (?, ?, ?, 'PHONE', 'QUESTION', 'returns', 'NORMAL', 'Retur', ?, ?, ?)""")
                    .params("LOAD-" + n, "load-token-" + n, customer, status, owner, Timestamp.from(now))
                    .update();
        }
        for (String state : List.of("OFFERED", "OFFERED", "QUEUED")) {
            jdbc.sql(
                            """
                    insert into handoff (case_id, topic, language, sender_id, state, created_at, offered_to,
                        offer_expires_at)
                    values (1, 'returns', 'id', 1, ?, ?, ?, ?)""")
                    .params(state, Timestamp.from(now), owner, Timestamp.from(now.plusSeconds(3600)))
                    .update();
        }

        Candidate after = whoCanHelp.ask("returns", null, Set.of()).helpers().stream()
                .filter(c -> c.id() == owner)
                .findFirst()
                .orElseThrow();

        assertThat(after.openCases())
                .as("open and waiting cases count; resolved and closed do not")
                .isEqualTo(before.openCases() + 2);
        assertThat(after.pendingOffers())
                .as("offers waiting for an answer count")
                .isEqualTo(before.pendingOffers() + 2);
        assertThat(whoCanHelp.ask("returns", null, Set.of(owner)).helpers())
                .extracting(Candidate::id)
                .doesNotContain(owner);
    }
}
