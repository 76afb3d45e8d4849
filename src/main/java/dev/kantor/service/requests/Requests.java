package dev.kantor.service.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.LinkedCase;
import dev.kantor.cases.LinkedCases;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.service.FieldKind;
import dev.kantor.service.InternalRequestFiled;
import dev.kantor.service.InternalRequestRated;
import dev.kantor.service.InternalRequestResolved;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Offering;
import dev.kantor.service.catalogue.Workplace;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Internal requests and who may do what with them. Requesters see their own; the handling department sees and
 * works its queue; its managers approve; the owner of a customer case follows the requests filed for it; an admin
 * sees all. Anyone else is told the request does not exist. Every change names the version it was made on (409
 * when someone changed the request since), and the target clock is counted in business time, standing still while
 * the department waits on the requester.
 */
@Service
@Transactional
public class Requests {

    /** A request with all a page or the API shows of it. */
    public record View(
            InternalRequest request,
            Offering service,
            TargetClock clock,
            List<RequestComment> history,
            List<RequestFile> files,
            Optional<LinkedCase> linkedCase,
            Permissions may) {}

    /** What the reader may do with a request. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "InternalRequestPermissions")
    public record Permissions(
            boolean work, boolean approve, boolean rate, boolean answer, boolean comment, boolean requester) {}

    static final int MAX_TEXT = 4000;

    private final RequestStore store;
    private final RequestFiles files;
    private final Catalogue catalogue;
    private final Workplace workplace;
    private final LinkedCases cases;
    private final BusinessCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Requests(
            RequestStore store,
            RequestFiles files,
            Catalogue catalogue,
            Workplace workplace,
            LinkedCases cases,
            BusinessCalendars calendars,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.files = files;
        this.catalogue = catalogue;
        this.workplace = workplace;
        this.cases = cases;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files a request with a service's form, as the signed-in employee; the files come with it, or nothing is
     * written.
     *
     * @param caseId the customer case it serves, or null
     */
    public InternalRequest file(long serviceId, Map<String, String> values, Long caseId, List<MultipartFile> sent) {
        long me = CurrentUser.employeeId("service.request.needs-employee");
        Offering service =
                catalogue.find(serviceId).orElseThrow(() -> InvalidInput.of("serviceId", "service.not-found"));
        if (!service.active()) {
            throw InvalidInput.of("serviceId", "service.withdrawn.refused");
        }
        List<RequestFiles.Checked> checked = files.check(sent);
        Set<String> attached = checked.isEmpty()
                ? Set.of()
                : service.fields().stream()
                        .filter(f -> f.kind() == FieldKind.ATTACHMENT)
                        .map(dev.kantor.service.FieldDefinition::name)
                        .collect(Collectors.toSet());
        Map<String, String> kept = FormValues.check(service.fields(), values, attached);
        if (caseId != null && cases.find(caseId).isEmpty()) {
            throw InvalidInput.of("caseId", "service.request.case-unknown");
        }
        long id = open(service, me, caseId, null, kept, clock.instant()).orElseThrow();
        files.keep(id, me, checked);
        return store.get(id);
    }

    /**
     * Files a request by itself for a fact another module told of (a refund carried out on a customer case), once:
     * the same {@code origin} told again files nothing.
     *
     * @return the new request's id, or empty when this fact filed one before
     */
    public Optional<Long> fileFor(
            String origin, Offering service, long requesterId, Long caseId, Map<String, String> values, Instant at) {
        return open(service, requesterId, caseId, origin, values, at);
    }

