package dev.kantor.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.i18n.Languages;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warm handoffs from start to finish. The sender chooses a colleague (or takes the suggestion);
 * the colleague accepts or declines; an offer nobody answers runs out after a set time and moves
 * to the next person; when nobody is left, the case waits in its team's queue and the on-duty
 * manager is alerted. Every step is on the case's timeline and in the audit trail.
 */
@Service
@Transactional
public class HandoffDesk {

    private static final Logger log = LoggerFactory.getLogger(HandoffDesk.class);
    static final int MAX_NOTE = 1000;
    static final int MAX_REASON = 500;
    /** On the handoff form the walk-in customer's fields are called after the customer. */
    private static final Map<String, String> CUSTOMER_FIELDS = Map.of("name", "customerName", "email",
            "customerEmail", "phone", "customerPhone");

    private final Handoffs handoffs;
    private final WhoCanHelp whoCanHelp;
    private final TopicCatalogue topics;
    private final HandoffCases cases;
    private final ApplicationEventPublisher events;
    private final People people;
    private final PresenceBoard presence;
    private final RoutingAlerts alerts;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration offerTimeout;
    private final int maxOffers;

    HandoffDesk(Handoffs handoffs, WhoCanHelp whoCanHelp, TopicCatalogue topics, HandoffCases cases,
            ApplicationEventPublisher events, People people, PresenceBoard presence, RoutingAlerts alerts, AuditTrail audit,
            Clock clock, TransactionTemplate transactions,
            @Value("${kantor.routing.offer-timeout:PT2M}") Duration offerTimeout,
            @Value("${kantor.routing.max-offers:3}") int maxOffers) {
        this.handoffs = handoffs;
        this.whoCanHelp = whoCanHelp;
        this.topics = topics;
        this.cases = cases;
        this.events = events;
        this.people = people;
        this.presence = presence;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.offerTimeout = offerTimeout;
        this.maxOffers = maxOffers;
    }

    /** Starts a handoff from the signed-in employee. */
    public Handoff start(HandoffRequest request) {
        long me = me();
        new InputCheck().required("topic", request.topic(), 40).maxLength("note", request.note(), MAX_NOTE)
                .throwIfAny();
        String language = request.language() == null || request.language().isBlank() ? null : request.language();
        HelpAnswer answer = whoCanHelp.ask(request.topic(), language, Set.of(me));
        Long receiver = request.receiverId();
        if (receiver != null && answer.helpers().stream().noneMatch(c -> c.id() == receiver)) {
            throw InvalidInput.of("receiverId", "routing.handoff.receiver-not-available");
        }
        long caseId = request.newCustomer() ? openCase(request, language, me) : existingCase(request.caseId());
        HandoffCase c = cases.find(caseId).orElseThrow();
        String lang = language != null ? language : c.customerLanguage();
        // stored before its first step, whose event names it
        Handoff h = handoffs.save(
                Handoff.start(caseId, request.topic(), lang, me, departmentOf(me), request.note(), clock.instant()));
        events.publishEvent(new HandoffStarted(h.getId(), caseId, me, h.getNote(), h.getCreatedAt()));
        if (answer.anyoneNow()) {
            offer(h, receiver != null ? receiver : answer.helpers().get(0).id());
            h = handoffs.save(h);
        } else {
            h = fallBack(h);
        }
        audit.created("handoff", h.getId(), c.reference(), Map.of("topic", h.getTopic(), "language", h.getLanguage(),
                "state", h.getState().name(), "offeredTo", name(h.getOfferedTo())));
        return h;
    }

    public Handoff accept(long handoffId) {
        long me = me();
        Handoff h = load(handoffId);
        Map<String, String> before = snapshot(h);
        h.accept(me, clock.instant());
        h = save(h);
        alerts.alert(h.getSenderId(), h.getId(), AlertKind.ACCEPTED);
        audit.changed("handoff", h.getId(), reference(h), AuditAction.UPDATED, before, snapshot(h));
        return h;
    }

    public Handoff decline(long handoffId, String reason) {
        long me = me();
        new InputCheck().maxLength("reason", reason, MAX_REASON).throwIfAny();
        Handoff h = load(handoffId);
        Map<String, String> before = snapshot(h);
        h.decline(me, reason, clock.instant());
        h = next(h);
        audit.changed("handoff", h.getId(), reference(h), AuditAction.UPDATED, before, snapshot(h));
        return h;
    }

    /**
     * Moves every offer that ran out to the next person. Each handoff is moved in its own
     * transaction under its version, so that when several nodes run this, each offer moves once.
     */
    @Scheduled(fixedDelayString = "${kantor.routing.expiry-check:PT5S}")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int expireOffers() {
        int moved = 0;
        for (Handoff due : SystemUser.call(() -> handoffs.offersRunOut(clock.instant()))) {
            try {
                Boolean done = transactions.execute(status -> SystemUser.call(() -> {
                    Handoff h = handoffs.findById(due.getId()).orElseThrow();
                    if (h.getState() != HandoffState.OFFERED || h.getOfferedTo() == null
                            || clock.instant().isBefore(h.getOfferExpiresAt())) {
                        return false;
                    }
                    Map<String, String> before = snapshot(h);
                    h.expire(clock.instant());
                    Handoff after = next(h);
                    audit.changed("handoff", after.getId(), reference(after), AuditAction.UPDATED, before,
                            snapshot(after));
                    return true;
                }));
                moved += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException | KantorException e) {
                log.debug("Handoff {} was answered while its offer ran out: {}", due.getId(), e.getMessage());
            }
        }
        return moved;
    }

