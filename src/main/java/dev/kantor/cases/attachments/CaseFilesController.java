package dev.kantor.cases.attachments;

import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.KantorException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A case's files for the employees who work cases, internal ones too; the customer's come through their link. */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseFilesController {

    private final CaseAttachments attachments;
    private final FileDownloads downloads;

    CaseFilesController(CaseAttachments attachments, FileDownloads downloads) {
        this.attachments = attachments;
        this.downloads = downloads;
    }

    @GetMapping("/cases/{id}/files/{fileId}")
    void file(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) {
        Attachment file = attachments
                .find(id, fileId, false)
                .orElseThrow(() -> KantorException.notFound("attachments.not-found"));
        downloads.send(file, response);
    }
}
