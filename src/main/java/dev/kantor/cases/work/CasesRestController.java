package dev.kantor.cases.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.customercase.CaseChangedMeanwhile;
import dev.kantor.cases.customercase.CaseField;
import dev.kantor.cases.customercase.FieldChange;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.cases.views.BuiltInView;
import dev.kantor.cases.views.CaseViews;
import dev.kantor.cases.views.OwnerScope;
import dev.kantor.cases.views.QueueOrder;
import dev.kantor.cases.views.SavedView;
import dev.kantor.cases.views.SortColumn;
import dev.kantor.cases.views.SortDirection;
import dev.kantor.cases.views.ViewCriteria;
import dev.kantor.cases.work.CaseQueries.CaseDetail;
import dev.kantor.cases.work.CaseResponses.CaseResponse;
import dev.kantor.cases.work.CaseResponses.CaseSummaryResponse;
import dev.kantor.cases.work.CaseResponses.MessageRequest;
import dev.kantor.cases.work.CaseResponses.OwnerRequest;
import dev.kantor.cases.work.CaseResponses.PersonRef;
import dev.kantor.cases.work.CaseResponses.PriorityRequest;
import dev.kantor.cases.work.CaseResponses.RatingResponse;
import dev.kantor.cases.work.CaseResponses.StatusRequest;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.ProblemTypes;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer cases through the REST API, for the people who work on them (agents, managers,
 * admins, staff): list, read, write, hand over and change status or priority. Messages append
 * without a version; a change of a field conflicts only with a change of the same field. Opening a case and resolving it
 * are beside intake and resolutions.
 */
