package dev.kantor.cases.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a kept file to a browser so that it can never act as a page: with the content type of its
 * checked kind (never the one it was uploaded with), {@code nosniff} so the browser does not guess
 * another, and as a download unless it is a picture or a PDF.
 */
@Component
public class FileDownloads {

    private final CaseAttachments attachments;

    FileDownloads(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    public void send(Attachment file, HttpServletResponse response) {
        response.setContentType(file.type().contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                (file.type().shownInBrowser() ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try {
            attachments.copy(file, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