    @Transactional(readOnly = true)
    public Handoff get(long handoffId) {
        Handoff h = load(handoffId);
        KantorUser user = CurrentUser.get().orElseThrow();
        boolean involved = user.employeeId() != null && (user.employeeId() == h.getSenderId()
                || h.asked().contains(user.employeeId()));
        if (!involved && user.role() != Role.MANAGER && user.role() != Role.ADMIN) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "routing.handoff.not-involved");
        }
        return h;
    }

    @Transactional(readOnly = true)
    public List<Handoff> offeredToMe() {
        return handoffs.offeredTo(me());
    }

    @Transactional(readOnly = true)
    public List<Handoff> ofCase(long caseId) {
        return handoffs.ofCase(caseId);
    }

    List<RoutingAlerts.Alert> myAlerts() {
        return alerts.unseen(me());
    }

    boolean dismiss(long alertId) {
        return alerts.seen(me(), alertId);
    }

    /** After an offer ends unaccepted: ask the next best person, or fall back to the queue. */
    private Handoff next(Handoff h) {
        Set<Long> skip = new HashSet<>(h.asked());
        skip.add(h.getSenderId());
        if (h.getOffers().size() < maxOffers) {
            HelpAnswer answer = whoCanHelp.ask(h.getTopic(), h.getLanguage(), skip);
            if (answer.anyoneNow()) {
                offer(h, answer.helpers().get(0).id());
                return save(h);
            }
        }
        return fallBack(save(h));
    }

    private void offer(Handoff h, long to) {
        h.offerTo(to, clock.instant(), offerTimeout);
    }

    /** Nobody can take the customer: the case waits in the queue, and the sender and on-duty managers know. */
    private Handoff fallBack(Handoff h) {
        h.queue(clock.instant());
        Handoff saved = save(h);
        alerts.alert(saved.getSenderId(), saved.getId(), AlertKind.QUEUED);
        for (long manager : onDutyManagers(saved)) {
            if (manager != saved.getSenderId()) {
                alerts.alert(manager, saved.getId(), AlertKind.QUEUED);
            }
        }
        return saved;
    }

    /**
     * The managers of the topic's team who are not off duty; else the sender's own manager; else
     * the team's managers whatever their presence, so that somebody is always told.
     */
    Set<Long> onDutyManagers(Handoff h) {
        Long team = topics.find(h.getTopic()).map(Topic::getTeamDepartmentId).orElse(null);
        if (team == null) {
            team = h.getSenderDepartmentId();
        }
        List<Long> managers = team == null ? List.of() : people.managersIn(team).stream().map(Employee::getId).toList();
        Map<Long, Presence> present = presence.of(managers);
        Set<Long> onDuty = new HashSet<>();
        managers.stream().filter(m -> present.get(m).status() != PresenceStatus.OFF_DUTY).forEach(onDuty::add);
        if (onDuty.isEmpty()) {
            people.employee(h.getSenderId()).map(Employee::getManagerId).ifPresent(onDuty::add);
        }
        if (onDuty.isEmpty()) {
            onDuty.addAll(managers);
        }
        return onDuty;
    }

    /**
     * A walk-in case for the customer standing here. The sender's note is context for their
     * colleague, not the customer's message: it goes on the case as an internal note (see start).
     */
    private long openCase(HandoffRequest request, String language, long me) {
        try {
            // the customer's e-mails are in their language where Kantor writes it, else in Indonesian
            String mailLanguage = language != null && Languages.of(language).isPresent() ? language : null;
            return cases.openForWalkIn(new WalkInCustomer(request.customerName(), request.customerEmail(),
                    request.customerPhone(), mailLanguage, request.topic(),
                    topics.name(request.topic(), Languages.of(mailLanguage).orElse(Languages.INDONESIAN))), me);
        } catch (InvalidInput e) {
            // on this form the new case's fields are the customer's
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(CUSTOMER_FIELDS.getOrDefault(p.field(), p.field()), p.messageKey(),
                            p.args()))
                    .toList());
        }
    }

    private long existingCase(long caseId) {
        HandoffCase c = cases.find(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        if (c.closed()) {
            throw InvalidInput.of("caseId", "routing.handoff.case-closed");
        }
        return caseId;
    }

    private Long departmentOf(long employeeId) {
        return people.employee(employeeId).flatMap(e -> people.position(e.getPositionId()))
                .map(p -> p.getDepartmentId()).orElse(null);
    }

    private Handoff load(long handoffId) {
        return handoffs.findById(handoffId)
                .orElseThrow(() -> KantorException.notFound("routing.handoff.not-found", handoffId));
    }

    private Handoff save(Handoff h) {
        try {
            return handoffs.save(h);
        } catch (OptimisticLockingFailureException e) {
            throw KantorException.conflict("routing.handoff.answered-meanwhile");
        }
    }

    private String reference(Handoff h) {
        return cases.find(h.getCaseId()).map(HandoffCase::reference).orElse("#" + h.getCaseId());
    }

    private Map<String, String> snapshot(Handoff h) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("state", h.getState().name());
        s.put("offeredTo", name(h.getOfferedTo()));
        s.put("receiver", name(h.getReceiverId()));
        return s;
    }

    private String name(Long employeeId) {
        return employeeId == null ? "" : people.nameOf(employeeId).orElse("#" + employeeId);
    }

    /** The signed-in employee; accounts without one cannot hand customers over. */
    public static long me() {
        return CurrentUser.employeeId("routing.no-employee");
    }
}
