package dev.kantor.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A due time said as a person counts it, in both languages. */
class DueTimesTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    final DueTimes due = new DueTimes(messages(), Clock.fixed(NOW, ZoneOffset.UTC));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void saysHoursLeftAndHoursOverdueInEnglishAndIndonesian() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(due.relative(NOW.plus(Duration.ofMinutes(3 * 60 + 20)))).isEqualTo("due in 3 h");
        assertThat(due.relative(NOW.minus(Duration.ofMinutes(2 * 60 + 5)))).isEqualTo("overdue by 2 h");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        assertThat(due.relative(NOW.plus(Duration.ofHours(3)))).isEqualTo("jatuh tempo 3 jam lagi");
        assertThat(due.relative(NOW.minus(Duration.ofHours(2)))).isEqualTo("terlambat 2 jam");
    }

    @Test
    void saysMinutesBelowAnHourAndDaysFromTwoDaysOn() {
        assertThat(DueTimes.phrase(Duration.ofMinutes(25))).isEqualTo(new DueTimes.Phrase("time.due-in.minutes", 25));
        assertThat(DueTimes.phrase(Duration.ofSeconds(-20)))
                .as("a moment ago is never overdue by 0")
                .isEqualTo(new DueTimes.Phrase("time.overdue.minutes", 1));
        assertThat(DueTimes.phrase(Duration.ofHours(47))).isEqualTo(new DueTimes.Phrase("time.due-in.hours", 47));
        assertThat(DueTimes.phrase(Duration.ofHours(-75))).isEqualTo(new DueTimes.Phrase("time.overdue.days", 3));
        assertThat(due.overdue(NOW.minusSeconds(1))).isTrue();
        assertThat(due.overdue(null)).isFalse();
    }
}
