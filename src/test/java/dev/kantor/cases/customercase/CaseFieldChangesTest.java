package dev.kantor.cases.customercase;

import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a case records about itself for the conflict rule: each change of its status, owner or
 * priority, with who made it and from what to what; a message alone changes none of them, so that
 * two people writing never conflict. No database, no Spring.
 */
class CaseFieldChangesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final long AGUS = 11;
    private static final long DEWI = 12;

    private static CustomerCase openedByAgus() {
        CustomerCase c = CustomerCase.open(
                "KTR-2026-000001",
                "token",
                1,
                Channel.WALK_IN,
                CaseType.COMPLAINT,
                "returns",
                Priority.HIGH,
                "Pintu kulkas penyok",
                AGUS,
                NOW);
        return c.inserted(100);
    }

    @Test
    void aReplyToACaseAlreadyAnsweredChangesNoFieldAndSoConflictsWithNothing() {
        CustomerCase c = openedByAgus();

        boolean changed = c.repliedToCustomer(DEWI, NOW.plusSeconds(60), false);

        assertThat(changed).isFalse();
        assertThat(c.savedChanges(1)).isEmpty();
    }

    @Test
    void theCustomerWritingOnAnOpenCaseChangesNothingButReopensOneWaitingOnThem() {
        CustomerCase open = openedByAgus();
        assertThat(open.customerReplied(NOW.plusSeconds(60))).isFalse();
        assertThat(open.savedChanges(1)).isEmpty();

        CustomerCase waiting = openedByAgus();
        waiting.changeStatus(CaseStatus.WAITING_ON_CUSTOMER, AGUS, NOW.plusSeconds(30));
        waiting.savedChanges(1);
        assertThat(waiting.customerReplied(NOW.plusSeconds(60))).isTrue();
        assertThat(waiting.savedChanges(2)).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo(CaseField.STATUS);
            assertThat(change.statusFrom()).contains(CaseStatus.WAITING_ON_CUSTOMER);
            assertThat(change.statusTo()).contains(CaseStatus.OPEN);
            assertThat(change.byCustomer()).isTrue();
            assertThat(change.by()).isNull();
        });
    }

    @Test
    void eachFieldChangeIsRecordedWithWhoFromWhatToWhatAndTheVersionSavingMade() {
        CustomerCase c = openedByAgus();

        c.changeStatus(CaseStatus.WAITING_ON_CUSTOMER, DEWI, NOW);
        c.assignTo(DEWI, DEWI, NOW);
        c.changePriority(Priority.LOW, DEWI, NOW);

        assertThat(c.savedChanges(3))
                .extracting(
                        FieldChange::field, FieldChange::from, FieldChange::to, FieldChange::by, FieldChange::version)
                .containsExactly(
                        tuple(CaseField.STATUS, "OPEN", "WAITING_ON_CUSTOMER", DEWI, 3),
                        tuple(CaseField.OWNER, "11", "12", DEWI, 3),
                        tuple(CaseField.PRIORITY, "HIGH", "LOW", DEWI, 3));
        // and once stored they are not written again
        assertThat(c.savedChanges(4)).isEmpty();
    }
}
