package dev.kantor.mailin.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Message-IDs in an In-Reply-To or References header: {@code <id@domain>}, however folded. */
public final class MessageIdList {

    private static final Pattern ID = Pattern.compile("<[^<>\\s]{1,250}>");

    private MessageIdList() {}

    /** The Message-IDs in the order given, each with its angle brackets; none for a missing header. */
    public static List<String> parse(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(header);
        while (m.find() && ids.size() < 100) {
            ids.add(m.group());
        }
        return List.copyOf(ids);
    }
}
