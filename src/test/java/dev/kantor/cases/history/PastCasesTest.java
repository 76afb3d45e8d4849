package dev.kantor.cases.history;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.kantor.cases.CaseAssigned;
import dev.kantor.cases.CaseHistory;
import dev.kantor.cases.CaseHistory.ApproverDecided;
import dev.kantor.cases.CaseHistory.PastContact;
import dev.kantor.cases.CaseHistory.Rated;
import dev.kantor.cases.CaseHistory.RecordedCase;
import dev.kantor.cases.CaseHistory.Replied;
import dev.kantor.cases.CaseHistory.ResolutionProposed;
import dev.kantor.cases.CaseHistory.StatusChanged;
import dev.kantor.cases.CaseHistory.Taken;
import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.mail.Outbox;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cases from before Kantor kept them, recorded through {@link CaseHistory} with the demo
 * company's people and delegations: each step at its own moment and by its own person, through
 * the same rules as today's work, and nobody mailed again.
 */
@SpringBootTest
@RecordApplicationEvents
class PastCasesTest {

    @Autowired
    CaseHistory history;

    @Autowired
    Outbox outbox;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** Five days ago, to the second. */
    final Instant opened = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);

    static NewCase complaint(Channel channel) {
        return new NewCase(
                "Wulan Sari",
                "wulan." + UUID.randomUUID() + "@example.com",
                null,
                "id",
                channel,
                CaseType.COMPLAINT,
                "returns",
                null,
                "Kulkas rusak saat diantar",
                "Pintu kulkas penyok saat tiba.");
    }

    long agent() {
        return accounts.loadUserByUsername("agent").employeeId();
    }

    <T> T asAdmin(Supplier<T> work) {
        return SystemUser.call(work);
    }

    Instant at(long caseId, String column) {
        return jdbc.sql("select " + column + " from customer_case where id = ?")
                .param(caseId)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    List<Instant> entryMoments(long caseId) {
        return jdbc
                .sql("select at from case_entry where case_id = ? order by at, id")
                .param(caseId)
                .query(Timestamp.class)
                .list()
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    @Test
    void aPastCaseIsRecordedAtItsMomentsByItsPeopleWithoutMailingTheCustomerAgain() {
        long agent = agent();
        Instant taken = opened.plus(Duration.ofMinutes(10));
        Instant replied = opened.plus(Duration.ofMinutes(12));
        Instant resolved = opened.plus(Duration.ofHours(1));
        Instant rated = opened.plus(Duration.ofHours(3));

        long id = asAdmin(() -> history.open(new PastContact(complaint(Channel.WEB), opened, null)))
                .caseId();
        asAdmin(() -> history.record(id, new Taken(taken, agent)));
        asAdmin(() -> history.record(id, new Replied(replied, agent, "Kami periksa, terima kasih.", false)));
        asAdmin(() -> history.record(id, new StatusChanged(resolved, agent, CaseStatus.RESOLVED)));
        RecordedCase done = asAdmin(() -> history.record(id, new Rated(rated, 5, "Cepat")));

        assertThat(done.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(at(id, "opened_at")).isEqualTo(opened);
        assertThat(at(id, "first_response_at")).isEqualTo(replied);
        assertThat(at(id, "resolved_at")).isEqualTo(resolved);
        assertThat(at(id, "rated_at")).isEqualTo(rated);
        assertThat(entryMoments(id)).first().isEqualTo(opened);
        assertThat(entryMoments(id)).contains(taken, replied, resolved, rated).allMatch(t -> !t.isAfter(rated));
        assertThat(jdbc.sql("select author_id from case_entry where case_id = ? and kind = 'REPLY'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(agent);
        // the customer was answered at the time: nothing waits in the outbox for them now
        assertThat(outbox.forCase(id)).isEmpty();
        // and what happened is published as it happened, for whoever keeps figures
        assertThat(events.stream(CaseOpened.class).filter(e -> e.caseId() == id))
                .singleElement()
                .extracting(CaseOpened::at)
                .isEqualTo(opened);
        assertThat(events.stream(CaseAssigned.class).filter(e -> e.caseId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.ownerId()).isEqualTo(agent);
                    assertThat(e.at()).isEqualTo(taken);
                });
        assertThat(events.stream(CaseResolved.class).filter(e -> e.caseId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.by()).isEqualTo(agent);
                    assertThat(e.at()).isEqualTo(resolved);
                });
        assertThat(events.stream(CaseRated.class).filter(e -> e.caseId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.stars()).isEqualTo(5);
                    assertThat(e.ownerId()).isEqualTo(agent);
                });
    }

    @Test
    void aRefundAboveTheAgentsAuthorityThatDayWaitsForTheApproverWhoDecidesIt() {
        long agent = agent();
        long dewi = people.employeeByEmail("dewi.lestari@sinarmaju.example")
                .orElseThrow()
                .getId();
        Instant proposed = opened.plus(Duration.ofMinutes(30));
        Instant decided = opened.plus(Duration.ofHours(2));

        long approvedCase = asAdmin(() -> history.open(new PastContact(complaint(Channel.WALK_IN), opened, agent)))
                .caseId();
        RecordedCase waiting = asAdmin(() -> history.record(
                approvedCase,
                new ResolutionProposed(proposed, agent, ResolutionType.REFUND, 3_000_000, "Refund kulkas")));
        RecordedCase approved = asAdmin(() -> history.record(approvedCase, new ApproverDecided(decided, true, null)));

        assertThat(waiting.status()).isEqualTo(CaseStatus.PENDING_APPROVAL);
        assertThat(approved.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(events.stream(ResolutionApproved.class).filter(e -> e.caseId() == approvedCase))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(ResolutionType.REFUND);
                    assertThat(e.amount()).isEqualTo(3_000_000);
                    assertThat(e.proposedBy()).isEqualTo(agent);
                    assertThat(e.approvedBy()).isEqualTo(dewi);
                    assertThat(e.at()).isEqualTo(decided);
                });

        // a day earlier, so that the approval above took nothing from the approver's day
        Instant dayBefore = opened.minus(Duration.ofDays(1));
        long rejectedCase = asAdmin(() -> history.open(new PastContact(complaint(Channel.WALK_IN), dayBefore, agent)))
                .caseId();
        asAdmin(() -> history.record(
                rejectedCase,
                new ResolutionProposed(
                        dayBefore.plus(Duration.ofMinutes(30)), agent, ResolutionType.REFUND, 3_000_000, null)));
        Instant refused = dayBefore.plus(Duration.ofHours(2));
        RecordedCase rejected =
                asAdmin(() -> history.record(rejectedCase, new ApproverDecided(refused, false, "Di luar garansi")));

        assertThat(rejected.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(events.stream(ResolutionRejected.class).filter(e -> e.caseId() == rejectedCase))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.rejectedBy()).isEqualTo(dewi);
                    assertThat(e.at()).isEqualTo(refused);
                });
    }

    @Test
    void aStepStillToComeOrBeforeTheCaseWasOpenedIsRefusedAndChangesNothing() {
        long agent = agent();
        long id = asAdmin(() -> history.open(new PastContact(complaint(Channel.WEB), opened, null)))
                .caseId();

        assertThatThrownBy(() ->
                        asAdmin(() -> history.record(id, new Taken(Instant.now().plusSeconds(3600), agent))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("at");
                            assertThat(p.messageKey()).isEqualTo("history.to-come");
                        }));
        assertThatThrownBy(() -> asAdmin(() -> history.record(id, new Taken(opened.minusSeconds(60), agent))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey())
                        .containsExactly("history.before-opening"));
        assertThatThrownBy(() -> asAdmin(() -> history.open(
                        new PastContact(complaint(Channel.WEB), Instant.now().plusSeconds(3600), null))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() ->
                        asAdmin(() -> history.record(id, new ApproverDecided(opened.plusSeconds(60), true, null))))
                .isInstanceOfSatisfying(
                        KantorException.class, e -> assertThat(e.messageKey()).isEqualTo("history.nothing-to-decide"));

        assertThat(jdbc.sql("select status from customer_case where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        assertThat(jdbc.sql("select count(*) from case_entry where case_id = ? and kind = 'OWNER'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyAdminsRecordHistory() {
        var user = accounts.loadUserByUsername("manager");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            assertThatThrownBy(() -> history.open(new PastContact(complaint(Channel.WEB), opened, null)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
