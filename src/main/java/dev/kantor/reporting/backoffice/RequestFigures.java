package dev.kantor.reporting.backoffice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.reporting.rollup.RollupLock;
import dev.kantor.service.InternalRequestFiled;
import dev.kantor.service.InternalRequestResolved;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps reporting's copy of internal requests from service's events. Each request is one row keyed
 * by its id, so a filing delivered twice inserts nothing the second time and a resolution delivered
 * twice writes the same values again: each counts once.
 */
@Component
class RequestFigures {

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;
    private final RollupLock lock;

    RequestFigures(JdbcClient jdbc, BusinessCalendars calendars, RollupLock lock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.lock = lock;
    }

    @ApplicationModuleListener
    void on(InternalRequestFiled e) {
        // a rebuild rewrites this table: wait for it rather than write into it half way
        lock.hold();
        if (known(e.requestId())) {
            return;
        }
        jdbc.sql(
                        """
                insert into reporting_request (request_id, department_id, filed_day, filed_at, case_id)
                values (?, ?, ?, ?, ?)""")
                .params(
                        e.requestId(),
                        e.departmentId(),
                        Date.valueOf(LocalDate.ofInstant(e.at(), calendars.zone())),
                        Timestamp.from(e.at()),
                        e.caseId())
                .update();
    }

    @ApplicationModuleListener
    void on(InternalRequestResolved e) {
        lock.hold();
        if (!known(e.requestId())) {
            // resolved before its filing was counted (events may arrive in any order): counted as filed then
            on(new InternalRequestFiled(
                    e.requestId(), e.serviceId(), e.departmentId(), e.requesterId(), e.caseId(), e.at()));
        }
        jdbc.sql("update reporting_request set resolved_at = ?, target_met = ? where request_id = ?")
                .params(Timestamp.from(e.at()), e.targetMet() ? 1 : 0, e.requestId())
                .update();
    }

    private boolean known(long requestId) {
        return jdbc.sql("select count(*) from reporting_request where request_id = ?")
                        .param(requestId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
