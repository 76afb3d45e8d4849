package dev.kantor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    /** Every bundle, by its English file; the Indonesian one sits beside it with {@code _id}. */
    static final String[] BUNDLES = {
        "messages.properties",
        "i18n/cases.properties",
        "i18n/queue.properties",
        "i18n/portal.properties",
        "i18n/routing.properties",
        "i18n/staffing.properties",
        "i18n/security.properties",
        "i18n/scheduling.properties",
        "i18n/notifications.properties"
    };

    @Test
    void englishAndIndonesianHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            sameKeys(bundle, bundle.replace(".properties", "_id.properties"));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).as("keys defined in more than one bundle").isEmpty();
    }

    private static void sameKeys(String englishBundle, String indonesianBundle) throws IOException {
        Properties english = load(englishBundle);
        Properties indonesian = load(indonesianBundle);

        Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
        missingInIndonesian.removeAll(indonesian.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInIndonesian)
                .as("keys of " + englishBundle + " without an Indonesian translation")
                .isEmpty();
        assertThat(missingInEnglish).as("keys only in " + indonesianBundle).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : allFiles()) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("empty messages in " + bundle)
                    .filteredOn(key -> messages.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void messagesWithArgumentsUseNoBareApostrophes() throws IOException {
        // MessageFormat swallows a single ' in messages with {0}; the typographic ’ is safe
        for (String bundle : allFiles()) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("messages in " + bundle + " with arguments and a bare apostrophe")
                    .filteredOn(key -> messages.getProperty(key).contains("{0")
                            && messages.getProperty(key).replace("''", "").contains("'"))
                    .isEmpty();
        }
    }

    /**
     * A key named in Java code but missing from the bundles prints as the key itself: a test of a
     * page rarely reaches every message. Every literal that looks like a key of a known family
     * ("validation.email", "routing.topic.saved") must be in the English and Indonesian bundles.
     * A literal that begins keys ("mail.confirmation" for its subject and body) counts as used.
     * Keys built at run time ("cases.status." + status) are checked by the pages' tests instead.
     */
    @Test
    void everyKeyNamedInJavaCodeIsInTheBundles() throws IOException {
        Properties english = new Properties();
        for (String bundle : BUNDLES) {
            english.putAll(load(bundle));
        }
        Set<String> families = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(key -> key.contains("."))
                .forEach(key -> families.add(key.substring(0, key.indexOf('.') + 1)));
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = literal.matcher(Files.readString(source));
                while (found.find()) {
                    String key = found.group(1);
                    boolean aKey = families.stream().anyMatch(key::startsWith);
                    boolean begunKeys = english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (aKey && !english.containsKey(key) && !begunKeys) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing)
                .as("message keys named in Java code but in no bundle")
                .isEmpty();
    }

    private static String[] allFiles() {
        return Arrays.stream(BUNDLES)
                .flatMap(b -> Stream.of(b, b.replace(".properties", "_id.properties")))
                .toArray(String[]::new);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
