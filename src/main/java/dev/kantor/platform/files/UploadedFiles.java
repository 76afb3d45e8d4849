package dev.kantor.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as someone uploaded it (on a case, on an internal request): the name it is kept and downloaded under, and
 * its first bytes, from which {@link FileSniffer} tells its kind.
 */
public final class UploadedFiles {

    /** The longest name a file is kept under. */
    public static final int MAX_NAME = 200;

    private UploadedFiles() {}

    /**
     * The name a file is shown and downloaded under: without the folder some browsers send, without control
     * characters and quotes, "file" when nothing is left, and at most {@value #MAX_NAME} characters, keeping a
     * short extension.
     */
    public static String nameOf(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        if (name.length() > MAX_NAME) {
            String extension = FileSniffer.extension(name);
            name = extension.length() > 10
                    ? name.substring(0, MAX_NAME)
                    : name.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
        }
        return name;
    }

    /** The file's first {@value FileSniffer#HEAD} bytes (fewer when it is shorter). */
    public static byte[] head(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(FileSniffer.HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