    private Optional<Long> open(
            Offering service, long requesterId, Long caseId, String origin, Map<String, String> values, Instant at) {
        boolean approval = service.needsApproval();
        Instant due = approval ? null : calendars.current().plus(at, service.target());
        Optional<Long> id = store.insert(
                service.id(),
                service.departmentId(),
                requesterId,
                caseId,
                origin,
                approval ? RequestStatus.AWAITING_APPROVAL : RequestStatus.OPEN,
                null,
                at,
                approval ? null : at,
                due,
                service.targetMinutes(),
                values);
        id.ifPresent(request -> {
            store.comment(request, requesterId, at, RequestComment.Kind.FILED, null);
            events.publishEvent(
                    new InternalRequestFiled(request, service.id(), service.departmentId(), requesterId, caseId, at));
        });
        return id;
    }

    /** A request with its history, files and clock, if the reader may see it (404 otherwise). */
    @Transactional(readOnly = true)
    public View view(long id) {
        InternalRequest r = store.get(id);
        Workplace.Me me = workplace.me();
        Optional<LinkedCase> linked = r.caseId() == null ? Optional.empty() : cases.find(r.caseId());
        if (!maySee(r, me, linked)) {
            throw KantorException.notFound("service.request.not-found");
        }
        boolean requester = me.employeeId() != null && me.employeeId() == r.requesterId();
        boolean work = me.worksIn(r.departmentId()) && r.status().open();
        return new View(
                r,
                catalogue.get(r.serviceId()),
                clockOf(r, store.pauses(id)),
                store.comments(id),
                files.list(id),
                linked,
                new Permissions(
                        work && r.status() != RequestStatus.AWAITING_APPROVAL,
                        me.manages(r.departmentId()) && r.status() == RequestStatus.AWAITING_APPROVAL,
                        requester && r.status() == RequestStatus.RESOLVED && !r.rated(),
                        requester && r.status() == RequestStatus.WAITING_ON_REQUESTER,
                        me.employeeId() != null,
                        requester));
    }

    /** Whether someone may see a request: its requester, the handling department, the linked case's owner, an admin. */
    static boolean maySee(InternalRequest r, Workplace.Me me, Optional<LinkedCase> linked) {
        if (me.admin() || me.worksIn(r.departmentId())) {
            return true;
        }
        Long employee = me.employeeId();
        return employee != null
                && (employee == r.requesterId()
                        || linked.map(LinkedCase::ownerId).map(employee::equals).orElse(false));
    }

    /** A file of a request the reader may see. */
    @Transactional(readOnly = true)
    public RequestFile file(long requestId, long fileId) {
        view(requestId);
        return files.find(requestId, fileId).orElseThrow(() -> KantorException.notFound("attachments.not-found"));
    }

    /** Gives the request to someone of the handling department, or back to the queue ({@code assigneeId} null). */
    public InternalRequest assign(long id, Long assigneeId, int version) {
        InternalRequest r = workable(id);
        if (assigneeId != null
                && !workplace
                        .departmentOf(assigneeId)
                        .map(d -> d == r.departmentId())
                        .orElse(false)) {
            throw InvalidInput.of("assigneeId", "service.request.assignee-elsewhere");
        }
        Instant now = clock.instant();
        store.update(with(r, r.status(), assigneeId, r.startedAt(), r.dueAt(), null, null, null), version);
        store.comment(id, workplace.me().employeeId(), now, RequestComment.Kind.ASSIGNED, null);
        return store.get(id);
    }

    /** Asks the requester something: the target clock stands still until they answer. */
    public InternalRequest ask(long id, String question, int version) {
        InternalRequest r = workable(id);
        text("question", question, true);
        if (r.status() != RequestStatus.OPEN) {
            throw KantorException.invalid("service.request.not-open");
        }
        Instant now = clock.instant();
        store.update(
                with(r, RequestStatus.WAITING_ON_REQUESTER, r.assigneeId(), r.startedAt(), null, null, null, null),
                version);
        store.pause(id, now);
        store.comment(id, workplace.me().employeeId(), now, RequestComment.Kind.ASKED, question.strip());
        return store.get(id);
    }

