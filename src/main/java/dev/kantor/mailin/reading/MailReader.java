package dev.kantor.mailin.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import dev.kantor.cases.InboundMail.MailFile;
import dev.kantor.platform.html.SafeHtml;

/**
 * Reads a raw mail (RFC 822): the headers that tell a reply and an automatic mail, the sender, the
 * text (the plain part when there is one; else the HTML part, made plain by {@link HtmlText}), the HTML
 * part made safe to show ({@link SafeHtml}: never kept raw), and the attached files. A mail that cannot be read at all is refused.
 */
public final class MailReader {

    /** The most of a mail Kantor reads, parts and files together. */
    public static final int MAX_BYTES = 40 * 1024 * 1024;

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int MAX_PARTS = 50;

    private MailReader() {}

    /** @throws UnreadableMail when it is not a mail, or too large */
    public static ReceivedMail read(byte[] raw) {
        if (raw == null || raw.length == 0 || raw.length > MAX_BYTES) {
            throw new UnreadableMail("empty or too large");
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            return read(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMail(e.getClass().getSimpleName());
        }
    }

    private static ReceivedMail read(MimeMessage message) throws MessagingException, IOException {
        Map<String, String> headers = new HashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
        }
        InternetAddress from = sender(message);
        Body body = new Body();
        collect(message, body, 0);
        String text = body.plain != null ? body.plain : body.html != null ? HtmlText.of(body.html) : "";
        String messageId = first(message.getHeader("Message-ID"));
        List<String> ids = messageId == null ? List.of() : MessageIdList.parse(messageId);
        return new ReceivedMail(
                ids.isEmpty() ? null : ids.get(0),
                MessageIdList.parse(first(message.getHeader("In-Reply-To"))),
                MessageIdList.parse(String.join(" ", orEmpty(message.getHeader("References")))),
                from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null ? null : from.getPersonal(),
                message.getSubject() == null ? "" : message.getSubject().strip(),
                text.strip(),
                SafeHtml.of(body.html),
                List.copyOf(body.files),
                Map.copyOf(headers),
                message.isMimeType("multipart/report"));
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (MessagingException e) {
            return null;
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            return null;
        }
        String a = address.getAddress();
        return a == null || a.indexOf('@') < 1 ? null : address;
    }

    private static final class Body {
        String plain;
        String html;
        final List<MailFile> files = new ArrayList<>();
    }

    private static void collect(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            return;
        }
        String disposition = part.getDisposition();
        String fileName = part.getFileName();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < Math.min(multipart.getCount(), MAX_PARTS); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body, depth + 1);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null) {
            body.files.add(new MailFile(decoded(fileName), bytes(part)));
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        }
    }

    private static String decoded(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "attachment";
        }
        try {
            return MimeUtility.decodeText(fileName);
        } catch (java.io.UnsupportedEncodingException e) {
            return fileName;
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MAX_BYTES);
        }
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }
}
