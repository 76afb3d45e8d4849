package dev.kantor.reporting.rollup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.kantor.platform.KantorException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One rebuild at a time across nodes: a row claimed (and committed) before a rebuild starts and removed when it
 * ends. A second rebuild asked for meanwhile is refused rather than queued behind the first; a claim older than
 * {@link #STALE} is a node that died half way and is taken over.
 */
@Component
class RebuildClaim {

    static final Duration STALE = Duration.ofHours(1);
    private static final String NAME = "rollups";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate own;

    RebuildClaim(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Claims the rebuild for {@code by}.
     *
     * @throws KantorException conflict {@code reporting.rebuild.running} while another rebuild runs
     */
    void claim(String by) {
        Instant now = clock.instant();
        try {
            own.executeWithoutResult(status -> {
                jdbc.sql("delete from reporting_rebuild where name = ? and started_at < ?")
                        .params(NAME, Timestamp.from(now.minus(STALE)))
                        .update();
                jdbc.sql("insert into reporting_rebuild (name, started_at, started_by) values (?, ?, ?)")
                        .params(NAME, Timestamp.from(now), by)
                        .update();
            });
        } catch (DuplicateKeyException running) {
            throw KantorException.conflict("reporting.rebuild.running");
        }
    }

    /**
     * Removes the mark a migration left for a rebuild after the upgrade, in the rebuild's own transaction: any
     * rebuild of every figure (an admin's too) is the rebuild the upgrade needed.
     */
    void upgradeRebuilt() {
        jdbc.sql("delete from reporting_rebuild_needed where name = ?")
                .param(NAME)
                .update();
    }

    /** Gives the claim up: the next rebuild may start. */
    void release() {
        own.executeWithoutResult(status -> jdbc.sql("delete from reporting_rebuild where name = ?")
                .param(NAME)
                .update());
    }
}
