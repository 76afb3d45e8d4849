package dev.kantor.mailin.reading;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The text of an HTML mail, for a mail that has no plain part: jsoup's sanitiser keeps no markup at
 * all ({@link Safelist#none()}), so no script, style, link or image of the sender's reaches a page;
 * paragraphs and line breaks are kept as lines. Pages then show it escaped, as any customer text.
 */
public final class HtmlText {

    private HtmlText() {}

    public static String of(String html) {
        // line breaks survive the sanitiser as markers, then become lines again
        String marked = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|div|li|tr|h[1-6])>", "\n");
        String clean = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
        String text = org.jsoup.parser.Parser.unescapeEntities(clean, false);
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
