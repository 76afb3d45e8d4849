package dev.kantor.cases.attachments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much a message may carry: {@code kantor.attachments.max-file-bytes} per file (10 MB) and
 * {@code kantor.attachments.max-files} files (5). Spring's multipart limits
 * ({@code spring.servlet.multipart.*}) must let as much through.
 */
@Component
public class AttachmentLimits {

    private final long maxFileBytes;
    private final int maxFiles;

    AttachmentLimits(
            @Value("${kantor.attachments.max-file-bytes:10485760}") long maxFileBytes,
            @Value("${kantor.attachments.max-files:5}") int maxFiles) {
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public int maxFiles() {
        return maxFiles;
    }

    /** The most a message with all its files may weigh, with room for its text. */
    public long maxMessageBytes(long formBytes) {
        return maxFileBytes * maxFiles + formBytes;
    }

    /** The size limit in whole megabytes, as pages and refusals say it. */
    public long maxFileMegabytes() {
        return Math.max(1, maxFileBytes / (1024 * 1024));
    }
}
