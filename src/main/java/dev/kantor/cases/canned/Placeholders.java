package dev.kantor.cases.canned;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a canned reply may hold, such as {@code {customer.name}}, filled in when it is
 * inserted. An unknown placeholder stays as written, so that the agent sees it and fixes it.
 */
final class Placeholders {

    static final String CUSTOMER_NAME = "{customer.name}";
    static final String CASE_REFERENCE = "{case.reference}";
    static final String AGENT_NAME = "{agent.name}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\.[a-z]+}");

    private Placeholders() {}

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group());
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
