package dev.kantor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word a person reads on a page must come from the message bundles, in both languages. */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TOKEN = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+");
    private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([a-zA-Z0-9-]+)");
    /** Attributes whose content replaces the element's text when the page is rendered. */
    private static final Pattern REPLACES_TEXT = Pattern.compile("\\sth:(text|utext|replace|insert|remove|errors)=");

    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (String text : hardCodedText(Files.readString(file, StandardCharsets.UTF_8))) {
                    violations.add(TEMPLATES.relativize(file) + ": " + text);
                }
            }
        }
        assertThat(violations)
                .as("user-visible text not taken from messages*.properties")
                .isEmpty();
    }

    @Test
    void findsHardCodedTextAndLabels() {
        assertThat(hardCodedText("<p>Hello</p>")).containsExactly("Hello");
        assertThat(hardCodedText("<input placeholder=\"Search\">")).containsExactly("placeholder=Search");
        assertThat(hardCodedText("<p th:text=\"#{hello}\">Hello <b>there</b></p><span>&times; 3</span>"))
                .isEmpty();
        assertThat(hardCodedText("<input th:placeholder=\"#{search}\"><!-- a note --><script>var a = 'x';</script>"))
                .isEmpty();
    }

    static List<String> hardCodedText(String html) {
        String page = html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script\\b([^>]*)>.*?</script>", "<script$1></script>")
                .replaceAll("(?s)<style\\b([^>]*)>.*?</style>", "<style$1></style>")
                .replaceAll("(?i)<!DOCTYPE[^>]*>", "");
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        Matcher token = TOKEN.matcher(page);
        while (token.find()) {
            String t = token.group();
            if (!t.startsWith("<")) {
                String text = t.replaceAll("&#?\\w+;", "").strip();
                if (text.codePoints().anyMatch(Character::isLetter) && !replaced.contains(true)) {
                    found.add(text);
                }
                continue;
            }
            Matcher name = TAG_NAME.matcher(t);
            if (!name.find()) {
                continue;
            }
            String tag = name.group(1).toLowerCase();
            if (t.startsWith("</")) {
                // pop up to and including the matching open tag
                while (!names.isEmpty()) {
                    replaced.pop();
                    if (names.pop().equals(tag)) {
                        break;
                    }
                }
                continue;
            }
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(t);
            while (attribute.find()) {
                if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                    found.add(attribute.group(1) + "=" + attribute.group(2));
                }
            }
            if (!VOID.contains(tag) && !t.endsWith("/>")) {
                names.push(tag);
                replaced.push(REPLACES_TEXT.matcher(t).find());
            }
        }
        return found;
    }
}
