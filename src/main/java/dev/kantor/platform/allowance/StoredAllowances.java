package dev.kantor.platform.allowance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.distributed.serialization.InternalSerializationHelper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bucket4j's token buckets kept in a database table, so that every node behind the load balancer
 * counts against the same allowance and a restart forgives nobody. Each change is a compare and
 * swap on the bucket's row: the update only succeeds where the row still holds the state it was
 * computed from, and Bucket4j computes again otherwise. No row lock is held between statements,
 * so callers ask outside their transactions and each change is committed at once.
 * <p>
 * Time is the application's {@link Clock}, so that tests can let a wait pass without sleeping.
 * The table has the columns {@code allowance_key varchar primary key, state bytea, touched_at
 * timestamp}; the portal keeps its allowances in {@code portal_allowance}, sign-ins in
 * {@code sign_in_allowance}. Plain SQL that H2 (in PostgreSQL mode) and PostgreSQL both run.
 */
public class StoredAllowances extends AbstractCompareAndSwapBasedProxyManager<String> {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;

    /**
     * @param table the table holding the buckets, named in code (never from input)
     */
    public StoredAllowances(JdbcClient jdbc, Clock clock, String table) {
        super(ClientSideConfig.getDefault().withClientClock(new ClockTime(clock)));
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("select state from " + table + " where allowance_key = ?")
                        .param(key)
                        .query(byte[].class)
                        .optional();
            }

            @Override
            public boolean compareAndSwap(
                    byte[] original, byte[] changed, RemoteBucketState state, Optional<Long> timeoutNanos) {
                Timestamp now = Timestamp.from(clock.instant());
                if (original == null) {
                    // first use: only one node's insert wins, the others compute again from it
                    return jdbc.sql("insert into " + table + " (allowance_key, state, touched_at) values (?, ?, ?) "
                                            + "on conflict do nothing")
                                    .params(key, changed, now)
                                    .update()
                            == 1;
                }
                return jdbc.sql("update " + table + " set state = ?, touched_at = ? where allowance_key = ? "
                                        + "and state = ?")
                                .params(changed, now, key, original)
                                .update()
                        == 1;
            }
        };
    }

    /**
     * How long until each of these buckets could give {@code tokens}, read in one query and
     * without changing anything; empty when all of them can now. A bucket never used has no row
     * and is full.
     */
    public Optional<Duration> waitFor(Collection<String> keys, long tokens) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> states = jdbc.sql("select state from " + table + " where allowance_key in (:keys)")
                .param("keys", keys)
                .query(byte[].class)
                .list();
        long now = ClockTime.nanos(clock.instant());
        long longest = 0;
        for (byte[] stored : states) {
            RemoteBucketState state = InternalSerializationHelper.deserializeState(stored);
            state.refillAllBandwidth(now);
            if (state.getAvailableTokens() < tokens) {
                longest = Math.max(
                        longest,
                        Math.max(1, state.calculateDelayNanosAfterWillBePossibleToConsume(tokens, now, false)));
            }
        }
        return longest == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(longest));
    }

    /** Forgets allowances untouched for longer than {@code idle}: a bucket left alone that long is full again. */
    public int forgetIdle(Duration idle) {
        return jdbc.sql("delete from " + table + " where touched_at < ?")
                .param(Timestamp.from(clock.instant().minus(idle)))
                .update();
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("allowances are checked synchronously");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("delete from " + table + " where allowance_key = ?").param(key).update();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("allowances are synchronous"));
    }

    /** The application clock as Bucket4j's time, in nanoseconds since the epoch. */
    private record ClockTime(Clock clock) implements TimeMeter {

        static long nanos(Instant instant) {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        @Override
        public long currentTimeNanos() {
            return nanos(clock.instant());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
