package dev.kantor.mailin.reading;

import java.util.List;
import java.util.Map;

import dev.kantor.cases.InboundMail.MailFile;

/**
 * A mail as Kantor reads it.
 *
 * @param messageId   its Message-ID with the angle brackets, or null when it has none
 * @param inReplyTo   the Message-IDs of In-Reply-To
 * @param references  the Message-IDs of References
 * @param fromAddress the sender's address, lower case, or null when there is none to answer
 * @param fromName    the sender's display name, or null
 * @param text        the text: the plain part when there is one, else the HTML part made plain (for search,
 *                    previews, the customer's own view and mail)
 * @param html        the HTML part made safe to show ({@link dev.kantor.platform.html.SafeHtml}), or null when
 *                    there is none (or it is too long to keep)
 * @param headers     the headers the loop rules read, by lower-case name (first value)
 * @param report      whether it is a delivery-status report ({@code multipart/report})
 */
public record ReceivedMail(
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        String fromAddress,
        String fromName,
        String subject,
        String text,
        String html,
        List<MailFile> files,
        Map<String, String> headers,
        boolean report) {

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The Message-IDs this mail answers: In-Reply-To first, then References, latest first. */
    public List<String> answers() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
        List<String> refs = new java.util.ArrayList<>(references);
        java.util.Collections.reverse(refs);
        ids.addAll(refs);
        return List.copyOf(ids);
    }
}
