package dev.kantor.cases.customercase;

import java.time.Instant;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.platform.KantorException;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may give a case to whom, or put it back in the queue: the rules every change of owner
 * follows, one case at a time or many at once from the queue.
 */
class CaseOwnershipTest {

    static final long AGENT = 1;
    static final long COLLEAGUE = 2;
    static final long THIRD = 3;
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    static CustomerCase ownedBy(Long owner) {
        CustomerCase c = CustomerCase.open(
                "KTR-2026-000001",
                "t",
                10,
                Channel.WALK_IN,
                CaseType.COMPLAINT,
                "returns",
                Priority.NORMAL,
                "Dented door",
                owner,
                NOW);
        // as stored: the events a change registers name the case's id
        ReflectionTestUtils.setField(c, "id", 7L);
        return c;
    }

    @Test
    void anAgentHandsOnTheirOwnOrAnUnownedCaseAndTakesAColleaguesCase() {
        CustomerCase own = ownedBy(AGENT);
        own.handTo(THIRD, AGENT, false, NOW);
        assertThat(own.getOwnerId()).isEqualTo(THIRD);

        CustomerCase nobodys = ownedBy(null);
        nobodys.handTo(THIRD, AGENT, false, NOW);
        assertThat(nobodys.getOwnerId()).isEqualTo(THIRD);

        CustomerCase colleagues = ownedBy(COLLEAGUE);
        colleagues.handTo(AGENT, AGENT, false, NOW);
        assertThat(colleagues.getOwnerId()).isEqualTo(AGENT);
    }

    @Test
    void refusesAnAgentHandingAColleaguesCaseToAThirdPersonButNotAManager() {
        CustomerCase colleagues = ownedBy(COLLEAGUE);
        assertThatThrownBy(() -> colleagues.handTo(THIRD, AGENT, false, NOW))
                .isInstanceOf(KantorException.class)
                .extracting(e -> ((KantorException) e).kind(), e -> ((KantorException) e).messageKey())
                .containsExactly(KantorException.Kind.FORBIDDEN, "case.reassign-colleagues-case");
        assertThat(colleagues.getOwnerId()).isEqualTo(COLLEAGUE);

        colleagues.handTo(THIRD, AGENT, true, NOW);
        assertThat(colleagues.getOwnerId()).isEqualTo(THIRD);
    }

    @Test
    void releasingPutsTheCaseBackInTheQueueForItsOwnerOrAManagerOnly() {
        CustomerCase colleagues = ownedBy(COLLEAGUE);
        assertThatThrownBy(() -> colleagues.release(AGENT, false, NOW))
                .isInstanceOf(KantorException.class)
                .extracting(e -> ((KantorException) e).messageKey())
                .isEqualTo("case.unassign-colleagues-case");

        colleagues.release(COLLEAGUE, false, NOW);
        assertThat(colleagues.getOwnerId()).isNull();
        assertThatThrownBy(() -> colleagues.release(COLLEAGUE, true, NOW))
                .extracting(e -> ((KantorException) e).messageKey())
                .isEqualTo("case.already-unassigned");
    }
}
