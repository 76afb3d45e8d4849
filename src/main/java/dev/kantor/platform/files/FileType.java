package dev.kantor.platform.files;

import java.util.Set;

/**
 * The kinds of file Kantor keeps (on cases and internal requests alike), each recognised by its content ({@link FileSniffer}).
 * A file is served with the content type of its kind, never the one it was uploaded with; only
 * images and PDF documents are shown in the browser, everything else is downloaded.
 */
public enum FileType {
    JPEG("image/jpeg", Set.of("jpg", "jpeg", "jfif")),
    PNG("image/png", Set.of("png")),
    GIF("image/gif", Set.of("gif")),
    WEBP("image/webp", Set.of("webp")),
    PDF("application/pdf", Set.of("pdf")),
    TEXT("text/plain;charset=UTF-8", Set.of("txt", "log", "csv")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
    ODT("application/vnd.oasis.opendocument.text", Set.of("odt")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Set.of("ods")),
    DOC("application/msword", Set.of("doc")),
    XLS("application/vnd.ms-excel", Set.of("xls"));

    private final String contentType;
    private final Set<String> extensions;

    FileType(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    /** The content type it is served with. */
    public String contentType() {
        return contentType;
    }

    /** Shown as a picture on the case page and the portal. */
    public boolean image() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }

    /** Opened in the browser rather than downloaded: pictures and PDF documents, never anything that runs. */
    public boolean shownInBrowser() {
        return image() || this == PDF;
    }

    public boolean namedBy(String extension) {
        return extensions.contains(extension);
    }
}
