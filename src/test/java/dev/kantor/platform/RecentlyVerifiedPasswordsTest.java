package dev.kantor.platform;

import java.util.concurrent.atomic.AtomicInteger;

import dev.kantor.platform.security.SecurityTestAccess;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void callersArrivingDuringACheckWaitForItInsteadOfCheckingAgain() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return counting.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                try {
                    Thread.sleep(300); // about what bcrypt costs on a busy machine
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return counting.matches(raw, encoded);
            }
        };
        PasswordEncoder encoder = SecurityTestAccess.rememberingMatches(slow);
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return encoder.matches("demo", "hash(demo)");
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(counting.checks).as("one bcrypt for eight callers at once").hasValue(1);
    }
}
