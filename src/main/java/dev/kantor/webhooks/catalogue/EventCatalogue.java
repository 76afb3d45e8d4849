package dev.kantor.webhooks.catalogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.service.InternalRequestResolved;

/**
 * Every event a webhook can be subscribed to, in one place: its type name, what it means, and how a
 * module's event becomes its payload. The payload is a contract with other systems, so each field is
 * named here on purpose rather than copied from the event record. A new type is added here (a
 * translation and a line in {@link #TYPES}) and in {@code RelayedEvents} (its listener), and in
 * docs/api.md's catalogue.
 */
public final class EventCatalogue {

    /** A type receivers can subscribe to. */
    public record EventType(String name, String subject) {}

    public static final List<EventType> TYPES = List.of(
            new EventType("case.opened", "case"),
            new EventType("case.resolved", "case"),
            new EventType("case.rated", "case"),
            new EventType("approval.decided", "case"),
            new EventType("handoff.accepted", "case"),
            new EventType("handoff.queued", "case"),
            new EventType("internal-request.resolved", "internal-request"),
            new EventType("schedule.published", "schedule"));

    private EventCatalogue() {}

    /** Whether subscribers may ask for this type. */
    public static boolean known(String name) {
        return TYPES.stream().anyMatch(t -> t.name().equals(name));
    }

    public static Occurrence of(CaseOpened e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("channel", String.valueOf(e.channel()));
        data.put("caseType", String.valueOf(e.type()));
        data.put("topic", e.topic());
        data.put("priority", String.valueOf(e.priority()));
        return Occurrence.of("case.opened", String.valueOf(e.caseId()), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(CaseResolved e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("caseType", String.valueOf(e.type()));
        data.put("topic", e.topic());
        data.put("channel", String.valueOf(e.channel()));
        data.put("ownerId", e.ownerId());
        data.put("openedAt", String.valueOf(e.openedAt()));
        // a case can be reopened and resolved again: each resolution is its own fact
        return Occurrence.of(
                "case.resolved", e.caseId() + ":" + e.at().toEpochMilli(), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(CaseRated e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("stars", e.stars());
        return Occurrence.of(
                "case.rated", e.caseId() + ":" + e.at().toEpochMilli(), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(ResolutionApproved e) {
        return decided(
                e.actionId(), e.caseId(), String.valueOf(e.type()), e.amount(), "APPROVED", e.approvedBy(), e.at());
    }

    public static Occurrence of(ResolutionRejected e) {
        return decided(
                e.actionId(), e.caseId(), String.valueOf(e.type()), e.amount(), "REJECTED", e.rejectedBy(), e.at());
    }

    private static Occurrence decided(
            long actionId, long caseId, String resolution, long amount, String decision, long by, Instant at) {
        Map<String, Object> data = data();
        data.put("actionId", actionId);
        data.put("caseId", caseId);
        data.put("resolution", resolution);
        data.put("amount", amount);
        data.put("decision", decision);
        data.put("decidedBy", by);
        return Occurrence.of("approval.decided", String.valueOf(actionId), at, "case:" + caseId, data);
    }

    public static Occurrence of(HandoffAccepted e) {
        Map<String, Object> data = data();
        data.put("handoffId", e.handoffId());
        data.put("caseId", e.caseId());
        data.put("receiverId", e.receiverId());
        return Occurrence.of("handoff.accepted", String.valueOf(e.handoffId()), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(HandoffQueued e) {
        Map<String, Object> data = data();
        data.put("handoffId", e.handoffId());
        data.put("caseId", e.caseId());
        data.put("topic", e.topic());
        return Occurrence.of("handoff.queued", String.valueOf(e.handoffId()), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(InternalRequestResolved e) {
        Map<String, Object> data = data();
        data.put("requestId", e.requestId());
        data.put("serviceId", e.serviceId());
        data.put("departmentId", e.departmentId());
        data.put("caseId", e.caseId());
        data.put("outcome", e.outcome());
        data.put("targetMet", e.targetMet());
        return Occurrence.of(
                "internal-request.resolved",
                e.requestId() + ":" + e.at().toEpochMilli(),
                e.at(),
                "internal-request:" + e.requestId(),
                data);
    }

    /** A schedule's publication carries no time of its own: it happened when it is relayed. */
    public static Occurrence of(SchedulePublished e, Instant relayedAt) {
        Map<String, Object> data = data();
        data.put("scheduleId", e.scheduleId());
        data.put("queueId", e.queueId());
        data.put("monday", e.monday().toString());
        data.put("version", e.version());
        data.put("affectedEmployees", e.affectedEmployeeIds().size());
        return Occurrence.of(
                "schedule.published",
                e.scheduleId() + ":" + e.version(),
                relayedAt,
                "schedule:" + e.scheduleId(),
                data);
    }

    /** Keeps the fields in the order they are put (null values included, as JSON null). */
    private static Map<String, Object> data() {
        return new LinkedHashMap<>();
    }
}
