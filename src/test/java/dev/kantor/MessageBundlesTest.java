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

    @Test
    void englishAndIndonesianHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties indonesian = load("messages_id.properties");

        Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
        missingInIndonesian.removeAll(indonesian.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInIndonesian).as("keys without an Indonesian translation").isEmpty();
        assertThat(missingInEnglish).as("keys only in Indonesian").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_id.properties"}) {
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
        for (String bundle : new String[] {"messages.properties", "messages_id.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("messages in " + bundle + " with arguments and a bare apostrophe")
                    .filteredOn(key -> messages.getProperty(key).contains("{0")
                            && messages.getProperty(key).replace("''", "").contains("'"))
                    .isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
