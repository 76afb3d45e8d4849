package dev.kantor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import dev.kantor.platform.security.SecurityTestAccess;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    /** Counts how often the expensive check really runs. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash(" + raw + ")";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    @Test
    void checksAMatchingPasswordOnceAndAWrongOneEveryTime() {
        CountingEncoder slow = new CountingEncoder();
        PasswordEncoder encoder = SecurityTestAccess.rememberingMatches(slow);

        assertThat(encoder.matches("demo", "hash(demo)")).isTrue();
        assertThat(encoder.matches("demo", "hash(demo)")).isTrue();
        assertThat(slow.checks).hasValue(1);

        assertThat(encoder.matches("wrong", "hash(demo)")).isFalse();
        assertThat(encoder.matches("wrong", "hash(demo)")).isFalse();
        assertThat(slow.checks).hasValue(3);

        // a changed stored hash is never matched from memory
        assertThat(encoder.matches("demo", "hash(new)")).isFalse();
    }
}
