package dev.kantor.cases.viewers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who is looking at which case. A case page says "still here" every few seconds; someone whose
 * page has not said so within the expiry has left. It lives in the database, never in one node's
 * memory, so that two agents served by different nodes see each other.
 */
@Component
public class CaseViewers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration expiry;

    CaseViewers(JdbcClient jdbc, Clock clock, @Value("${kantor.cases.viewer-expiry:PT15S}") Duration expiry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** The employee has the case's page open now. */
    public void looking(long caseId, long employeeId) {
        lookingAt(caseId, employeeId, clock.instant());
    }

    /** The others who have the case's page open now, by employee id. */
    public List<Long> othersLooking(long caseId, long employeeId) {
        return othersLookingAt(caseId, employeeId, clock.instant());
    }

    void lookingAt(long caseId, long employeeId, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.sql("update case_viewer set seen_at = ? where case_id = ? and employee_id = ?")
                .params(at, caseId, employeeId)
                .update();
        if (updated == 0) {
            // two of the same person's tabs may say so at once: one row either way
            jdbc.sql("insert into case_viewer (case_id, employee_id, seen_at) values (?, ?, ?) on conflict do nothing")
                    .params(caseId, employeeId, at)
                    .update();
        }
    }

    List<Long> othersLookingAt(long caseId, long employeeId, Instant now) {
        return jdbc.sql(
                        """
                select employee_id from case_viewer
                where case_id = ? and employee_id <> ? and seen_at > ?
                order by employee_id""")
                .params(caseId, employeeId, Timestamp.from(now.minus(expiry)))
                .query(Long.class)
                .list();
    }

    /** Forgets those who left long ago; what is read never counts them anyway. */
    @Scheduled(fixedDelayString = "${kantor.cases.viewers-clean-up:PT5M}")
    void forgetThoseWhoLeft() {
        jdbc.sql("delete from case_viewer where seen_at < ?")
                .param(Timestamp.from(clock.instant().minus(expiry)))
                .update();
    }
}
