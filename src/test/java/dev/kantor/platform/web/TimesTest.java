package dev.kantor.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Every time a person reads is in the business's zone, on the 24-hour clock, in both languages. */
class TimesTest {

    private static final Times JAKARTA = Times.in(ZoneId.of("Asia/Jakarta"));
    /** 19:17 UTC is 02:17 the next morning in Jakarta: the handoff page once said "2:17 AM". */
    private static final Instant LATE_IN_UTC = Instant.parse("2026-11-27T19:17:00Z");

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource({
        "en, 28 Nov 2026 02:17, 02:17, 28 Nov 2026",
        "id, 28 Nov 2026 02:17, 02:17, 28 Nov 2026",
    })
    void writesTheBusinessesTimeOnThe24HourClock(String language, String dateTime, String time, String date) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        assertThat(JAKARTA.dateTime(LATE_IN_UTC)).isEqualTo(dateTime);
        assertThat(JAKARTA.time(LATE_IN_UTC)).isEqualTo(time);
        assertThat(JAKARTA.date(LATE_IN_UTC)).isEqualTo(date);
        assertThat(JAKARTA.date(LocalDate.of(2026, 11, 28))).isEqualTo(date);
        assertThat(JAKARTA.dateTime(LATE_IN_UTC, Locale.forLanguageTag(language)))
                .isEqualTo(dateTime);
    }

    @ParameterizedTest
    @CsvSource({"en", "id"})
    void anAfternoonIsNeverWrittenWithAmOrPm(String language) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        assertThat(JAKARTA.time(Instant.parse("2026-11-28T07:05:00Z"))).isEqualTo("14:05");
    }

    @ParameterizedTest
    @CsvSource({"en", "id"})
    void nothingIsWrittenForNoTime(String language) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        assertThat(JAKARTA.dateTime(null)).isEmpty();
        assertThat(JAKARTA.time(null)).isEmpty();
        assertThat(JAKARTA.date((Instant) null)).isEmpty();
    }
}
