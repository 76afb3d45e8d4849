package dev.kantor.reporting.rollup;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every figure once by itself after an upgrade whose migration changed what the roll-ups hold (it marks
 * {@code reporting_rebuild_needed}), so that figures from before the upgrade do not wait for an admin. When Kantor
 * has started, each node tries, in the background, to claim the mark (a row update that one node wins; a claim
 * older than {@link #STALE} is a node that died and is taken over); the node that wins rebuilds as Kantor's own
 * system user (audited via {@code upgrade}); the rebuild removes the mark as it commits, as any rebuild of every
 * figure does. A fresh install is never marked. While an
 * admin's rebuild runs, the claim is given up and tried again a little later, so the upgrade's rebuild still
 * runs after it. {@code kantor.reporting.rebuild-after-upgrade.enabled=false} turns it off (the tests' default).
 */
@Component
public class RebuildAfterUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildAfterUpgrade.class);

    static final Duration STALE = Duration.ofHours(1);
    private static final String NAME = "rollups";

    /** How one try went. */
    public enum Outcome {
        /** Nothing was marked, or another node holds the mark. */
        NOT_NEEDED,
        /** This node rebuilt every figure and removed the mark. */
        REBUILT,
        /** Another rebuild ran; the mark stays for a later try. */
        BUSY
    }

    private final JdbcClient jdbc;
    private final Rebuild rebuild;
    private final Clock clock;
    private final TransactionTemplate own;
    private final boolean enabled;
    private final Duration retryAfter;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    RebuildAfterUpgrade(
            JdbcClient jdbc,
            Rebuild rebuild,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${kantor.reporting.rebuild-after-upgrade.enabled:true}") boolean enabled,
            @Value("${kantor.reporting.rebuild-after-upgrade.retry-after:PT1M}") Duration retryAfter) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
        this.retryAfter = retryAfter;
    }

    /** Once Kantor has started, tries in the background, so that start-up and requests never wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (!enabled) {
            return;
        }
        Thread background = new Thread(this::untilDone, "reporting-rebuild-after-upgrade");
        background.setDaemon(true);
        background.start();
    }

    private void untilDone() {
        try {
            for (int tries = 0; tries < 60 && rebuildIfMarked() == Outcome.BUSY; tries++) {
                Thread.sleep(retryAfter.toMillis());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Rebuilds every figure when a migration marked it needed and this node claims the mark; answers how it went.
     * Called by many nodes at once, it rebuilds on one of them, once.
     */
    public Outcome rebuildIfMarked() {
        if (!claim()) {
            return Outcome.NOT_NEEDED;
        }
        try {
            // the rebuild removes the mark in its own transaction
            var done = SystemUser.call(() -> rebuild.run("upgrade"));
            LOG.info("Reporting rebuilt after the upgrade: {}", CommandLineRebuild.said(done));
            return Outcome.REBUILT;
        } catch (KantorException running) {
            LOG.info("Reporting's rebuild after the upgrade waits for the rebuild running now");
            release();
            return Outcome.BUSY;
        } catch (RuntimeException failed) {
            // the mark stays claimed: another node takes it over when the claim is stale, or an admin rebuilds
            LOG.error("Reporting's rebuild after the upgrade failed: {}", failed.getMessage(), failed);
            return Outcome.NOT_NEEDED;
        }
    }

    /** Takes the mark when there is one nobody holds (or a node that died held): true for one node only. */
    private boolean claim() {
        Instant now = clock.instant();
        Integer claimed = own.execute(status -> jdbc.sql(
                        """
                update reporting_rebuild_needed set claimed_at = ?, claimed_by = ?
                where name = ? and (claimed_at is null or claimed_at < ?)""")
                .params(Timestamp.from(now), node, NAME, Timestamp.from(now.minus(STALE)))
                .update());
        return claimed != null && claimed == 1;
    }

    private void release() {
        own.executeWithoutResult(status -> jdbc.sql(
                        "update reporting_rebuild_needed set claimed_at = null, claimed_by = null where name = ?")
                .param(NAME)
                .update());
    }
}
