package dev.kantor.routing.helpers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.kantor.people.Whereabouts;
import dev.kantor.people.Whereabouts.RemoteToday;
import dev.kantor.platform.web.Times;
import dev.kantor.routing.changes.ChangeCounter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who works remotely today (as they said, or from home by an approved arrangement), kept in memory for "who can
 * help now": reading it for the people of each answer was nearly a quarter of the answer's time (docs/benchmarks.md). It is
 * read again, for everyone at once, when any of these comes first:
 *
 * <ul>
 * <li>a change was counted ({@link WhereaboutsChanges}: people's {@code WhereaboutsChanged}, which also says when
 * a telework arrangement was approved or withdrawn, and {@code EmployeeChanged}): at once on the node that heard
 * it, within {@link QualifiedPeople#CHECK_EVERY} on every other node, which learn of it from the count in the
 * database, as they do for who qualifies (an event is delivered only on the node that published it);</li>
 * <li>{@link #MOST_STALE} passed since it was read: the bound on a stale "working from home", whatever happens to
 * events (a listener that failed and waits for redelivery, a row written without telling anyone);</li>
 * <li>the business's day is not the day it was read for: yesterday's telework is not today's.</li>
 * </ul>
 */
@Component
class WorkingRemotely {

    /** The longest a node answers from what it read, whether or not it heard of a change. */
    static final Duration MOST_STALE = Duration.ofSeconds(10);

    /**
     * What was read, and when: the change count and the monotonic time before it was read, and the moment its day
     * ends in the business's zone.
     */
    private record Known(RemoteToday remote, long atChange, long readAtNanos, Instant dayEnds) {}

    private final Supplier<RemoteToday> read;
    private final LongSupplier changeCount;
    private final Runnable count;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final LongSupplier nanoTime;
    private volatile Known known;

    @Autowired
    WorkingRemotely(Whereabouts whereabouts, JdbcClient jdbc, ObjectProvider<Times> times, Clock clock) {
        this(
                whereabouts::remoteToday,
                new ChangeCounter(jdbc, "whereabouts", QualifiedPeople.CHECK_EVERY),
                clock,
                () -> times.getIfAvailable(() -> Times.in(ZoneOffset.UTC)).zone());
    }

    private WorkingRemotely(Supplier<RemoteToday> read, ChangeCounter changes, Clock clock, Supplier<ZoneId> zone) {
        this(read, changes::current, changes::count, clock, zone, System::nanoTime);
    }

    /**
     * @param read        everyone remote today, from the database
     * @param changeCount the change count as this node knows it
     * @param count       counts a change for every node
     * @param clock       the time, for when the day read ends
     * @param zone        the business's zone, asked only when reading (looking it up on every question cost more
     *                    than the rest of this class)
     * @param nanoTime    a monotonic clock, for the age of what was read
     */
    WorkingRemotely(
            Supplier<RemoteToday> read,
            LongSupplier changeCount,
            Runnable count,
            Clock clock,
            Supplier<ZoneId> zone,
            LongSupplier nanoTime) {
        this.read = read;
        this.changeCount = changeCount;
        this.count = count;
        this.clock = clock;
        this.zone = zone;
        this.nanoTime = nanoTime;
    }

    /** Who works remotely today, no older than {@link #MOST_STALE} and read again after any change counted. */
    RemoteToday today() {
        // the count and the time before what is read: what is read is at least as new as both say
        long change = changeCount.getAsLong();
        long now = nanoTime.getAsLong();
        Known k = known;
        if (k == null
                || k.atChange() != change
                || now - k.readAtNanos() >= MOST_STALE.toNanos()
                || !clock.instant().isBefore(k.dayEnds())) {
            RemoteToday remote = read.get();
            k = new Known(
                    remote,
                    change,
                    now,
                    remote.day().plusDays(1).atStartOfDay(zone.get()).toInstant());
            known = k;
        }
        return k.remote();
    }

    /** What this node read is read again at the next question (for a test that wrote the rows itself). */
    void forget() {
        known = null;
    }

    /** Someone's whereabouts changed: every node reads again. */
    void changed() {
        count.run();
    }
}
