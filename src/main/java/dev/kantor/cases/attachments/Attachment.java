package dev.kantor.cases.attachments;

import dev.kantor.platform.files.FileType;

/**
 * A file kept on a case, without its content.
 *
 * @param entryId  the timeline entry it came with: whoever may read that entry may read the file
 * @param internal whether that entry is internal (never on the portal)
 */
public record Attachment(long id, long entryId, String fileName, FileType type, long size, boolean internal) {

    /** Shown as a picture. */
    public boolean image() {
        return type.image();
    }

    /** Its size in kilobytes, at least one, as the pages show it. */
    public long kilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }
}
