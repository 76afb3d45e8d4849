package dev.kantor.platform.security;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InputCheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a password must be, what a temporary one looks like, and how long a throttled caller hears to wait. */
class PasswordRulesTest {

    private static String problem(String password) {
        return PasswordRules.check(new InputCheck(), "password", password, "siti.rahma").problems().stream()
                .map(FieldProblem::messageKey)
                .findFirst()
                .orElse("none");
    }

    @ParameterizedTest
    @CsvSource({
        "'', validation.required",
        "short-one, validation.password-too-short",
        "long-enough, none",
        "SITI.RAHMA, validation.password-is-username"
    })
    void refusesPasswordsThatAreMissingShortOrTheUsername(String password, String expected) {
        assertThat(problem(password)).isEqualTo(expected);
    }

    @Test
    void refusesPasswordsBcryptWouldCutShort() {
        assertThat(problem("a".repeat(64))).isEqualTo("none");
        assertThat(problem("a".repeat(65))).isEqualTo("validation.password-too-long");
        // 30 characters, but 90 bytes in UTF-8: bcrypt would read only the first 72
        assertThat(problem("€".repeat(30))).isEqualTo("validation.password-too-long");
    }

    @Test
    void temporaryPasswordsAreReadableFollowTheRulesAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String temporary = AccountAdministration.temporaryPassword();
            assertThat(temporary)
                    .matches("[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}")
                    .doesNotContainPattern("[0125OoIl]");
            assertThat(problem(temporary)).isEqualTo("none");
            seen.add(temporary);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aWaitIsToldInWholeSecondsRoundedUp() {
        assertThat(new SignInThrottled(Duration.ofSeconds(30)).waitSeconds()).isEqualTo(30);
        assertThat(new SignInThrottled(Duration.ofMillis(29_001)).waitSeconds()).isEqualTo(30);
        assertThat(new SignInThrottled(Duration.ofNanos(1)).waitSeconds()).isEqualTo(1);
    }
}
