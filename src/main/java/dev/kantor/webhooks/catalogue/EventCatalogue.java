package dev.kantor.webhooks.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.kantor.arrangements.ArrangementDecided;
import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.CaseRated;
import dev.kantor.cases.CaseResolved;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionRejected;
import dev.kantor.cases.ResolutionType;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.routing.HandoffAccepted;
import dev.kantor.routing.HandoffQueued;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.service.InternalRequestResolved;

/**
 * Every event a webhook can be subscribed to, in one place: for each module event that is relayed, its
 * type name, its subject (whose deliveries keep their order), what makes it unique (so that it has one
 * id however often it is relayed), when it happened, its payload and an example. The payload is a
 * contract with other systems, so each field is named here on purpose rather than copied from the
 * event record. A new event is one entry in {@link #RELAYS} (with its data method), a translation of
 * its type ({@code webhooks.type.<name>}) and its example in docs/api.md's catalogue
 * ({@code EventCatalogueTest} prints it and checks the document has it).
 */
public final class EventCatalogue {

    /** A type receivers can subscribe to. */
    public record EventType(String name, String subject) {}

    /**
     * How one module event becomes an {@link Occurrence}.
     *
     * @param subject the subject's kind and id, e.g. {@code case:12}: its deliveries go out in order
     * @param fact what makes this event unique among the type's (the same event relayed twice gives the same)
     * @param at when it happened, or null for an event that carries no time (it happened when relayed)
     * @param example an event as the module publishes it, for the documentation
     */
    public record Relay<E>(
            EventType type,
            Class<E> event,
            Function<E, String> subject,
            Function<E, String> fact,
            Function<E, Instant> at,
            Function<E, Map<String, Object>> data,
            E example) {

        Occurrence occurrence(Object event, Instant relayedAt) {
            E e = this.event.cast(event);
            Instant when = at.apply(e);
            return Occurrence.of(
                    type.name(), fact.apply(e), when == null ? relayedAt : when, subject.apply(e), data.apply(e));
        }
    }

    // the names are put together so that no one mistakes them for message keys: they are a contract, not text
    public static final String CASE_OPENED = name("case", "opened");
    public static final String CASE_RESOLVED = name("case", "resolved");
    public static final String CASE_RATED = name("case", "rated");
    public static final String APPROVAL_DECIDED = name("approval", "decided");
    public static final String HANDOFF_ACCEPTED = name("handoff", "accepted");
    public static final String HANDOFF_QUEUED = name("handoff", "queued");
    public static final String INTERNAL_REQUEST_RESOLVED = name("internal-request", "resolved");
    public static final String SCHEDULE_PUBLISHED = name("schedule", "published");
    public static final String POLICY_PUBLISHED = name("policy", "published");
    public static final String ARRANGEMENT_DECIDED = name("arrangement", "decided");

    private static final Instant EXAMPLE_OPENED = Instant.parse("2026-11-29T03:00:00Z");

