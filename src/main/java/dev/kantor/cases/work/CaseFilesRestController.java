package dev.kantor.cases.work;

import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.cases.attachments.Attachment;
import dev.kantor.cases.attachments.AttachmentRefused;
import dev.kantor.cases.attachments.CaseAttachments;
import dev.kantor.cases.attachments.FileDownloads;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.platform.KantorException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's files through the REST API, for the people who work on cases: list them, send files with
 * a reply or an internal note, read one. A file is refused by what it is, told from its content:
 * 413 when too large or too many, 415 when of a kind Kantor does not keep (markup such as HTML or
 * SVG, programs, anything unknown), and then nothing of the message is written.
 */
@RestController
@RequestMapping("/api/cases/{id}/attachments")
@Tag(name = "Cases")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseFilesRestController {

    /** A file on a case, as the API shows it. */
    record AttachmentResponse(
            long id, long entryId, String fileName, String type, String contentType, long size, boolean internal) {

        static AttachmentResponse of(Attachment a, boolean internal) {
            return new AttachmentResponse(
                    a.id(), a.entryId(), a.fileName(), a.type().name(), a.type().contentType(), a.size(), internal);
        }
    }

    private final CaseAttachments attachments;
    private final CaseWork work;
    private final Cases cases;
    private final FileDownloads downloads;
    private final MessageSource messages;

    CaseFilesRestController(
            CaseAttachments attachments, CaseWork work, Cases cases, FileDownloads downloads, MessageSource messages) {
        this.attachments = attachments;
        this.work = work;
        this.cases = cases;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "The files on a case",
            description = "In the order they came, each with the timeline entry it came with; internal ones "
                    + "(on notes and calls) are marked and never reach the customer.")
    @Sortable({"fileName", "size"})
    Paged<AttachmentResponse> list(@PathVariable long id, PageQuery paging) {
        existing(id);
        return paging.inMemory(attachments.list(id, false).stream()
                .map(a -> AttachmentResponse.of(a, a.internal()))
                .toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Send files with a message",
            description = "files (up to 5 of 10 MB each: JPEG, PNG, GIF, WebP, PDF, plain text, office documents, "
                    + "told by their content) with text: an internal note by default, whose files stay internal; "
                    + "toCustomer=true sends it as a reply, by e-mail when the customer has an address and on "
                    + "their private link, where the files can be read. 413 when a file is too large or there are "
                    + "too many, 415 when one is of a kind that is not kept; then nothing is written. 201 with "
                    + "the files kept.")
    ResponseEntity<List<AttachmentResponse>> send(
            @PathVariable long id,
            @RequestParam(name = CaseAttachments.FIELD) List<MultipartFile> files,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean toCustomer) {
        existing(id);
        var checked = attachments.check(files);
        if (checked.isEmpty()) {
            throw dev.kantor.platform.InvalidInput.of(CaseAttachments.FIELD, "validation.required");
        }
        List<Attachment> kept = toCustomer
                ? work.reply(id, CaseWork.Reply.of(text), null, checked).files()
                : work.note(id, text, checked);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(kept.stream()
                        .map(a -> AttachmentResponse.of(a, !toCustomer))
                        .toList());
    }

    @GetMapping("/{attachmentId}")
    @Operation(
            summary = "One file's content",
            description = "With the content type of its checked kind and nosniff; pictures and PDF inline, "
                    + "anything else as a download.")
    void read(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) {
        Attachment file = attachments
                .find(id, attachmentId, false)
                .orElseThrow(() -> KantorException.notFound("attachments.not-found"));
        downloads.send(file, response);
    }

    /** Files refused by their size or count (413) or their kind (415), as problem details naming the file. */
    @ExceptionHandler(AttachmentRefused.class)
    ResponseEntity<ProblemDetail> refused(AttachmentRefused e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        Locale locale = LocaleContextHolder.getLocale();
        var problem = e.problems().get(0);
        String message =
                messages.getMessage(problem.messageKey(), problem.args().toArray(), locale);
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(ProblemTypes.uri(e.tooLarge() ? "file-too-large" : "file-type-refused"));
        detail.setTitle(message);
        detail.setProperty("errors", List.of(java.util.Map.of("field", problem.field(), "message", message)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    /**
     * A multipart body that cannot be read (no boundary, cut short) is bad input, and one beyond
     * Spring's own limits too large: parsed lazily (spring.servlet.multipart.resolve-lazily), so
     * that these failures reach this handler instead of failing before any controller.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(ProblemTypes.uri(tooLarge ? "file-too-large" : "unreadable"));
        detail.setTitle(messages.getMessage(
                tooLarge ? "attachments.too-large" : "error.unreadable",
                new Object[] {CaseAttachments.FIELD, 10},
                LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    private void existing(long id) {
        if (!cases.existsById(id)) {
            throw KantorException.notFound("error.case-not-found", id);
        }
    }
}
