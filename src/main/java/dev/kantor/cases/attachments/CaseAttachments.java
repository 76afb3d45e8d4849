package dev.kantor.cases.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.files.FileResponses;
import dev.kantor.platform.files.FileSniffer;
import dev.kantor.platform.files.FileType;
import dev.kantor.platform.files.UploadedFiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files on every case: checked before anything of their message is written ({@link #check}),
 * kept with the timeline entry they came with ({@link #keep}), listed and served by the rule of
 * that entry: what is on an internal entry never reaches the customer. Contents are streamed to
 * and from the database, not held whole in memory.
 */
@Service
@Transactional
public class CaseAttachments {

    /** The form field and API part the files come in. */
    public static final String FIELD = "files";

    private static final String SELECT =
            """
            select a.id, a.entry_id, a.file_name, a.file_type, a.size_bytes, e.visibility
            from case_attachment a join case_entry e on e.id = a.entry_id
            where a.case_id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AttachmentLimits limits;
    private final Clock clock;

    CaseAttachments(JdbcClient jdbc, JdbcTemplate template, AttachmentLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The files of a message that may be kept, or the refusal of all of them: more than the limit,
     * one too large, empty, or of a kind told by its content that Kantor does not keep (markup such
     * as HTML or SVG, programs, anything unknown, whatever it is called). An empty file field (no
     * file chosen) counts as no file.
     *
     * @throws AttachmentRefused naming the first file at fault
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public List<CheckedFile> check(List<MultipartFile> files) {
        List<MultipartFile> sent = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> f != null
                                && !(f.isEmpty()
                                        && (f.getOriginalFilename() == null
                                                || f.getOriginalFilename().isBlank())))
                        .toList();
        if (sent.size() > limits.maxFiles()) {
            throw new AttachmentRefused(true, "attachments.too-many", limits.maxFiles());
        }
        List<CheckedFile> checked = new ArrayList<>(sent.size());
        for (MultipartFile file : sent) {
            String name = UploadedFiles.nameOf(file.getOriginalFilename());
            if (file.getSize() > limits.maxFileBytes()) {
                throw new AttachmentRefused(true, "attachments.too-large", name, limits.maxFileMegabytes());
            }
            if (file.isEmpty()) {
                throw new AttachmentRefused(false, "attachments.empty", name);
            }
            FileType type = FileSniffer.identify(name, UploadedFiles.head(file))
                    .orElseThrow(() -> new AttachmentRefused(false, "attachments.unsupported", name));
            checked.add(new CheckedFile(file, name, type, file.getSize()));
        }
        return checked;
    }

    /**
     * Keeps checked files with the timeline entry they came with, in the caller's transaction, so
     * that a message and its files are written together or not at all.
     */
    public List<Attachment> keep(long caseId, long entryId, List<CheckedFile> files) {
        List<Attachment> kept = new ArrayList<>(files.size());
        Timestamp now = Timestamp.from(clock.instant());
        for (CheckedFile file : files) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                            insert into case_attachment (case_id, entry_id, file_name, file_type, size_bytes, uploaded_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(caseId, entryId, file.fileName(), file.type().name(), file.size(), now)
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            try (InputStream in = file.content().getInputStream()) {
                template.update(
                        "insert into case_attachment_content (attachment_id, content) values (?, ?)", statement -> {
                            statement.setLong(1, id);
                            statement.setBinaryStream(2, in, file.size());
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kept.add(new Attachment(id, entryId, file.fileName(), file.type(), file.size(), false));
        }
        return kept;
    }

    /** A case's files by the timeline entry they came with, for staff: internal ones too. */
    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> byEntry(long caseId) {
        return grouped(list(caseId, false));
    }

    /** A case's files by the timeline entry they came with, as its customer may read them: public entries only. */
    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> byEntryForCustomer(long caseId) {
        return grouped(list(caseId, true));
    }

    /** A case's files in the order they came; only those its customer may read for {@code customerView}. */
    @Transactional(readOnly = true)
    public List<Attachment> list(long caseId, boolean customerView) {
        return jdbc.sql(SELECT + (customerView ? " and e.visibility = 'PUBLIC'" : "") + " order by a.id")
                .param(caseId)
                .query((rs, row) -> new Attachment(
                        rs.getLong("id"),
                        rs.getLong("entry_id"),
                        rs.getString("file_name"),
                        FileType.valueOf(rs.getString("file_type")),
                        rs.getLong("size_bytes"),
                        !"PUBLIC".equals(rs.getString("visibility"))))
                .list();
    }

    /** One file of a case, if it is on that case and, for {@code customerView}, on a public entry. */
    @Transactional(readOnly = true)
    public Optional<Attachment> find(long caseId, long attachmentId, boolean customerView) {
        return list(caseId, customerView).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst();
    }

    /** Writes a file's content to {@code out} as it is read from the database. */
    @Transactional(readOnly = true)
    public void copy(Attachment attachment, OutputStream out) throws java.io.IOException {
        FileResponses.stored(
                        template,
                        "select content from case_attachment_content where attachment_id = ?",
                        attachment.id())
                .writeTo(out);
    }

    private static Map<Long, List<Attachment>> grouped(List<Attachment> attachments) {
        Map<Long, List<Attachment>> byEntry = new LinkedHashMap<>();
        attachments.forEach(a ->
                byEntry.computeIfAbsent(a.entryId(), id -> new ArrayList<>()).add(a));
        return byEntry;
    }
}
