package dev.kantor.cases.inbound;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file that came with a mail, shaped as the files of the case desk's forms are, so that it
 * passes the same checks ({@code CaseAttachments.check}) and is kept the same way.
 */
final class MailAttachment implements MultipartFile {

    private final String fileName;
    private final byte[] content;

    MailAttachment(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content == null ? new byte[0] : content;
    }

    @Override
    public String getName() {
        return "files";
    }

    @Override
    public String getOriginalFilename() {
        return fileName;
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public boolean isEmpty() {
        return content.length == 0;
    }

    @Override
    public long getSize() {
        return content.length;
    }

    @Override
    public byte[] getBytes() {
        return content.clone();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public void transferTo(File dest) throws IOException {
        Files.write(dest.toPath(), content);
    }
}
