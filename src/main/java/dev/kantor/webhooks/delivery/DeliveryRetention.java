package dev.kantor.webhooks.delivery;

import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery log from growing for ever: once a day, deliveries that got through are deleted
 * when older than {@code kantor.webhooks.keep-delivered} (30 days), and deliveries that never got
 * through (their receiver kept failing, or their subscription stayed paused) when created longer ago
 * than {@code kantor.webhooks.keep-undelivered} (90 days): Kantor gives up on those. Their attempts go
 * with them. The day's run is claimed by a row keyed on the day, so on several nodes one of them
 * deletes; it deletes in batches of {@code kantor.webhooks.retention-batch}, each its own statement,
 * so that no long transaction holds the table while deliveries are written and sent.
 */
@Component
class DeliveryRetention {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);

    /** What one run deleted. */
    record Deleted(int delivered, int givenUp) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final RetentionPeriods periods;
    private final int batch;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    DeliveryRetention(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kantor.calendar.zone:Asia/Jakarta}") ZoneId zone,
            RetentionPeriods periods,
            @Value("${kantor.webhooks.retention-batch:500}") int batch) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
        this.periods = periods;
        this.batch = Math.max(1, batch);
    }

    @Scheduled(cron = "${kantor.webhooks.retention-cron:0 40 3 * * *}", zone = "${kantor.calendar.zone:Asia/Jakarta}")
    void daily() {
        runToday();
    }

    /** Deletes what is kept long enough, unless another node (or an earlier run) claimed today; answers whether it ran. */
    boolean runToday() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!claim(today)) {
            return false;
        }
        Deleted deleted = deleteOld();
        jdbc.sql(
                        """
                update webhook_retention_run set finished_at = ?, delivered_deleted = ?, given_up_deleted = ?
                where run_on = ?""")
                .params(Timestamp.from(clock.instant()), deleted.delivered(), deleted.givenUp(), Date.valueOf(today))
                .update();
        if (deleted.delivered() + deleted.givenUp() > 0) {
            log.info(
                    "Webhook delivery log: deleted {} delivered and {} given-up deliveries",
                    deleted.delivered(),
                    deleted.givenUp());
        }
        return true;
    }

    private boolean claim(LocalDate day) {
        return jdbc.sql(
                                """
                insert into webhook_retention_run (run_on, claimed_by, started_at) values (?, ?, ?)
                on conflict do nothing""")
                        .params(Date.valueOf(day), node, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /** Deletes, batch by batch, the deliveries kept long enough. */
    Deleted deleteOld() {
        Instant now = clock.instant();
        int delivered = inBatches(
                """
                delete from webhook_delivery where id in (
                    select id from webhook_delivery where delivered_at < ? order by id limit ?)""",
                now.minus(periods.delivered()));
        int givenUp = inBatches(
                """
                delete from webhook_delivery where id in (
                    select id from webhook_delivery where delivered_at is null and created_at < ? order by id limit ?)""",
                now.minus(periods.undelivered()));
        return new Deleted(delivered, givenUp);
    }

    private int inBatches(String sql, Instant before) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).params(Timestamp.from(before), batch).update();
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    /** How long the log keeps deliveries: shown on the delivery log, so that admins know. */
    @Component
    static class RetentionPeriods {

        private final Duration delivered;
        private final Duration undelivered;

        RetentionPeriods(
                @Value("${kantor.webhooks.keep-delivered:P30D}") Duration delivered,
                @Value("${kantor.webhooks.keep-undelivered:P90D}") Duration undelivered) {
            this.delivered = delivered;
            this.undelivered = undelivered;
        }

        Duration delivered() {
            return delivered;
        }

        Duration undelivered() {
            return undelivered;
        }

        /** Whole days, as the delivery log says them. */
        public long deliveredDays() {
            return Math.max(1, delivered.toDays());
        }

        public long undeliveredDays() {
            return Math.max(1, undelivered.toDays());
        }
    }
}
