package dev.kantor.cases.work;

import java.util.List;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.work.BulkChange.CaseVersion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Changing many cases at once through the REST API, each as a change of that case alone would. */
@RestController
@RequestMapping("/api/cases/bulk")
@Tag(name = "Cases")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseBulkRestController {

    @Schema(description = "One change to many cases, each listed with the version that was read")
    record BulkRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BulkAction action,
            @Schema(description = "ASSIGN only: the employee who gets the cases") Long assigneeId,
            @Schema(
                            description = "CHANGE_STATUS only",
                            allowableValues = {"OPEN", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"})
                    CaseStatus status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = BulkCaseWork.MAX_CASES)
                    List<CaseItem> cases) {}

    record CaseItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @Schema(description = "What became of each case, in the order sent")
    record BulkResponse(int changed, int refused, List<ItemResponse> results) {}

    @Schema(description = "One case's outcome, as a change of it alone would have been answered")
    record ItemResponse(
            long id,
            @Schema(description = "Absent for a case that does not exist") String reference,
            @Schema(allowableValues = {"CHANGED", "REFUSED"}) String outcome,
            @Schema(
                            description =
                                    "The status a change of this case alone would have had: 200, or 400, 403, 404, 409, 422")
                    int status,
            @Schema(description = "CHANGED: the case's new version") Integer version,
            @Schema(description = "REFUSED: the problem type, e.g. case-closed, concurrent-change") String type,
            @Schema(description = "REFUSED: why, in the caller's language") String message) {}

    private final BulkCaseWork bulk;
    private final MessageSource messages;

    CaseBulkRestController(BulkCaseWork bulk, MessageSource messages) {
        this.bulk = bulk;
        this.messages = messages;
    }

    @PostMapping
    @Operation(
            summary = "Change many cases at once",
            description = "ASSIGN (to assigneeId), TAKE (to the caller), UNASSIGN (back to the queue) or "
                    + "CHANGE_STATUS (to status), for at most " + BulkCaseWork.MAX_CASES + " cases. Each case goes "
                    + "through the same rules as a change of it alone, in a transaction of its own: the version "
                    + "sent, closed cases, who may hand on or release whose case (agents and staff their own or "
                    + "unowned cases; managers and admins any). 200 with every case's outcome, changed or refused "
                    + "with its reason; a refused case leaves the others changed. 400 naming the field when the "
                    + "request itself is wrong (no cases, too many, a case without id or version or listed twice, "
                    + "no such assignee, a status not set by hand), and nothing is changed.")
    BulkResponse change(@RequestBody BulkRequest request) {
        List<CaseVersion> cases = request.cases() == null
                ? null
                : request.cases().stream()
                        .map(c -> c == null ? null : new CaseVersion(c.id(), c.version()))
                        .toList();
        List<BulkResult> results =
                bulk.apply(new BulkChange(request.action(), request.assigneeId(), request.status(), cases));
        List<ItemResponse> items = results.stream().map(this::item).toList();
        int changed = (int) results.stream().filter(BulkResult::changed).count();
        return new BulkResponse(changed, results.size() - changed, items);
    }

    private ItemResponse item(BulkResult r) {
        if (r.changed()) {
            return new ItemResponse(r.caseId(), r.reference(), "CHANGED", 200, r.version(), null, null);
        }
        return new ItemResponse(
                r.caseId(),
                r.reference(),
                "REFUSED",
                r.refusal().status(),
                null,
                r.refusal().type(),
                messages.getMessage(
                        r.refusal().messageKey(),
                        r.refusal().args(),
                        r.refusal().messageKey(),
                        LocaleContextHolder.getLocale()));
    }
}
