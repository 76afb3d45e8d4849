package dev.kantor.cases.views;

import java.net.URI;
import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's saved views of the case queue through the REST API. Each person sees and changes
 * only their own; another person's view answers 404 as if it did not exist. The cases a view shows:
 * {@code GET /api/cases?view={id}}.
 */
@RestController
@RequestMapping("/api/case-views")
@Tag(
        name = "Case views",
        description = "Each person's saved views of the case queue: filters and an order under a name")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseViewsRestController {

    @Schema(description = "A saved view: its name, filters (each optional) and order")
    record ViewRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "My urgent", maxLength = CaseViews.MAX_NAME)
                    String name,
            @Schema(description = "Without a status the view shows the cases not yet resolved") CaseStatus status,
            Priority priority,
            @Schema(description = "A topic code from the catalogue", example = "returns") String topic,
            Channel channel,
            CaseType type,
            @Schema(description = "Matches either service target") SlaState sla,
            OwnerScope owner,
            @Schema(
                            description = "Found in the reference, the subject or the customer's name",
                            maxLength = CaseViews.MAX_TEXT)
                    String text,
            @Schema(description = "OPENED when left out") SortColumn sort,
            @Schema(description = "The column's first direction when left out (newest first for OPENED)")
                    SortDirection direction,
            @Schema(
                            description = "true: the queue opens with this view; false: not (any more); "
                                    + "left out: as it was (not, for a new view)")
                    Boolean isDefault,
            @Schema(description = "Changes only: the version that was read") Integer version) {

        ViewCriteria criteria() {
            return new ViewCriteria(
                    status, priority, topic, channel, type, sla, owner, text, new QueueOrder(sort, direction));
        }
    }

    record ViewResponse(
            long id,
            String name,
            CaseStatus status,
            Priority priority,
            String topic,
            Channel channel,
            CaseType type,
            SlaState sla,
            OwnerScope owner,
            String text,
            SortColumn sort,
            SortDirection direction,
            @Schema(description = "Whether the queue opens with this view") boolean isDefault,
            Instant createdAt,
            @Schema(description = "Send it back with every change (optimistic locking)") int version) {

        static ViewResponse of(SavedView v, Long defaultId) {
            ViewCriteria c = v.criteria();
            return new ViewResponse(
                    v.getId(),
                    v.getName(),
                    c.status(),
                    c.priority(),
                    c.topic(),
                    c.channel(),
                    c.type(),
                    c.sla(),
                    c.owner(),
                    c.text(),
                    c.order().by(),
                    c.order().direction(),
                    v.getId().equals(defaultId),
                    v.getCreatedAt(),
                    v.getVersion());
        }
    }

    private final CaseViews views;

    CaseViewsRestController(CaseViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "My saved views", description = "The caller's views of the case queue, by name.")
    @Sortable({"name", "id"})
    Paged<ViewResponse> list(PageQuery paging) {
        Long defaultId = views.defaultViewId().orElse(null);
        return paging.inMemory(
                views.mine().stream().map(v -> ViewResponse.of(v, defaultId)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my saved views", description = "404 for a view that is not the caller's.")
    ViewResponse get(@PathVariable long id) {
        return ViewResponse.of(own(id), views.defaultViewId().orElse(null));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Save a view",
            description = "201 with the view and its Location. 400 naming the field: name (required, at most "
                    + CaseViews.MAX_NAME + " characters), text (at most " + CaseViews.MAX_TEXT
                    + "), topic (one of the catalogue's); 409 when another of the caller's views has the name "
                    + "(in any case); 422 beyond " + CaseViews.MAX_VIEWS + " views.")
    ResponseEntity<ViewResponse> create(@RequestBody ViewRequest request) {
        SavedView saved = views.create(request.name(), request.criteria(), Boolean.TRUE.equals(request.isDefault()));
        return ResponseEntity.created(URI.create("/api/case-views/" + saved.getId()))
                .body(get(saved.getId()));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a saved view",
            description = "Name, filters and order as sent (a filter left out is no filter); isDefault left "
                    + "out keeps whether the queue opens with it. 409 when the view changed since the version sent.")
    ViewResponse change(@PathVariable long id, @RequestBody ViewRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        views.change(id, request.name(), request.criteria(), request.isDefault(), request.version());
        return get(id);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a saved view",
            description = "204; the queue opens with all open cases if it was the default.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        views.delete(id);
        return ResponseEntity.noContent().build();
    }

    private SavedView own(long id) {
        return views.find(id).orElseThrow(() -> KantorException.notFound("queue.views.not-found", id));
    }
}
