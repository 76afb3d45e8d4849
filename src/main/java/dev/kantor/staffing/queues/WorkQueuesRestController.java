package dev.kantor.staffing.queues;

import java.net.URI;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.staffing.queues.QueueDtos.QueueRequest;
import dev.kantor.staffing.queues.QueueDtos.QueueResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work queues through the REST API: everyone signed in reads them, managers and admins change them. */
@RestController
@RequestMapping("/api/staffing/queues")
@Tag(name = "Staffing")
class WorkQueuesRestController {

    private final StoredQueues queues;

    WorkQueuesRestController(StoredQueues queues) {
        this.queues = queues;
    }

    @GetMapping
    @Operation(summary = "The work queues", description = "By name.")
    @Sortable({"name", "id"})
    Paged<QueueResponse> all(PageQuery paging) {
        return paging.inMemory(queues.all().stream().map(QueueResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One work queue")
    QueueResponse one(@PathVariable long id) {
        return QueueResponse.of(queues.get(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Define a work queue (managers, admins)",
            description = "201 with the queue and its "
                    + "Location; 400 naming every bad field (hours.MONDAY for a weekday's hours); 409 when another queue has "
                    + "the name; 403 for other roles.")
    ResponseEntity<QueueResponse> create(@RequestBody QueueRequest request) {
        WorkQueue created = queues.create(request.details());
        return ResponseEntity.created(URI.create("/api/staffing/queues/" + created.id()))
                .body(QueueResponse.of(created));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(
            summary = "Remove a work queue with its history and forecast adjustments (managers, admins)",
            description = "Send the version read; 204 when removed; 409 (concurrent-change) when someone changed the "
                    + "queue since, and nothing is removed; 404 when there is no such queue.")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) Integer version) {
        new InputCheck().required("version", version).throwIfAny();
        queues.remove(id, version);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a work queue (managers, admins)",
            description = "Send the version read; 409 "
                    + "(concurrent-change) when someone changed the queue since, and nothing is changed.")
    QueueResponse change(@PathVariable long id, @RequestBody QueueRequest request) {
        new InputCheck().required("version", request.version()).throwIfAny();
        return QueueResponse.of(queues.change(id, request.details(), request.version()));
    }
}
