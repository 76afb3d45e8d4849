package dev.kantor.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that loses a race for a row is told to try again: 409, never a server error. */
class ConcurrencyAnswersTest {

    private final ApiProblems api = new ApiProblems(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.concurrent-change", Locale.ENGLISH, "Someone else changed this meanwhile.");
        return messages;
    }

    @Test
    void aLockHeldTooLongOrADeadlockIs409LikeAStaleVersion() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        for (var e : new org.springframework.dao.ConcurrencyFailureException[] {
            new OptimisticLockingFailureException("stale version"),
            new CannotAcquireLockException("lock timeout"),
            new PessimisticLockingFailureException("deadlock detected")
        }) {
            var answer = api.concurrentChange(e);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(answer.getBody().getType().toString()).endsWith("concurrent-change");
        }
        LocaleContextHolder.resetLocaleContext();
    }
}
