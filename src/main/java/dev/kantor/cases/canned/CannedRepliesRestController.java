package dev.kantor.cases.canned;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Canned replies through the REST API: the caller's own and their team's, and ready for a case. */
@RestController
@Tag(
        name = "Canned replies",
        description = "Replies written once in English and Indonesian, personal or for a team, inserted into a "
                + "case's reply in the customer's language with {customer.name}, {case.reference} and {agent.name} "
                + "filled in")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CannedRepliesRestController {

    /** A canned reply as written: keptFor PERSONAL (the default) or TEAM (managers and admins). */
    record CannedReplyRequest(String title, String textEn, String textId, String keptFor, Integer version) {

        CannedReplies.Draft draft() {
            return new CannedReplies.Draft(title, textEn, textId, !"TEAM".equals(keptFor));
        }
    }

    private final CannedReplies replies;

    CannedRepliesRestController(CannedReplies replies) {
        this.replies = replies;
    }

    @GetMapping("/api/canned-replies")
    @Operation(
            summary = "The canned replies the caller may use",
            description = "Their own personal ones and their team's, by title; q filters by part of the title.")
    @Sortable({"title", "id"})
    Paged<CannedReply> list(@RequestParam(required = false) String q, PageQuery paging) {
        return paging.inMemory(replies.usable(q));
    }

    @GetMapping("/api/canned-replies/{id}")
    @Operation(summary = "One canned reply", description = "404 for someone else's personal reply.")
    CannedReply get(@PathVariable long id) {
        return replies.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/canned-replies")
    @Operation(
            summary = "Write a canned reply",
            description = "title, textEn and textId are required; keptFor TEAM keeps it for the caller's "
                    + "department and is for managers and admins only (403 for others).")
    ResponseEntity<CannedReply> create(@RequestBody CannedReplyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(replies.create(request.draft()));
    }

    @PutMapping("/api/canned-replies/{id}")
    @Operation(
            summary = "Change a canned reply",
            description = "Its owner's, or for a team's reply a manager of that team or an admin (403 for others). "
                    + "version is the one read: 409 when someone changed it since.")
    CannedReply update(@PathVariable long id, @RequestBody CannedReplyRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return replies.update(id, request.draft(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/canned-replies/{id}")
    @Operation(summary = "Delete a canned reply", description = "As for changing it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        replies.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/cases/{caseId}/canned-replies")
    @Operation(
            summary = "Canned replies ready for a case",
            description = "Each in the case's customer's language, with the placeholders filled in; q filters by "
                    + "part of the title. Nothing is sent.")
    @Sortable({"title", "id"})
    Paged<CannedReplies.Filled> forCase(
            @PathVariable long caseId, @RequestParam(required = false) String q, PageQuery paging) {
        return paging.inMemory(replies.forCase(caseId, q));
    }
}
