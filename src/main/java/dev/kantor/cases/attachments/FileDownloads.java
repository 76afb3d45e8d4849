package dev.kantor.cases.attachments;

import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.files.FileResponses;

import org.springframework.stereotype.Component;

/**
 * Sends a case's kept file to a browser the one way Kantor serves files ({@link FileResponses}): so that
 * it can never act as a page.
 */
@Component
public class FileDownloads {

    private final CaseAttachments attachments;

    FileDownloads(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    public void send(Attachment file, HttpServletResponse response) {
        FileResponses.send(response, file.fileName(), file.type(), file.size(), out -> attachments.copy(file, out));
    }
}
