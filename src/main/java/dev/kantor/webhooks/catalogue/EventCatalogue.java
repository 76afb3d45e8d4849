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

    // the names are put together so that no one mistakes them for message keys: they are a contract, not text
    public static final String CASE_OPENED = name("case", "opened");
    public static final String CASE_RESOLVED = name("case", "resolved");
    public static final String CASE_RATED = name("case", "rated");
    public static final String APPROVAL_DECIDED = name("approval", "decided");
    public static final String HANDOFF_ACCEPTED = name("handoff", "accepted");
    public static final String HANDOFF_QUEUED = name("handoff", "queued");
    public static final String INTERNAL_REQUEST_RESOLVED = name("internal-request", "resolved");
    public static final String SCHEDULE_PUBLISHED = name("schedule", "published");

    public static final List<EventType> TYPES = List.of(
            new EventType(CASE_OPENED, "case"),
            new EventType(CASE_RESOLVED, "case"),
            new EventType(CASE_RATED, "case"),
            new EventType(APPROVAL_DECIDED, "case"),
            new EventType(HANDOFF_ACCEPTED, "case"),
            new EventType(HANDOFF_QUEUED, "case"),
            new EventType(INTERNAL_REQUEST_RESOLVED, "internal-request"),
            new EventType(SCHEDULE_PUBLISHED, "schedule"));

    private EventCatalogue() {}

    private static String name(String family, String event) {
        return family + "." + event;
    }

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
        return Occurrence.of(CASE_OPENED, String.valueOf(e.caseId()), e.at(), "case:" + e.caseId(), data);
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
                CASE_RESOLVED, e.caseId() + ":" + e.at().toEpochMilli(), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(CaseRated e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("stars", e.stars());
        return Occurrence.of(CASE_RATED, e.caseId() + ":" + e.at().toEpochMilli(), e.at(), "case:" + e.caseId(), data);
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
        return Occurrence.of(APPROVAL_DECIDED, String.valueOf(actionId), at, "case:" + caseId, data);
    }

    public static Occurrence of(HandoffAccepted e) {
        Map<String, Object> data = data();
        data.put("handoffId", e.handoffId());
        data.put("caseId", e.caseId());
        data.put("receiverId", e.receiverId());
        return Occurrence.of(HANDOFF_ACCEPTED, String.valueOf(e.handoffId()), e.at(), "case:" + e.caseId(), data);
    }

    public static Occurrence of(HandoffQueued e) {
        Map<String, Object> data = data();
        data.put("handoffId", e.handoffId());
        data.put("caseId", e.caseId());
        data.put("topic", e.topic());
        return Occurrence.of(HANDOFF_QUEUED, String.valueOf(e.handoffId()), e.at(), "case:" + e.caseId(), data);
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
                INTERNAL_REQUEST_RESOLVED,
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
                SCHEDULE_PUBLISHED, e.scheduleId() + ":" + e.version(), relayedAt, "schedule:" + e.scheduleId(), data);
    }

    /** Keeps the fields in the order they are put (null values included, as JSON null). */
    private static Map<String, Object> data() {
        return new LinkedHashMap<>();
    }
}
