package dev.kantor.platform.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML from outside made safe to show inside a Kantor page, by jsoup's sanitiser: the text structure of
 * {@link Safelist#relaxed()} (paragraphs, lists, tables, headings, emphasis, quotes, links) and nothing that
 * runs, loads or restyles: no script, event handler, {@code style} (element or attribute), class, form, frame or
 * image (an image from a remote host tells its sender the mail was read, and where). Links keep only http, https
 * and mailto addresses and get {@code rel="nofollow noopener noreferrer"} and {@code target="_blank"}, so a
 * customer's link never acts on Kantor's page. Plain Java.
 */
public final class SafeHtml {

    /** The longest HTML kept; a longer mail is shown by its text alone. */
    public static final int MAX_CHARS = 200_000;

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private SafeHtml() {}

    /** The HTML made safe, or null when there is none or it is too long to keep. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String safe = Jsoup.clean(html, "", SAFE, new Document.OutputSettings().prettyPrint(false))
                .strip();
        return safe.isEmpty() || safe.length() > MAX_CHARS ? null : safe;
    }
}
