package dev.kantor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessageBundlesTest {

    /** Every bundle, by its English file; the Indonesian one sits beside it with {@code _id}. */
    static final String[] BUNDLES = {"messages.properties", "i18n/cases.properties", "i18n/portal.properties",
            "i18n/routing.properties", "i18n/staffing.properties"};

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

        assertThat(missingInIndonesian).as("keys of " + englishBundle + " without an Indonesian translation").isEmpty();
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

    private static String[] allFiles() {
        return java.util.Arrays.stream(BUNDLES)
                .flatMap(b -> java.util.stream.Stream.of(b, b.replace(".properties", "_id.properties")))
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
