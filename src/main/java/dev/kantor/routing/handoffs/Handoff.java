package dev.kantor.routing.handoffs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.platform.KantorException;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffDeclined;
import dev.kantor.routing.HandoffExpired;
import dev.kantor.routing.HandoffOffered;
import dev.kantor.routing.HandoffQueued;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer handed from one employee to another. It is offered to one person at a time; that
 * person accepts or declines, or the offer runs out; then the next person is asked, and when
 * nobody is left the case falls back to its team's queue. The version makes two answers to the
 * same offer (two tabs, or an answer racing the expiry) resolve to exactly one.
 *
 * <p>Each step registers its event ({@link HandoffOffered}, {@link HandoffAccepted},
 * {@link HandoffDeclined}, {@link HandoffExpired}, {@link HandoffQueued}), published when the
 * handoff is saved; the cases module writes the case's side of it from them. A handoff is stored
 * before its first step, since its events name it; {@link HandoffStart} publishes its
 * {@link dev.kantor.routing.HandoffStarted} once it is stored.
 */
@Table("handoff")
public class Handoff extends AbstractAggregateRoot<Handoff> {

    @Id
    private Long id;

    private long caseId;
    private String topic;
    private String language;
    private long senderId;
    private Long senderDepartmentId;
    private String note;
    private HandoffState state;
    private Instant createdAt;
    private Long offeredTo;
    private Instant offerExpiresAt;
    private Long receiverId;
    private Instant decidedAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "handoff", keyColumn = "offer_no")
    private List<HandoffOffer> offers = new ArrayList<>();

    Handoff() {}

    static Handoff start(
            long caseId,
            String topic,
            String language,
            long senderId,
            Long senderDepartmentId,
            String note,
            Instant now) {
        Handoff h = new Handoff();
        h.caseId = caseId;
        h.topic = topic;
        h.language = language;
        h.senderId = senderId;
        h.senderDepartmentId = senderDepartmentId;
        h.note = note == null || note.isBlank() ? null : note.strip();
        h.state = HandoffState.OFFERED;
        h.createdAt = now;
        return h;
    }

    /** Asks the next person; they have until the timeout to answer. */
    void offerTo(long employeeId, Instant now, Duration timeout) {
        requireWaiting();
        if (employeeId == senderId) {
            throw KantorException.invalid("routing.handoff.not-to-yourself");
        }
        offeredTo = employeeId;
        offerExpiresAt = now.plus(timeout);
        offers.add(new HandoffOffer(employeeId, now, offerExpiresAt, null, null, null));
        happened(() -> new HandoffOffered(id, caseId, senderId, employeeId, now));
    }

    void accept(long by, Instant now) {
        answer(by, now);
        close(OfferOutcome.ACCEPTED, now, null);
        state = HandoffState.ACCEPTED;
        receiverId = by;
        decidedAt = now;
        happened(() -> new HandoffAccepted(id, caseId, by, now));
    }

    void decline(long by, String reason, Instant now) {
        answer(by, now);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        close(OfferOutcome.DECLINED, now, why);
        happened(() -> new HandoffDeclined(id, caseId, by, why, now));
    }

    /** The offer ran out unanswered. */
    void expire(Instant now) {
        if (state != HandoffState.OFFERED || offeredTo == null || now.isBefore(offerExpiresAt)) {
            throw KantorException.conflict("routing.handoff.not-expired");
        }
        long ranOut = offeredTo;
        close(OfferOutcome.EXPIRED, now, null);
        happened(() -> new HandoffExpired(id, caseId, ranOut, now));
    }

    /** Nobody (more) can take the customer: the case waits in its team's queue. */
    void queue(Instant now) {
        requireWaiting();
        state = HandoffState.QUEUED;
        decidedAt = now;
        happened(() -> new HandoffQueued(id, caseId, topic, now));
    }

    /** Registers a step's event; a handoff not stored yet (as in a unit test of its rules) has no name to give it. */
    private void happened(java.util.function.Supplier<Object> event) {
        if (id != null) {
            registerEvent(event.get());
        }
    }

    /** Whether the current offer is out and waits for the next person to be asked. */
    boolean waitingForNextOffer() {
        return state == HandoffState.OFFERED && offeredTo == null;
    }

    /** Everyone asked so far, who is not asked again. */
    Set<Long> asked() {
        return offers.stream().map(HandoffOffer::employeeId).collect(Collectors.toSet());
    }

    private void answer(long by, Instant now) {
        if (state == HandoffState.ACCEPTED) {
            throw KantorException.conflict("routing.handoff.already-accepted");
        }
        if (state == HandoffState.QUEUED) {
            throw KantorException.conflict("routing.handoff.queued");
        }
        if (offeredTo == null || offeredTo != by) {
            boolean askedBefore = offers.stream().anyMatch(o -> o.employeeId() == by);
            throw askedBefore
                    ? KantorException.conflict("routing.handoff.offer-closed")
                    : new KantorException(KantorException.Kind.FORBIDDEN, "routing.handoff.not-yours");
        }
        if (!now.isBefore(offerExpiresAt)) {
            throw KantorException.conflict("routing.handoff.offer-closed");
        }
    }

    private void close(OfferOutcome outcome, Instant now, String reason) {
        int last = offers.size() - 1;
        offers.set(last, offers.get(last).answered(outcome, now, reason));
        offeredTo = null;
        offerExpiresAt = null;
    }

    private void requireWaiting() {
        if (!waitingForNextOffer()) {
            throw KantorException.conflict("routing.handoff.offer-closed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTopic() {
        return topic;
    }

    public String getLanguage() {
        return language;
    }

    public long getSenderId() {
        return senderId;
    }

    public Long getSenderDepartmentId() {
        return senderDepartmentId;
    }

    public String getNote() {
        return note;
    }

    public HandoffState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getOfferedTo() {
        return offeredTo;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public Long getReceiverId() {
        return receiverId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getVersion() {
        return version;
    }

    public List<HandoffOffer> getOffers() {
        return List.copyOf(offers);
    }
}