    /** Every relayed module event, one entry each; the order is the catalogue's. */
    public static final List<Relay<?>> RELAYS = List.of(
            relay(
                    CASE_OPENED,
                    "case",
                    CaseOpened.class,
                    e -> e.caseId(),
                    e -> String.valueOf(e.caseId()),
                    CaseOpened::at,
                    EventCatalogue::caseOpened,
                    new CaseOpened(
                            1042L,
                            "KTR-2026-001042",
                            Channel.PHONE,
                            CaseType.COMPLAINT,
                            "delivery",
                            Priority.HIGH,
                            17L,
                            EXAMPLE_OPENED)),
            // a case can be reopened and resolved (or rated) again: each time is its own fact
            relay(
                    CASE_RESOLVED,
                    "case",
                    CaseResolved.class,
                    e -> e.caseId(),
                    e -> e.caseId() + ":" + millis(e.at()),
                    CaseResolved::at,
                    EventCatalogue::caseResolved,
                    new CaseResolved(
                            1042L,
                            "KTR-2026-001042",
                            CaseType.COMPLAINT,
                            "delivery",
                            Channel.PHONE,
                            17L,
                            17L,
                            EXAMPLE_OPENED,
                            Instant.parse("2026-11-29T05:12:09Z"))),
            relay(
                    CASE_RATED,
                    "case",
                    CaseRated.class,
                    e -> e.caseId(),
                    e -> e.caseId() + ":" + millis(e.at()),
                    CaseRated::at,
                    EventCatalogue::caseRated,
                    new CaseRated(1042L, "KTR-2026-001042", 4, 17L, Instant.parse("2026-11-30T08:00:00Z"))),
            relay(
                    APPROVAL_DECIDED,
                    "case",
                    ResolutionApproved.class,
                    e -> e.caseId(),
                    e -> String.valueOf(e.actionId()),
                    ResolutionApproved::at,
                    EventCatalogue::approved,
                    new ResolutionApproved(
                            311L,
                            1042L,
                            ResolutionType.REFUND,
                            1_500_000L,
                            17L,
                            4L,
                            Instant.parse("2026-11-29T04:01:00Z"))),
            relay(
                    APPROVAL_DECIDED,
                    "case",
                    ResolutionRejected.class,
                    e -> e.caseId(),
                    e -> String.valueOf(e.actionId()),
                    ResolutionRejected::at,
                    EventCatalogue::rejected,
                    new ResolutionRejected(
                            312L,
                            1042L,
                            ResolutionType.STORE_CREDIT,
                            250_000L,
                            17L,
                            4L,
                            Instant.parse("2026-11-29T04:02:00Z"))),
            relay(
                    HANDOFF_ACCEPTED,
                    "case",
                    HandoffAccepted.class,
                    e -> e.caseId(),
                    e -> String.valueOf(e.handoffId()),
                    HandoffAccepted::at,
                    EventCatalogue::handoffAccepted,
                    new HandoffAccepted(88L, 1042L, 23L, Instant.parse("2026-11-29T03:02:30Z"))),
            relay(
                    HANDOFF_QUEUED,
                    "case",
                    HandoffQueued.class,
                    e -> e.caseId(),
                    e -> String.valueOf(e.handoffId()),
                    HandoffQueued::at,
                    EventCatalogue::handoffQueued,
                    new HandoffQueued(89L, 1042L, "warranty", Instant.parse("2026-11-29T03:03:00Z"))),
            relay(
                    INTERNAL_REQUEST_RESOLVED,
                    "internal-request",
                    InternalRequestResolved.class,
                    e -> e.requestId(),
                    e -> e.requestId() + ":" + millis(e.at()),
                    InternalRequestResolved::at,
                    EventCatalogue::internalRequestResolved,
                    new InternalRequestResolved(
                            512L,
                            3L,
                            7L,
                            17L,
                            1042L,
                            "Paid out to the customer's account",
                            true,
                            31L,
                            Instant.parse("2026-11-29T06:30:00Z"))),
            // a schedule's or a policy's publication carries no time of its own: it happened when it is relayed
            relay(
                    SCHEDULE_PUBLISHED,
                    "schedule",
                    SchedulePublished.class,
                    e -> e.scheduleId(),
                    e -> e.scheduleId() + ":" + e.version(),
                    e -> null,
                    EventCatalogue::schedulePublished,
                    new SchedulePublished(
                            41L,
                            2L,
                            LocalDate.parse("2026-12-07"),
                            1,
                            List.of(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L))),
            relay(
                    POLICY_PUBLISHED,
                    "policy",
                    PolicyVersionPublished.class,
                    e -> e.policyId(),
                    e -> String.valueOf(e.versionId()),
                    e -> null,
                    EventCatalogue::policyPublished,
                    new PolicyVersionPublished(63L, 9L, PolicyCategory.TELEWORK, LocalDate.parse("2027-01-01"))),
            relay(
                    ARRANGEMENT_DECIDED,
                    "arrangement",
                    ArrangementDecided.class,
                    e -> e.arrangementId(),
                    e -> e.arrangementId() + ":" + millis(e.at()),
                    ArrangementDecided::at,
                    EventCatalogue::arrangementDecided,
                    new ArrangementDecided(
                            204L,
                            23L,
                            ArrangementKind.TELEWORK,
                            true,
                            false,
                            4L,
                            Instant.parse("2026-12-01T02:15:00Z"))));

    /** The types subscribers may ask for, each once, in the catalogue's order. */
    public static final List<EventType> TYPES =
            RELAYS.stream().map(Relay::type).distinct().toList();

    private EventCatalogue() {}

    private static String name(String family, String event) {
        return family + "." + event;
    }

    private static <E> Relay<E> relay(
            String type,
            String subject,
            Class<E> event,
            Function<E, Object> subjectId,
            Function<E, String> fact,
            Function<E, Instant> at,
            Function<E, Map<String, Object>> data,
            E example) {
        return new Relay<>(
                new EventType(type, subject), event, e -> subject + ":" + subjectId.apply(e), fact, at, data, example);
    }

    /** Whether subscribers may ask for this type. */
    public static boolean known(String name) {
        return TYPES.stream().anyMatch(t -> t.name().equals(name));
    }

