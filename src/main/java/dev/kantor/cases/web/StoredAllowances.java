package dev.kantor.cases.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bucket4j's token buckets kept in the database, so that every node behind the load balancer
 * counts against the same allowance and a restart forgives nobody. Each change is a compare and
 * swap on the bucket's row: the update only succeeds where the row still holds the state it was
 * computed from, and Bucket4j computes again otherwise. No row lock is held between statements.
 * The portal asks before it opens a transaction, so each change is committed at once.
 * <p>
 * Plain SQL that H2 (in PostgreSQL mode) and PostgreSQL both run.
 */
class StoredAllowances extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredAllowances(JdbcClient jdbc, Clock clock) {
        super(ClientSideConfig.getDefault());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("select state from portal_allowance where allowance_key = ?").param(key)
                        .query(byte[].class).optional();
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] changed, RemoteBucketState state,
                    Optional<Long> timeoutNanos) {
                Timestamp now = Timestamp.from(clock.instant());
                if (original == null) {
                    // first use: only one node's insert wins, the others compute again from it
                    return jdbc.sql("""
                            insert into portal_allowance (allowance_key, state, touched_at) values (?, ?, ?)
                            on conflict do nothing""").params(key, changed, now).update() == 1;
                }
                return jdbc.sql("""
                        update portal_allowance set state = ?, touched_at = ?
                        where allowance_key = ? and state = ?""").params(changed, now, key, original).update() == 1;
            }
        };
    }

    /** Forgets allowances untouched for longer than {@code idle}: a bucket left alone that long is full again. */
    int forgetIdle(Duration idle) {
        return jdbc.sql("delete from portal_allowance where touched_at < ?")
                .param(Timestamp.from(clock.instant().minus(idle))).update();
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("portal allowances are checked synchronously");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("delete from portal_allowance where allowance_key = ?").param(key).update();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("portal allowances are synchronous"));
    }
}
