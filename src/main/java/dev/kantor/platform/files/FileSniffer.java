package dev.kantor.platform.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Kantor's one file check, for files on cases and on internal requests alike. Tells what a file is from its first bytes, whatever it is called and whatever type the browser
 * declared: a picture, a PDF, plain text, an office document, or nothing Kantor keeps. Markup
 * (HTML, SVG, XML) is never kept, even renamed: a browser could run it.
 */
public final class FileSniffer {

    /** How much of a file is read to tell what it is. */
    public static final int HEAD = 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private FileSniffer() {}

    /**
     * @param fileName the name it was uploaded with: only used to tell apart kinds whose content
     *                 starts alike (the office documents, all ZIP or OLE files, and plain text)
     * @param head     the file's first bytes, up to {@link #HEAD}
     */
    public static Optional<FileType> identify(String fileName, byte[] head) {
        String extension = extension(fileName);
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return Optional.of(FileType.GIF);
        }
        if (startsWith(head, RIFF) && head.length >= 12 && Arrays.equals(head, 8, 12, WEBP, 0, 4)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, ZIP)) {
            return named(extension, FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.ODT, FileType.ODS);
        }
        if (startsWith(head, OLE)) {
            return named(extension, FileType.DOC, FileType.XLS);
        }
        if (FileType.TEXT.namedBy(extension) && plainText(head)) {
            return Optional.of(FileType.TEXT);
        }
        return Optional.empty();
    }

    /**
     * UTF-8 text without control characters (other than tabs, line ends and form feeds) that does
     * not begin like markup. The head may end inside a character: that last character is not judged.
     */
    static boolean plainText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int length = head.length;
        // a multi-byte character cut off at the end of the head is not an error in the file
        int cut = 0;
        while (cut < 3 && cut < length && (head[length - 1 - cut] & 0xC0) == 0x80) {
            cut++;
        }
        if (cut < length && (head[length - 1 - cut] & 0xC0) == 0xC0) {
            length = length - 1 - cut;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        String start = text.replaceFirst("^\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return !start.startsWith("<");
    }

    private static Optional<FileType> named(String extension, FileType... candidates) {
        return Arrays.stream(candidates).filter(t -> t.namedBy(extension)).findFirst();
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