    /**
     * Writes on a request's history; the requester's answer to a question starts the clock again. Files may come
     * with it.
     */
    public InternalRequest comment(long id, String body, int version, List<MultipartFile> sent) {
        View view = view(id);
        InternalRequest r = view.request();
        long me = CurrentUser.employeeId("service.request.needs-employee");
        text("body", body, true);
        List<RequestFiles.Checked> checked = files.check(sent);
        Instant now = clock.instant();
        if (view.may().answer()) {
            store.resume(id, now);
            List<TargetClock.Span> pauses = store.pauses(id);
            TargetClock resumed = clockOf(r, pauses);
            store.update(
                    with(r, RequestStatus.OPEN, r.assigneeId(), r.startedAt(), resumed.dueAt(now), null, null, null),
                    version);
            store.comment(id, me, now, RequestComment.Kind.ANSWERED, body.strip());
        } else {
            if (r.version() != version) {
                throw KantorException.conflict("error.concurrent-change");
            }
            store.comment(id, me, now, RequestComment.Kind.COMMENT, body.strip());
        }
        files.keep(id, me, checked);
        return store.get(id);
    }

    /** A manager of the handling department approves a request whose service needs it: its clock starts. */
    public InternalRequest approve(long id, int version) {
        InternalRequest r = store.get(id);
        Workplace.Me me = workplace.me();
        if (!maySee(r, me, Optional.empty()) && !me.manages(r.departmentId())) {
            throw KantorException.notFound("service.request.not-found");
        }
        if (!me.manages(r.departmentId())) {
            throw forbidden();
        }
        if (r.status() != RequestStatus.AWAITING_APPROVAL) {
            throw KantorException.invalid("service.request.not-awaiting-approval");
        }
        Instant now = clock.instant();
        Instant due = calendars.current().plus(now, Duration.ofMinutes(r.targetMinutes()));
        store.update(with(r, RequestStatus.OPEN, r.assigneeId(), now, due, null, null, null), version);
        store.comment(id, me.employeeId(), now, RequestComment.Kind.APPROVED, null);
        return store.get(id);
    }

    /**
     * Resolves a request: its clock stops and says whether the target was met; the requester (and the owner of a
     * linked case) hear of it through {@link InternalRequestResolved}.
     */
    public InternalRequest resolve(long id, String note, int version) {
        InternalRequest r = workable(id);
        text("note", note, false);
        if (r.status() == RequestStatus.AWAITING_APPROVAL) {
            throw KantorException.invalid("service.request.not-approved");
        }
        Instant now = clock.instant();
        if (r.status() == RequestStatus.WAITING_ON_REQUESTER) {
            store.resume(id, now);
        }
        TargetClock stopped = clockOf(r, store.pauses(id)).stoppedAt(now);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        store.update(
                with(r, RequestStatus.RESOLVED, r.assigneeId(), r.startedAt(), null, now, stopped.met(), cleanNote),
                version);
        long by = workplace.me().employeeId() == null
                ? r.requesterId()
                : workplace.me().employeeId();
        store.comment(id, workplace.me().employeeId(), now, RequestComment.Kind.RESOLVED, cleanNote);
        Offering service = catalogue.get(r.serviceId());
        events.publishEvent(new InternalRequestResolved(
                id,
                r.serviceId(),
                r.departmentId(),
                r.requesterId(),
                r.caseId(),
                service.triggeredBy() == null ? "OTHER" : service.triggeredBy(),
                stopped.met(),
                by,
                now));
        return store.get(id);
    }

