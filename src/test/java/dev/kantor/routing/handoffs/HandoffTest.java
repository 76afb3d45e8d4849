package dev.kantor.routing.handoffs;

import java.time.Duration;
import java.time.Instant;

import dev.kantor.platform.KantorException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffTest {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    static final Duration TWO_MINUTES = Duration.ofMinutes(2);
    static final long SENDER = 45;
    static final long AGUS = 12;
    static final long YULIANA = 10;

    static Handoff offeredToAgus() {
        Handoff h = Handoff.start(7, "warranty", "id", SENDER, 6L, "Blender under warranty", NOW);
        h.offerTo(AGUS, NOW, TWO_MINUTES);
        return h;
    }

    static KantorException.Kind refusal(Runnable step) {
        try {
            step.run();
        } catch (KantorException e) {
            return e.kind();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void theOfferedPersonAcceptsWithinTheTime() {
        Handoff h = offeredToAgus();

        h.accept(AGUS, NOW.plusSeconds(30));

        assertThat(h.getState()).isEqualTo(HandoffState.ACCEPTED);
        assertThat(h.getReceiverId()).isEqualTo(AGUS);
        assertThat(h.getOfferedTo()).isNull();
        assertThat(h.getOffers()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(OfferOutcome.ACCEPTED);
            assertThat(o.answeredAt()).isEqualTo(NOW.plusSeconds(30));
        });
    }

    @Test
    void onlyTheOfferedPersonMayAnswer() {
        Handoff h = offeredToAgus();

        assertThat(refusal(() -> h.accept(YULIANA, NOW))).isEqualTo(KantorException.Kind.FORBIDDEN);
        assertThat(refusal(() -> h.decline(SENDER, null, NOW))).isEqualTo(KantorException.Kind.FORBIDDEN);
        assertThat(h.getState()).isEqualTo(HandoffState.OFFERED);
        assertThat(h.getOfferedTo()).isEqualTo(AGUS);
    }

    @Test
    void anAcceptedHandoffCannotBeAcceptedAgain() {
        Handoff h = offeredToAgus();
        h.accept(AGUS, NOW);

        assertThatThrownBy(() -> h.accept(AGUS, NOW.plusSeconds(1)))
                .isInstanceOf(KantorException.class)
                .extracting("messageKey")
                .isEqualTo("routing.handoff.already-accepted");
    }

    @Test
    void aDeclinedOfferWaitsForTheNextPersonAndCannotBeAccepted() {
        Handoff h = offeredToAgus();

        h.decline(AGUS, "With a customer", NOW.plusSeconds(10));

        assertThat(h.waitingForNextOffer()).isTrue();
        assertThat(refusal(() -> h.accept(AGUS, NOW.plusSeconds(11)))).isEqualTo(KantorException.Kind.CONFLICT);
        h.offerTo(YULIANA, NOW.plusSeconds(11), TWO_MINUTES);
        assertThat(h.asked()).containsExactlyInAnyOrder(AGUS, YULIANA);
        assertThat(h.getOffers().get(0).reason()).isEqualTo("With a customer");
        h.accept(YULIANA, NOW.plusSeconds(20));
        assertThat(h.getReceiverId()).isEqualTo(YULIANA);
    }

    @Test
    void anOfferRunsOutOnlyAfterItsTimeAndCannotBeAcceptedThen() {
        Handoff h = offeredToAgus();

        assertThat(refusal(() -> h.expire(NOW.plusSeconds(119)))).isEqualTo(KantorException.Kind.CONFLICT);
        assertThat(refusal(() -> h.accept(AGUS, NOW.plusSeconds(120)))).isEqualTo(KantorException.Kind.CONFLICT);

        h.expire(NOW.plusSeconds(121));

        assertThat(h.getOffers().get(0).outcome()).isEqualTo(OfferOutcome.EXPIRED);
        assertThat(h.waitingForNextOffer()).isTrue();
        assertThat(refusal(() -> h.accept(AGUS, NOW.plusSeconds(122)))).isEqualTo(KantorException.Kind.CONFLICT);
    }

    @Test
    void anExhaustedChainFallsBackToTheQueueAndNobodyCanAcceptIt() {
        Handoff h = offeredToAgus();
        h.decline(AGUS, null, NOW.plusSeconds(5));

        h.queue(NOW.plusSeconds(5));

        assertThat(h.getState()).isEqualTo(HandoffState.QUEUED);
        assertThat(h.getDecidedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThatThrownBy(() -> h.accept(AGUS, NOW.plusSeconds(6)))
                .extracting("messageKey")
                .isEqualTo("routing.handoff.queued");
        assertThat(refusal(() -> h.offerTo(YULIANA, NOW.plusSeconds(6), TWO_MINUTES)))
                .isEqualTo(KantorException.Kind.CONFLICT);
    }

    @Test
    void nobodyHandsACustomerToThemselvesOrAsksTwoPeopleAtOnce() {
        Handoff h = Handoff.start(7, "warranty", "id", SENDER, 6L, null, NOW);

        assertThat(refusal(() -> h.offerTo(SENDER, NOW, TWO_MINUTES))).isEqualTo(KantorException.Kind.INVALID);
        h.offerTo(AGUS, NOW, TWO_MINUTES);
        assertThat(refusal(() -> h.offerTo(YULIANA, NOW, TWO_MINUTES))).isEqualTo(KantorException.Kind.CONFLICT);
    }
}
