package dev.kantor.routing.changes;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many times something routing keeps in memory has changed (the topic catalogue, who
 * qualifies for a topic), counted in the database so that every node learns of a change made or
 * heard of on any node. A keeper notes the count its copy was read at and reads again when the
 * count moved. The count is asked of the database at most once per {@code checkEvery}, and at once
 * after a change counted on this node commits: the node that made a change sees it immediately,
 * the others within {@code checkEvery}.
 */
public final class ChangeCounter {

    private final JdbcClient jdbc;
    private final String subject;
    private final long checkEveryNanos;
    private final AtomicLong readAt = new AtomicLong();
    private final AtomicBoolean changedHere = new AtomicBoolean(true);
    private volatile long known = -1;

    /** @param subject the row of {@code routing_change} that counts this kind of change */
    public ChangeCounter(JdbcClient jdbc, String subject, Duration checkEvery) {
        this.jdbc = jdbc;
        this.subject = subject;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    /**
     * The count as last read. A keeper reads it before reading what it keeps, so that what it keeps
     * is never newer than the count it notes, only older, which the next count then corrects.
     */
    public long current() {
        long now = System.nanoTime();
        long last = readAt.get();
        if (changedHere.getAndSet(false) || known < 0) {
            read(now);
        } else if (now - last >= checkEveryNanos && readAt.compareAndSet(last, now)) {
            // one request asks the database; the others meanwhile go on with the count they know
            read(now);
        }
        return known;
    }

    /**
     * Counts a change, in the caller's transaction: it counts only if the change is stored. Counting
     * twice for one change only makes the keepers read once more.
     */
    public void count() {
        jdbc.sql("update routing_change set changes = changes + 1 where subject = ?")
                .param(subject)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changedHere.set(true);
                }
            });
        } else {
            changedHere.set(true);
        }
    }

    private void read(long now) {
        known = jdbc.sql("select changes from routing_change where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
        readAt.set(now);
    }
}