@RestController
@RequestMapping("/api")
@Tag(
        name = "Cases",
        description = "Customer cases from every channel: queues with service targets, the timeline, "
                + "resolution actions within delegated authority and customer ratings")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CasesRestController {

    private final CaseWork work;
    private final CaseQueries queries;
    private final MessageSource messages;
    private final CaseViews views;
    private final AppendedReplies replies;

    CasesRestController(
            CaseWork work, CaseQueries queries, MessageSource messages, CaseViews views, AppendedReplies replies) {
        this.work = work;
        this.queries = queries;
        this.messages = messages;
        this.views = views;
        this.replies = replies;
    }

    @GetMapping("/cases")
    @Operation(
            summary = "The case queue",
            description = "Each case with where it stands against its first-response and resolution targets, "
                    + "newest first unless sorted otherwise (ties go by id the same way; unowned cases and cases "
                    + "with no target running come last). Every filter is optional; sla matches either target. "
                    + "open (only cases not yet resolved) is true by default unless a status is asked for. "
                    + "view is a built-in view (mine, unassigned, open, breaching) or the id of one of the caller's "
                    + "saved views: its filters and order, each replaced by one given beside it. "
                    + "sort is one of the queue's columns, -column for the other way.")
    @Sortable({"reference", "subject", "customer", "status", "priority", "owner", "opened", "due"})
    Paged<CaseSummaryResponse> queue(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) OwnerScope owner,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean open,
            PageQuery paging) {
        ViewCriteria base = view == null ? ViewCriteria.ALL_OPEN : viewCriteria(view);
        ViewCriteria c = new ViewCriteria(
                status != null ? status : base.status(),
                priority != null ? priority : base.priority(),
                topic != null ? topic : base.topic(),
                channel != null ? channel : base.channel(),
                type != null ? type : base.type(),
                sla != null ? sla : base.sla(),
                owner != null ? owner : base.owner(),
                q != null ? q : base.text(),
                paging.order() != null
                        ? new QueueOrder(
                                SortColumn.valueOf(paging.order().field().toUpperCase(Locale.ROOT)),
                                paging.descending() ? SortDirection.DESC : SortDirection.ASC)
                        : base.order());
        if (paging.offset() > CaseQueries.MAX_OFFSET) {
            throw InvalidInput.of("page", "validation.range", 0, CaseQueries.MAX_OFFSET / paging.size());
        }
        Long me = c.owner() == OwnerScope.MINE ? CurrentUser.employeeId("case.no-employee") : null;
        QueuePage page = queries.queue(
                new CaseFilter(
                        c.status(),
                        c.priority(),
                        c.topic(),
                        c.channel(),
                        c.type(),
                        c.sla(),
                        c.owner() == null ? null : c.owner().name(),
                        me,
                        open != null ? open : c.openOnly(),
                        c.text(),
                        paging.size()),
                c.order(),
                (int) paging.offset());
        return paging.page(page.cases(), page.total()).map(CaseSummaryResponse::of);
    }

    /** A built-in view by its name, or one of the caller's saved views by its id. */
    private ViewCriteria viewCriteria(String view) {
        return BuiltInView.of(view)
                .map(BuiltInView::criteria)
                .or(() -> view.strip().matches("\\d{1,18}")
                        ? views.find(Long.parseLong(view.strip())).map(SavedView::criteria)
                        : java.util.Optional.empty())
                .orElseThrow(() -> InvalidInput.of("view", "queue.views.unknown"));
    }

    @GetMapping("/cases/{id}")
    @Operation(
            summary = "One case",
            description =
                    "With its customer, service targets, the whole timeline "
                            + "(internal notes and approval steps included), resolution actions and the customer's rating, if any.")
    CaseResponse get(@PathVariable long id) {
        return CaseResponse.of(detail(id), CaseResponses.names(queries::employeeName));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/cases/{id}/messages")
    @Operation(
            summary = "Reply to the customer or add an internal note",
            description = "Messages only append: a reply or a note needs no version and goes through whatever "
                    + "happened to the case meanwhile (a colleague's reply, the customer writing again). A reply "
                    + "goes to the customer by e-mail when they have an address, and on their private link; the "
                    + "reply's timeline entry says which (channel EMAIL, or WEB when it was not e-mailed because "
                    + "the customer has no address). email adds an address to a customer who has none and mails "
                    + "the reply there; byPhone records it as a note of a call instead, e-mailed to nobody. The "
                    + "first reply stops the first-response clock. A status sent with a reply (or waitForCustomer) "
                    + "needs the version it was chosen on: 409 naming who changed the status, from what to what, "
                    + "when someone else changed it since, and then nothing is written. internal=true adds a note "
                    + "the customer never sees. 201 with the case.")
    ResponseEntity<CaseResponse> message(@PathVariable long id, @RequestBody MessageRequest request) {
        if (Boolean.TRUE.equals(request.internal())) {
            work.note(id, request.text());
        } else {
            CaseStatus then = request.status() != null
                    ? request.status()
                    : Boolean.TRUE.equals(request.waitForCustomer()) ? CaseStatus.WAITING_ON_CUSTOMER : null;
            replies.reply(
                    id,
                    new CaseWork.Reply(request.text(), then, Boolean.TRUE.equals(request.byPhone()), request.email()),
                    request.version());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(get(id));
    }

    @PutMapping("/cases/{id}/owner")
    @Operation(
            summary = "Take a case or hand it to someone",
            description =
                    "Without employeeId the caller takes it. 409 naming who changed the owner, from whom to whom, "
                            + "when someone else changed it since the version sent.")
    CaseResponse owner(@PathVariable long id, @RequestBody OwnerRequest request) {
        int version = version(request.version());
        try {
            if (request.employeeId() == null) {
                work.take(id, version);
            } else {
                work.assign(id, request.employeeId(), version);
            }
        } catch (InvalidInput e) {
            // the service names the page's owner field
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(
                            "ownerId".equals(p.field()) ? "employeeId" : p.field(), p.messageKey(), p.args()))
                    .toList());
        }
        return get(id);
    }

    @PutMapping("/cases/{id}/status")
    @Operation(
            summary = "Change a case's status by hand",
            description = "OPEN, WAITING_ON_CUSTOMER, RESOLVED or "
                    + "CLOSED (only once resolved); PENDING_APPROVAL is set by resolution requests. 422 when the rules do "
                    + "not allow it; 409 naming who changed the status, from what to what, when someone else changed "
                    + "it since the version sent (changes of the owner or priority, and messages, do not conflict).")
    CaseResponse status(@PathVariable long id, @RequestBody StatusRequest request) {
        work.changeStatus(id, request.status(), version(request.version()));
        return get(id);
    }

    @PutMapping("/cases/{id}/priority")
    @Operation(
            summary = "Change a case's priority by hand",
            description = "422 when the case has that priority already or is closed; 409 naming who changed the "
                    + "priority, from what to what, when someone else changed it since the version sent.")
    CaseResponse priority(@PathVariable long id, @RequestBody PriorityRequest request) {
        work.changePriority(id, request.priority(), version(request.version()));
        return get(id);
    }

    /**
     * A field changed by someone else since the version sent: 409, naming each change (who changed
     * which field, from what to what, when) and the version to send the change again with.
     */
    @ExceptionHandler(CaseChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(CaseChangedMeanwhile e) {
        Locale locale = LocaleContextHolder.getLocale();
        LongFunction<String> names = CaseResponses.names(queries::employeeName);
        List<String> sentences = ChangeLines.of(e.changes(), messages, locale, names);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(ProblemTypes.uri("concurrent-change"));
        problem.setTitle(
                messages.getMessage("cases.changed-meanwhile.api", new Object[] {String.join(" ", sentences)}, locale));
        problem.setProperty("version", e.currentVersion());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < e.changes().size(); i++) {
            FieldChange c = e.changes().get(i);
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("field", c.field().name().toLowerCase(Locale.ROOT));
            change.put("from", valueOf(c, c.from(), names));
            change.put("to", valueOf(c, c.to(), names));
            change.put("by", c.by() == null ? null : PersonRef.of(c.by(), names));
            change.put("byCustomer", c.byCustomer());
            change.put("at", c.at());
            change.put("message", sentences.get(i));
            changes.add(change);
        }
        problem.setProperty("changes", changes);
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A status or priority as its code; an owner as the person. */
    private static Object valueOf(FieldChange c, String value, LongFunction<String> names) {
        if (c.field() != CaseField.OWNER || value == null) {
            return value;
        }
        return PersonRef.of(Long.valueOf(value), names);
    }

    @GetMapping("/ratings")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Recent customer ratings (managers, admins)", description = "Newest first.")
    Paged<RatingResponse> ratings(PageQuery paging) {
        return paging.page(queries.ratings(paging.offset(), paging.size()), queries.countRatings())
                .map(r -> new RatingResponse(r.caseId(), r.reference(), r.stars(), r.comment(), r.ratedAt()));
    }

    private CaseDetail detail(long id) {
        return queries.detail(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
    }

    /** The case version a change was based on, which every change needs. */
    static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return version;
    }
}
