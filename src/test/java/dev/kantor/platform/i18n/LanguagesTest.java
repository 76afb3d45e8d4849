package dev.kantor.platform.i18n;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void recognisesIndonesianByItsOldAndNewCodes() {
        assertThat(Languages.of("id")).contains(Languages.INDONESIAN);
        assertThat(Languages.of("in")).contains(Languages.INDONESIAN);
        assertThat(Languages.of("id-ID")).contains(Languages.INDONESIAN);
        assertThat(Languages.of("en-GB")).contains(Languages.ENGLISH);
        assertThat(Languages.of("fr")).isEmpty();
        assertThat(Languages.of(" ")).isEmpty();
    }

    @Test
    void picksTheFirstSupportedBrowserLanguageElseEnglish() {
        assertThat(Languages.bestOf(Collections.enumeration(List.of(Locale.FRENCH, Locale.forLanguageTag("id-ID")))))
                .isEqualTo(Languages.INDONESIAN);
        assertThat(Languages.bestOf(Collections.enumeration(List.of(Locale.GERMAN))))
                .isEqualTo(Languages.ENGLISH);
    }

    @Test
    void languageSwitchReturnsOnlyToAPageOfKantor() {
        assertThat(LanguageController.sameSitePath("http://localhost:8080/people?office=FRONT&lang=en"))
                .isEqualTo("/people?office=FRONT");
        assertThat(LanguageController.sameSitePath("https://evil.example/steal"))
                .isEqualTo("/steal");
        assertThat(LanguageController.sameSitePath("//evil.example")).isEqualTo("/");
        assertThat(LanguageController.sameSitePath(null)).isEqualTo("/");
    }
}
