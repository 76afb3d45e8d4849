package dev.kantor.cases.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.kantor.cases.CaseFilter;
import dev.kantor.cases.CaseIntake;
import dev.kantor.cases.CaseQueries;
import dev.kantor.cases.SlaTargets;
import dev.kantor.cases.CaseQueries.CaseDetail;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.CaseWork;
import dev.kantor.cases.Channel;
import dev.kantor.cases.CustomerCase;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ProposalOutcome;
import dev.kantor.cases.Resolutions;
import dev.kantor.cases.SlaState;
import dev.kantor.cases.web.CasesApiDtos.ActionResponse;
import dev.kantor.cases.web.CasesApiDtos.CaseResponse;
import dev.kantor.cases.web.CasesApiDtos.CaseSummaryResponse;
import dev.kantor.cases.web.CasesApiDtos.MessageRequest;
import dev.kantor.cases.web.CasesApiDtos.NewCaseRequest;
import dev.kantor.cases.web.CasesApiDtos.Outcome;
import dev.kantor.cases.web.CasesApiDtos.OwnerRequest;
import dev.kantor.cases.web.CasesApiDtos.PersonRef;
import dev.kantor.cases.web.CasesApiDtos.ProposalResponse;
import dev.kantor.cases.web.CasesApiDtos.RatingResponse;
import dev.kantor.cases.web.CasesApiDtos.ResolutionRequest;
import dev.kantor.cases.web.CasesApiDtos.StatusRequest;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer cases through the REST API, for the people who work on them (agents, managers,
 * admins, staff): open, list, read, write, hand over, change status, and resolve within
 * delegated authority or ask for approval above it.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Cases", description = "Customer cases from every channel: queues with service targets, the timeline, "
        + "resolution actions within delegated authority and customer ratings")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CasesApi {

    /** Which cases the queue shows by owner. */
    enum OwnerFilter { MINE, UNASSIGNED }

    /** The service's field names for a new case, as the nested request names them. */
    private static final Map<String, String> CUSTOMER_FIELDS = Map.of("customerName", "customer.name",
            "email", "customer.email", "phone", "customer.phone", "language", "customer.language");

    private final CaseIntake intake;
    private final CaseWork work;
    private final Resolutions resolutions;
    private final CaseQueries queries;
    private final SlaTargets targets;

    CasesApi(CaseIntake intake, CaseWork work, Resolutions resolutions, CaseQueries queries, SlaTargets targets) {
        this.targets = targets;
        this.intake = intake;
        this.work = work;
        this.resolutions = resolutions;
        this.queries = queries;
    }

    @PostMapping("/cases")
    @Operation(summary = "Open a case logged by the caller", description = "The caller owns the new case; a walk-in "
            + "or a call counts as answered. The customer gets a confirmation e-mail with their private link. 201 "
            + "with the case and its Location; 400 with the broken fields (customer.email, subject, …).")
    ResponseEntity<CaseResponse> open(@RequestBody NewCaseRequest request) {
        long me = me();
        CaseDetail opened;
        try {
            opened = intake.open(request.toNewCase(), me);
        } catch (InvalidInput e) {
            throw renamed(e, CUSTOMER_FIELDS);
        }
        String ownerName = opened.summary().ownerName();
        return ResponseEntity.created(URI.create("/api/cases/" + opened.customerCase().getId()))
                .body(CaseResponse.of(opened, id -> id == me ? ownerName : queries.employeeName(id)));
    }

    @GetMapping("/cases")
    @Operation(summary = "The case queue", description = "Newest first, each with where it stands against its "
            + "first-response and resolution targets. Every filter is optional; sla matches either target. "
            + "open (only cases not yet resolved) is true by default unless a status is asked for.")
    List<CaseSummaryResponse> queue(@RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) String topic,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) SlaState sla, @RequestParam(required = false) OwnerFilter owner,
            @RequestParam(required = false) String q, @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "100") int limit) {
        Long me = owner == OwnerFilter.MINE ? me() : null;
        boolean onlyOpen = open != null ? open : status == null;
        return queries.queue(new CaseFilter(status, priority, topic, channel, type, sla,
                        owner == null ? null : owner.name(), me, onlyOpen, q, limit))
                .stream().map(CaseSummaryResponse::of).toList();
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case", description = "With its customer, service targets, the whole timeline "
            + "(internal notes and approval steps included), resolution actions and the customer's rating, if any.")
    CaseResponse get(@PathVariable long id) {
        return CaseResponse.of(detail(id), names());
    }

    @PostMapping("/cases/{id}/messages")
    @Operation(summary = "Reply to the customer or add an internal note", description = "A reply goes to the "
            + "customer by e-mail and on the portal, stops the first-response clock and needs the case version; "
            + "with waitForCustomer the case waits on the customer. internal=true adds a note the customer never "
            + "sees, with no version. 201 with the case.")
    ResponseEntity<CaseResponse> message(@PathVariable long id, @RequestBody MessageRequest request) {
        if (Boolean.TRUE.equals(request.internal())) {
            work.note(id, request.text());
        } else {
            if (request.version() == null) {
                new InputCheck().that(request.text() != null && !request.text().isBlank(), "text",
                        "validation.required").required("version", request.version()).throwIfAny();
            }
            work.reply(id, request.text(), Boolean.TRUE.equals(request.waitForCustomer()), request.version());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(get(id));
    }

    @PutMapping("/cases/{id}/owner")
    @Operation(summary = "Take a case or hand it to someone", description = "Without employeeId the caller takes "
            + "it. 409 when the case changed since the version sent.")
    CaseResponse owner(@PathVariable long id, @RequestBody OwnerRequest request) {
        int version = version(request.version());
        try {
            if (request.employeeId() == null) {
                work.take(id, version);
            } else {
                work.assign(id, request.employeeId(), version);
            }
        } catch (InvalidInput e) {
            throw renamed(e, Map.of("ownerId", "employeeId"));
        }
        return get(id);
    }

    @PutMapping("/cases/{id}/status")
    @Operation(summary = "Change a case's status by hand", description = "OPEN, WAITING_ON_CUSTOMER, RESOLVED or "
            + "CLOSED (only once resolved); PENDING_APPROVAL is set by resolution requests. 422 when the rules do "
            + "not allow it; 409 when the case changed since the version sent.")
    CaseResponse status(@PathVariable long id, @RequestBody StatusRequest request) {
        work.changeStatus(id, request.status(), version(request.version()));
        return get(id);
    }

    @PostMapping("/cases/{id}/resolutions")
    @Operation(summary = "Propose a resolution action (refund, credit, replacement, waiver, gift)",
            description = "Within the caller's delegated authority it is carried out at once and resolves the case "
                    + "(201). Above it, the case waits for the nearest manager whose own limit covers it (202, "
                    + "naming the approver). With no authority at all for this kind of action the answer is 403 "
                    + "naming who can approve, unless requestApproval is true. The day's total is claimed with the "
                    + "action itself, so parallel proposals never carry out more than the daily limit between them: "
                    + "those past it wait for approval (202, ABOVE_PER_DAY). A resolved case is reopened first.")
    @ApiResponse(responseCode = "201", description = "Carried out at once: the case is resolved")
    @ApiResponse(responseCode = "202", description = "Waiting for the approver named in the answer")
    @ApiResponse(responseCode = "403", description = "No authority for this kind of action; 'approver' says who "
            + "can approve it", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The case changed since the version sent (another "
            + "proposal at the same moment, say): nothing was carried out", content = @Content(
                    mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The case takes no action now: case-reopen-first (resolved: "
            + "reopen it first), case-closed, case-pending-approval", content = @Content(
                    mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProposalResponse> propose(@PathVariable long id, @RequestBody ResolutionRequest request) {
        int version = version(request.version());
        ProposalOutcome outcome = resolutions.propose(id, request.type(), request.amount(), request.note(), version,
                Boolean.TRUE.equals(request.requestApproval()));
        CustomerCase c = detail(id).customerCase();
        ActionResponse action = ActionResponse.of(outcome.action(), names());
        if (outcome.carriedOut()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new ProposalResponse(Outcome.CARRIED_OUT,
                    outcome.check(), null, action, c.getStatus(), c.getVersion()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ProposalResponse(Outcome.PENDING_APPROVAL,
                outcome.check(), new PersonRef(outcome.approverId(), outcome.approverName()), action, c.getStatus(),
                c.getVersion()));
    }

    @GetMapping("/service-targets")
    @Operation(summary = "Service targets", description = "First-response and resolution targets per case type and "
            + "priority, in minutes of business time (opening hours, no public holidays), with their version.")
    List<ServiceTargetResponse> serviceTargets() {
        List<ServiceTargetResponse> all = new java.util.ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Priority priority : Priority.values()) {
                all.add(ServiceTargetResponse.of(type, priority, targets.of(type, priority)));
            }
        }
        return all;
    }

    @PutMapping("/service-targets/{type}/{priority}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Change a service target (managers, admins)", description = "Minutes of business time, from "
            + "1 to 43,200 (30 days); the first response no later than the resolution. Send the version you read: 409 "
            + "when it changed since.")
    ServiceTargetResponse changeServiceTarget(@PathVariable CaseType type, @PathVariable Priority priority,
            @RequestBody ServiceTargetRequest request) {
        return ServiceTargetResponse.of(type, priority, targets.change(type, priority,
                request.firstResponseMinutes() == null ? null : Duration.ofMinutes(request.firstResponseMinutes()),
                request.resolutionMinutes() == null ? null : Duration.ofMinutes(request.resolutionMinutes()),
                version(request.version())));
    }

    record ServiceTargetRequest(Integer firstResponseMinutes, Integer resolutionMinutes, Integer version) {
    }

    record ServiceTargetResponse(CaseType type, Priority priority, long firstResponseMinutes, long resolutionMinutes,
            int version) {

        static ServiceTargetResponse of(CaseType type, Priority priority, SlaTargets.Target target) {
            return new ServiceTargetResponse(type, priority, target.firstResponse().toMinutes(),
                    target.resolution().toMinutes(), target.version());
        }
    }

    @GetMapping("/ratings")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Recent customer ratings (managers, admins)", description = "Newest first.")
    List<RatingResponse> ratings(@RequestParam(defaultValue = "20") int limit) {
        return queries.recentRatings(limit).stream()
                .map(r -> new RatingResponse(r.caseId(), r.reference(), r.stars(), r.comment(), r.ratedAt()))
                .toList();
    }

    private CaseDetail detail(long id) {
        return queries.detail(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
    }

    private LongFunction<String> names() {
        return CasesApiDtos.names(queries::employeeName);
    }

    /** The employee the caller is; accounts without one cannot work on cases. */
    static long me() {
        return CurrentUser.employeeId("case.no-employee");
    }

    static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return version;
    }

    /** The same problems under the field names the request uses. */
    private static InvalidInput renamed(InvalidInput e, Map<String, String> names) {
        return new InvalidInput(e.problems().stream()
                .map(p -> new FieldProblem(names.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
                .toList());
    }
}
