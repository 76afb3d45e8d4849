package dev.kantor.service.requests;

import dev.kantor.platform.files.FileType;

/** A file kept with an internal request, without its content. */
public record RequestFile(long id, long requestId, String fileName, FileType type, long size, long uploadedBy) {

    public boolean image() {
        return type.image();
    }

    public long kilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }
}