    /**
     * The requester rates a resolved request, once: 1 to 5 stars and a comment; other modules hear of it through
     * {@link InternalRequestRated}.
     */
    public InternalRequest rate(long id, Integer stars, String comment) {
        View view = view(id);
        InternalRequest r = view.request();
        if (!view.may().requester()) {
            throw forbidden();
        }
        new InputCheck()
                .required("stars", stars)
                .range("stars", stars, 1, 5)
                .maxLength("comment", comment, 2000)
                .throwIfAny();
        if (r.status() != RequestStatus.RESOLVED) {
            throw KantorException.invalid("service.request.not-resolved");
        }
        if (r.rated()) {
            throw KantorException.conflict("service.request.rated-already");
        }
        Instant now = clock.instant();
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        store.update(rated(r, stars, clean), r.version());
        store.rated(id, now);
        store.comment(id, r.requesterId(), now, RequestComment.Kind.RATED, stars + (clean == null ? "" : " " + clean));
        events.publishEvent(
                new InternalRequestRated(id, r.serviceId(), r.departmentId(), r.requesterId(), r.caseId(), stars, now));
        return store.get(id);
    }

    /**
     * The clocks of a list's requests, by request id: their pauses read in one query and the business calendar
     * once, whatever the length of the list.
     */
    @Transactional(readOnly = true)
    public Map<Long, TargetClock> clocksOf(List<InternalRequest> requests) {
        Map<Long, List<TargetClock.Span>> pauses =
                store.pauses(requests.stream().map(InternalRequest::id).toList());
        BusinessCalendar calendar = calendars.current();
        Map<Long, TargetClock> clocks = new HashMap<>();
        for (InternalRequest r : requests) {
            clocks.put(r.id(), clockOf(calendar, r, pauses.getOrDefault(r.id(), List.of())));
        }
        return clocks;
    }

    /** The clock of a request as stored. */
    @Transactional(readOnly = true)
    public TargetClock clockOf(InternalRequest r, List<TargetClock.Span> pauses) {
        return clockOf(calendars.current(), r, pauses);
    }

    private static TargetClock clockOf(BusinessCalendar calendar, InternalRequest r, List<TargetClock.Span> pauses) {
        return new TargetClock(calendar, Duration.ofMinutes(r.targetMinutes()), r.startedAt(), r.resolvedAt(), pauses);
    }

    private InternalRequest workable(long id) {
        InternalRequest r = store.get(id);
        Workplace.Me me = workplace.me();
        Optional<LinkedCase> linked = r.caseId() == null ? Optional.empty() : cases.find(r.caseId());
        if (!maySee(r, me, linked)) {
            throw KantorException.notFound("service.request.not-found");
        }
        if (!me.worksIn(r.departmentId())) {
            throw forbidden();
        }
        if (!r.status().open()) {
            throw KantorException.invalid("service.request.resolved-already");
        }
        return r;
    }

    private static void text(String field, String value, boolean required) {
        InputCheck check = new InputCheck();
        if (required) {
            check.required(field, value, MAX_TEXT);
        } else {
            check.maxLength(field, value, MAX_TEXT);
        }
        check.throwIfAny();
    }

    private static KantorException forbidden() {
        return new KantorException(KantorException.Kind.FORBIDDEN, "service.request.not-yours");
    }

    private static InternalRequest with(
            InternalRequest r,
            RequestStatus status,
            Long assignee,
            Instant started,
            Instant due,
            Instant resolved,
            Boolean met,
            String note) {
        return new InternalRequest(
                r.id(),
                r.serviceId(),
                r.departmentId(),
                r.requesterId(),
                r.caseId(),
                r.origin(),
                status,
                assignee,
                r.filedAt(),
                started,
                due,
                resolved,
                r.targetMinutes(),
                met,
                note,
                r.rating(),
                r.ratingComment(),
                r.version(),
                r.values());
    }

    private static InternalRequest rated(InternalRequest r, int stars, String comment) {
        return new InternalRequest(
                r.id(),
                r.serviceId(),
                r.departmentId(),
                r.requesterId(),
                r.caseId(),
                r.origin(),
                r.status(),
                r.assigneeId(),
                r.filedAt(),
                r.startedAt(),
                r.dueAt(),
                r.resolvedAt(),
                r.targetMinutes(),
                r.targetMet(),
                r.resolutionNote(),
                stars,
                comment,
                r.version(),
                r.values());
    }
}
