package dev.kantor.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one way Kantor serves a file someone sent (a case's attachment, an internal request's file), so that it can
 * never act as a page: the content type of its checked kind (never the one it was uploaded with), {@code nosniff}
 * so the browser does not guess another, and a download unless it is a picture or a PDF, under its cleaned name.
 */
public final class FileResponses {

    /** Where a stored file's bytes come from. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FileResponses() {}

    /** Writes the headers, then the content. */
    public static void send(HttpServletResponse response, String fileName, FileType type, long size, Content content) {
        response.setContentType(type.contentType());
        response.setContentLengthLong(size);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                (type.shownInBrowser() ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try {
            content.writeTo(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Content kept in the database: the one binary column {@code query} reads for {@code id}, streamed rather than
     * read into memory.
     */
    public static Content stored(JdbcTemplate template, String query, long id) {
        return out -> template.query(
                query,
                rs -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                id);
    }
}
