package dev.kantor.service.requests;

import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Internal requests through the REST API: filed, followed, worked in the queue, rated. Who may see a request is
 * its requester, the handling department, the owner of the case it serves, and admins; anyone else gets 404. Every
 * change names the version read: 409 when someone changed the request since.
 */
@RestController
@Tag(
        name = "Internal requests",
        description = "Requests from colleagues to a back-office department: filed with a service's form, worked in "
                + "the department's queue against an internal target in business time, rated 1 to 5 on resolution")
class RequestsRestController {

    /** A request as filed; values by the service's field names. */
    record NewRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long serviceId,
            Map<String, String> values,
            @Schema(nullable = true, description = "The customer case the request serves") Long caseId) {}

    /**
     * A request filed with files, as the multipart form carries it: the service's fields as {@code values.<field>}
     * parts beside {@code serviceId}, {@code caseId} and the files. Only describes the form; the handler reads the
     * parts itself.
     */
    @Schema(
            name = "InternalRequestWithFiles",
            description = "serviceId, caseId, the files, and each of the service's fields as a values.<field> part",
            additionalPropertiesSchema = String.class)
    record NewRequestWithFiles(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long serviceId,
            Long caseId,
            @ArraySchema(schema = @Schema(type = "string", format = "binary")) List<MultipartFile> files) {}

    /** A comment with files, as the multipart form carries it. Only describes the form. */
    @Schema(name = "InternalRequestCommentWithFiles")
    record CommentWithFiles(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            @ArraySchema(schema = @Schema(type = "string", format = "binary")) List<MultipartFile> files) {}

    record Assignment(
            @Schema(nullable = true, description = "null gives the request back to the queue") Long assigneeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    record Text(String text, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    @Schema(name = "InternalRequestVersion")
    record Version(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    record Rating(Integer stars, @Schema(nullable = true) String comment) {}

    /** A request as the API shows it, with its clock's state. */
    record RequestAnswer(
            InternalRequest request,
            String state,
            java.time.Instant dueAt,
            List<RequestComment> history,
            List<RequestFile> files,
            Requests.Permissions may) {

        static RequestAnswer of(Requests.View v, java.time.Instant now) {
            return new RequestAnswer(
                    v.request(), v.clock().state(now).name(), v.clock().dueAt(now), v.history(), v.files(), v.may());
        }
    }

    private final Requests requests;
    private final RequestLists lists;
    private final RequestFiles files;
    private final java.time.Clock clock;

    RequestsRestController(Requests requests, RequestLists lists, RequestFiles files, java.time.Clock clock) {
        this.requests = requests;
        this.lists = lists;
        this.files = files;
        this.clock = clock;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/api/service/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "File a request",
            description = "values are checked against the service's form: 400 naming values.<field>. caseId links a "
                    + "customer case. Files go to /api/service/requests/{id}/comments as multipart.")
    ResponseEntity<RequestAnswer> file(@RequestBody NewRequest request) {
        if (request.serviceId() == null) {
            throw InvalidInput.of("serviceId", "validation.required");
        }
        InternalRequest filed = requests.file(request.serviceId(), request.values(), request.caseId(), List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(filed.id()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/api/service/requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "File a request with files",
            description = "values as values.<field> parts; files as files.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = NewRequestWithFiles.class))))
    ResponseEntity<RequestAnswer> fileWithFiles(
            // the form's parts, described as the request body above rather than as query parameters
            @Parameter(hidden = true) @RequestParam long serviceId,
            @Parameter(hidden = true) @RequestParam Map<String, String> parts,
            @Parameter(hidden = true) @RequestParam(required = false) Long caseId,
            @Parameter(hidden = true) @RequestPart(name = RequestFiles.FIELD, required = false)
                    List<MultipartFile> sent) {
        InternalRequest filed = requests.file(serviceId, RequestForm.values(parts), caseId, sent);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(filed.id()));
    }

    @GetMapping("/api/service/requests")
    @Operation(summary = "The caller's own requests", description = "Newest first unless sorted otherwise.")
    @Sortable({"filedAt", "dueAt"})
    Paged<InternalRequest> mine(@RequestParam(defaultValue = "false") boolean open, PageQuery paging) {
        RequestLists.Counted found =
                lists.mine(open, sortBy(paging), paging.descending(), paging.offset(), paging.size());
        return paging.page(found.rows(), found.total());
    }

    @GetMapping("/api/service/queue")
    @Operation(
            summary = "A department's queue",
            description = "For those who work in the department (403 for others): open requests by due time, "
                    + "resolved ones newest first, unless sorted otherwise; status, whose (ALL, MINE, UNASSIGNED) "
                    + "and serviceId filter.")
    @Sortable({"dueAt", "filedAt"})
    Paged<InternalRequest> queue(
            @RequestParam long departmentId,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "ALL") RequestLists.Whose whose,
            @RequestParam(required = false) Long serviceId,
            PageQuery paging) {
        RequestLists.Counted found = lists.queue(
                departmentId,
                status,
                whose,
                serviceId,
                sortBy(paging),
                paging.descending(),
                paging.offset(),
                paging.size());
        return paging.page(found.rows(), found.total());
    }

    private static String sortBy(PageQuery paging) {
        return paging.order() == null ? null : paging.order().field();
    }

    @GetMapping("/api/service/requests/{id}")
    @Operation(summary = "One request with its history and files")
    RequestAnswer get(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/api/service/requests/{id}/assign")
    @Operation(
            summary = "Assign to someone of the department",
            description = "assigneeId null gives it back to the queue.")
    RequestAnswer assign(@PathVariable long id, @RequestBody Assignment body) {
        requests.assign(id, body.assigneeId(), version(body.version()));
        return view(id);
    }

    @PostMapping("/api/service/requests/{id}/ask")
    @Operation(summary = "Ask the requester", description = "The target clock stands still until they answer.")
    RequestAnswer ask(@PathVariable long id, @RequestBody Text body) {
        requests.ask(id, body.text(), version(body.version()));
        return view(id);
    }

    @PostMapping(value = "/api/service/requests/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Comment",
            description = "The requester's comment answers a question and starts the clock again.")
    RequestAnswer comment(@PathVariable long id, @RequestBody Text body) {
        requests.comment(id, body.text(), version(body.version()), List.of());
        return view(id);
    }

    @PostMapping(value = "/api/service/requests/{id}/comments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Comment with files",
            description = "At most 5 files of 10 MB; markup and programs refused.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = CommentWithFiles.class))))
    RequestAnswer commentWithFiles(
            @PathVariable long id,
            // the form's parts, described as the request body above rather than as query parameters
            @Parameter(hidden = true) @RequestParam String text,
            @Parameter(hidden = true) @RequestParam int version,
            @Parameter(hidden = true) @RequestPart(name = RequestFiles.FIELD, required = false)
                    List<MultipartFile> sent) {
        requests.comment(id, text, version, sent);
        return view(id);
    }

    @PostMapping("/api/service/requests/{id}/approve")
    @Operation(summary = "Approve", description = "For the department's managers; the target clock starts.")
    RequestAnswer approve(@PathVariable long id, @RequestBody Version body) {
        requests.approve(id, version(body.version()));
        return view(id);
    }

    @PostMapping("/api/service/requests/{id}/resolve")
    @Operation(summary = "Resolve", description = "Stops the clock; the requester and a linked case's owner are told.")
    RequestAnswer resolve(@PathVariable long id, @RequestBody Text body) {
        requests.resolve(id, body.text(), version(body.version()));
        return view(id);
    }

    @PostMapping("/api/service/requests/{id}/rating")
    @Operation(summary = "Rate a resolved request", description = "The requester, once: stars 1 to 5 and a comment.")
    RequestAnswer rate(@PathVariable long id, @RequestBody Rating body) {
        requests.rate(id, body.stars(), body.comment());
        return view(id);
    }

    @GetMapping("/api/service/requests/{id}/files/{fileId}")
    @Operation(summary = "A file of a request", description = "Only to those who may see the request; never as a page.")
    @ApiResponse(
            responseCode = "200",
            description = "The file, with the content type of its checked kind and nosniff: pictures and PDF inline, "
                    + "anything else as a download",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) {
        files.send(requests.file(id, fileId), response);
    }

    private RequestAnswer view(long id) {
        return RequestAnswer.of(requests.view(id), clock.instant());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "validation.required");
        }
        return version;
    }
}
