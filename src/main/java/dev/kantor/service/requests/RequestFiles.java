package dev.kantor.service.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.files.FileResponses;
import dev.kantor.platform.files.FileSniffer;
import dev.kantor.platform.files.FileType;
import dev.kantor.platform.files.UploadedFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files sent with internal requests, kept as the case desk keeps a case's: checked by their content before
 * anything is written (no markup, no programs, nothing unknown; at most {@code kantor.service.max-file-bytes},
 * 10 MB, and {@code kantor.service.max-files}, 5, per message), streamed into and out of the database, and served
 * with the content type of their checked kind, {@code nosniff}, and as a download unless a picture or a PDF.
 * Who may read them is the request's rule ({@link Requests#view}).
 */
@Component
public class RequestFiles {

    /** The form field and API part the files come in. */
    public static final String FIELD = "files";

    /** A file that passed the checks. */
    record Checked(MultipartFile content, String fileName, FileType type, long size) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final long maxFileBytes;
    private final int maxFiles;

    RequestFiles(
            JdbcClient jdbc,
            JdbcTemplate template,
            @Value("${kantor.service.max-file-bytes:10485760}") long maxFileBytes,
            @Value("${kantor.service.max-files:5}") int maxFiles) {
        this.jdbc = jdbc;
        this.template = template;
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * The files that may be kept, or the refusal of all of them.
     *
     * @throws InvalidInput naming the field {@value #FIELD} and the first file at fault
     */
    List<Checked> check(List<MultipartFile> files) {
        List<MultipartFile> sent = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> f != null
                                && !(f.isEmpty()
                                        && (f.getOriginalFilename() == null
                                                || f.getOriginalFilename().isBlank())))
                        .toList();
        if (sent.size() > maxFiles) {
            throw refusal("attachments.too-many", maxFiles);
        }
        List<Checked> checked = new ArrayList<>();
        for (MultipartFile file : sent) {
            String name = UploadedFiles.nameOf(file.getOriginalFilename());
            if (file.getSize() > maxFileBytes) {
                throw refusal("attachments.too-large", name, Math.max(1, maxFileBytes / (1024 * 1024)));
            }
            if (file.isEmpty()) {
                throw refusal("attachments.empty", name);
            }
            FileType type = FileSniffer.identify(name, UploadedFiles.head(file))
                    .orElseThrow(() -> refusal("attachments.unsupported", name));
            checked.add(new Checked(file, name, type, file.getSize()));
        }
        return checked;
    }

    List<RequestFile> keep(long requestId, long by, List<Checked> files) {
        List<RequestFile> kept = new ArrayList<>();
        for (Checked file : files) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                            insert into internal_request_file (request_id, file_name, file_type, size_bytes, uploaded_by, uploaded_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            requestId,
                            file.fileName(),
                            file.type().name(),
                            file.size(),
                            by,
                            new Timestamp(System.currentTimeMillis()))
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            try (InputStream in = file.content().getInputStream()) {
                template.update(
                        "insert into internal_request_file_content (file_id, content) values (?, ?)", statement -> {
                            statement.setLong(1, id);
                            statement.setBinaryStream(2, in, file.size());
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kept.add(new RequestFile(id, requestId, file.fileName(), file.type(), file.size(), by));
        }
        return kept;
    }

    List<RequestFile> list(long requestId) {
        return jdbc.sql(
                        "select id, request_id, file_name, file_type, size_bytes, uploaded_by from internal_request_file where request_id = ? order by id")
                .param(requestId)
                .query((rs, row) -> new RequestFile(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        FileType.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }

    Optional<RequestFile> find(long requestId, long fileId) {
        return list(requestId).stream().filter(f -> f.id() == fileId).findFirst();
    }

    /** Sends a file so that it can never act as a page, as every kept file is sent. */
    void send(RequestFile file, HttpServletResponse response) {
        FileResponses.send(
                response,
                file.fileName(),
                file.type(),
                file.size(),
                FileResponses.stored(
                        template, "select content from internal_request_file_content where file_id = ?", file.id()));
    }

    private static InvalidInput refusal(String key, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(FIELD, key, args)));
    }
}
