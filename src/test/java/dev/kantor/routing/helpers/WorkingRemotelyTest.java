package dev.kantor.routing.helpers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.kantor.people.Whereabouts.RemoteToday;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who works remotely today, as "who can help now" keeps it: answered from memory, and never stale for longer than
 * {@link WorkingRemotely#MOST_STALE} even when no event says it changed.
 */
class WorkingRemotelyTest {

    static final long SITI = 7;
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    /** What the database says now. */
    final AtomicReference<Set<Long>> saidSo = new AtomicReference<>(Set.of(SITI));

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** Monday 17:00 in Jakarta. */
    final AtomicReference<Instant> time = new AtomicReference<>(Instant.parse("2026-11-30T10:00:00Z"));

    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return JAKARTA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return time.get();
        }
    };
    final AtomicLong changes = new AtomicLong();
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final AtomicInteger reads = new AtomicInteger();

    final WorkingRemotely remote = new WorkingRemotely(
            () -> {
                reads.incrementAndGet();
                return new RemoteToday(LocalDate.ofInstant(time.get(), JAKARTA), saidSo.get(), Set.of());
            },
            changes::get,
            changes::incrementAndGet,
            clock,
            () -> JAKARTA,
            nanos::get);

    @Test
    void isAnsweredFromMemoryWhileNothingChanged() {
        assertThat(remote.today().remote(SITI)).isTrue();
        after(Duration.ofSeconds(5));
        assertThat(remote.today().remote(SITI)).isTrue();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aStaleWorkingRemotelyIsAnsweredForAtMostTheBoundWhenNoEventSaysItChanged() {
        assertThat(remote.today().remote(SITI)).isTrue();

        // Siti is back in the office, written without telling anyone (or the event waits for redelivery)
        saidSo.set(Set.of());
        after(WorkingRemotely.MOST_STALE.minusMillis(1));
        assertThat(remote.today().remote(SITI)).as("within the bound").isTrue();

        after(Duration.ofMillis(1));
        assertThat(remote.today().remote(SITI))
                .as("never longer than %s", WorkingRemotely.MOST_STALE)
                .isFalse();
        assertThat(WorkingRemotely.MOST_STALE).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aChangeCountedOnAnyNodeIsReadAtOnceAndCountedTwiceReadsOnlyOnceMore() {
        assertThat(remote.today().remote(SITI)).isTrue();

        saidSo.set(Set.of());
        remote.changed();
        remote.changed();
        assertThat(remote.today().remote(SITI)).isFalse();
        assertThat(remote.today().remote(SITI)).isFalse();
        assertThat(reads).hasValue(2);
    }

    @Test
    void yesterdaysRemoteWorkIsNotTodaysFromMidnightInTheBusinesssZone() {
        assertThat(remote.today()).returns(MONDAY, RemoteToday::day).returns(true, r -> r.remote(SITI));

        saidSo.set(Set.of());
        // 23:59:59 in Jakarta, a second of the monotonic clock later: still Monday, still what was read
        time.set(Instant.parse("2026-11-30T16:59:59Z"));
        after(Duration.ofSeconds(1));
        assertThat(remote.today().remote(SITI)).isTrue();

        time.set(Instant.parse("2026-11-30T17:00:00Z"));
        after(Duration.ofSeconds(1));
        assertThat(remote.today()).returns(MONDAY.plusDays(1), RemoteToday::day).returns(false, r -> r.remote(SITI));
    }

    void after(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