    /** Whether this module event is relayed to webhooks. */
    public static boolean relays(Object event) {
        return relayOf(event).isPresent();
    }

    /**
     * The occurrence a module event is relayed as, or empty for an event no webhook hears of.
     *
     * @param relayedAt now: when an event that carries no time of its own happened
     */
    public static Optional<Occurrence> occurrence(Object event, Instant relayedAt) {
        return relayOf(event).map(r -> r.occurrence(event, relayedAt));
    }

    private static Optional<Relay<?>> relayOf(Object event) {
        if (event == null) {
            return Optional.empty();
        }
        // the event records are final: their class says which entry they are
        return RELAYS.stream().filter(r -> r.event() == event.getClass()).findFirst();
    }

    private static long millis(Instant at) {
        return at.toEpochMilli();
    }

    private static Map<String, Object> caseOpened(CaseOpened e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("channel", String.valueOf(e.channel()));
        data.put("caseType", String.valueOf(e.type()));
        data.put("topic", e.topic());
        data.put("priority", String.valueOf(e.priority()));
        return data;
    }

    private static Map<String, Object> caseResolved(CaseResolved e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("caseType", String.valueOf(e.type()));
        data.put("topic", e.topic());
        data.put("channel", String.valueOf(e.channel()));
        data.put("ownerId", e.ownerId());
        data.put("openedAt", String.valueOf(e.openedAt()));
        return data;
    }

    private static Map<String, Object> caseRated(CaseRated e) {
        Map<String, Object> data = data();
        data.put("caseId", e.caseId());
        data.put("reference", e.reference());
        data.put("stars", e.stars());
        return data;
    }

    private static Map<String, Object> approved(ResolutionApproved e) {
        return decided(e.actionId(), e.caseId(), String.valueOf(e.type()), e.amount(), "APPROVED", e.approvedBy());
    }

    private static Map<String, Object> rejected(ResolutionRejected e) {
        return decided(e.actionId(), e.caseId(), String.valueOf(e.type()), e.amount(), "REJECTED", e.rejectedBy());
    }

    private static Map<String, Object> decided(
            long actionId, long caseId, String resolution, long amount, String decision, long by) {
        Map<String, Object> data = data();
        data.put("actionId", actionId);
        data.put("caseId", caseId);
        data.put("resolution", resolution);
        data.put("amount", amount);
        data.put("decision", decision);
        data.put("decidedBy", by);
        return data;
    }

    private static Map<String, Object> handoffAccepted(HandoffAccepted e) {
        Map<String, Object> data = data();
        data.put("handoffId", e.handoffId());
        data.put("caseId", e.caseId());
        data.put("receiverId", e.receiverId());
        return data;
    }

    private static Map<String, Object> handoffQueued(HandoffQueued e) {
        Map<String, Object> data = data();
        data.put("handoffId", e.handoffId());
        data.put("caseId", e.caseId());
        data.put("topic", e.topic());
        return data;
    }

    private static Map<String, Object> internalRequestResolved(InternalRequestResolved e) {
        Map<String, Object> data = data();
        data.put("requestId", e.requestId());
        data.put("serviceId", e.serviceId());
        data.put("departmentId", e.departmentId());
        data.put("caseId", e.caseId());
        data.put("outcome", e.outcome());
        data.put("targetMet", e.targetMet());
        return data;
    }

    private static Map<String, Object> schedulePublished(SchedulePublished e) {
        Map<String, Object> data = data();
        data.put("scheduleId", e.scheduleId());
        data.put("queueId", e.queueId());
        data.put("monday", e.monday().toString());
        data.put("version", e.version());
        data.put("affectedEmployees", e.affectedEmployeeIds().size());
        return data;
    }

    private static Map<String, Object> policyPublished(PolicyVersionPublished e) {
        Map<String, Object> data = data();
        data.put("policyId", e.policyId());
        data.put("versionId", e.versionId());
        data.put("category", String.valueOf(e.category()));
        data.put("effectiveFrom", String.valueOf(e.effectiveFrom()));
        return data;
    }

    private static Map<String, Object> arrangementDecided(ArrangementDecided e) {
        Map<String, Object> data = data();
        data.put("arrangementId", e.arrangementId());
        data.put("employeeId", e.employeeId());
        data.put("kind", String.valueOf(e.kind()));
        data.put("decision", e.approved() ? "APPROVED" : "DECLINED");
        data.put("overridden", e.overridden());
        data.put("decidedBy", e.decidedBy());
        return data;
    }

    /** Keeps the fields in the order they are put (null values included, as JSON null). */
    private static Map<String, Object> data() {
        return new LinkedHashMap<>();
    }
}
