package dev.kantor.arrangements.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kantor.platform.KantorException;
import dev.kantor.policies.ArrangementKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Work arrangements in the database; every change names the version it was made on. */
@Repository
public class ArrangementStore {

    /** The most a list answers at once. */
    static final int MOST = 200;

    private final JdbcClient jdbc;

    ArrangementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param replaces the approved arrangement the new request asks to change, or null */
    long insert(
            long employeeId,
            ArrangementRules.Terms t,
            Long policyVersionId,
            String policyTitle,
            Instant filedAt,
            Long replaces) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into work_arrangement (employee_id, kind, status, valid_from, valid_until, earliest_start,
                    latest_end, core_from, core_until, weekdays, dates, note, policy_version_id, policy_title, filed_at,
                    replaces_id)
                values (:employee, :kind, 'PENDING', :from, :until, :earliest, :latest, :coreFrom, :coreUntil,
                    :weekdays, :dates, :note, :policy, :title, :filed, :replaces)""")
                .param("replaces", replaces)
                .param("employee", employeeId)
                .param("kind", t.kind().name())
                .param("from", t.validFrom())
                .param("until", t.validUntil())
                .param("earliest", time(t.earliestStart()))
                .param("latest", time(t.latestEnd()))
                .param("coreFrom", time(t.coreFrom()))
                .param("coreUntil", time(t.coreUntil()))
                .param(
                        "weekdays",
                        t.weekdays().isEmpty()
                                ? null
                                : EnumSet.copyOf(t.weekdays()).stream()
                                        .map(Enum::name)
                                        .collect(Collectors.joining(",")))
                .param(
                        "dates",
                        t.dates().isEmpty()
                                ? null
                                : t.dates().stream().map(LocalDate::toString).collect(Collectors.joining(",")))
                .param("note", t.note())
                .param("policy", policyVersionId)
                .param("title", policyTitle == null ? null : cut(policyTitle, 200))
                .param("filed", Timestamp.from(filedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean any() {
        return jdbc.sql("select count(*) from work_arrangement")
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Arrangement> find(long id) {
        return jdbc.sql("select * from work_arrangement where id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The employees' arrangements, newest first; every status unless {@code onlyPending}. */
    List<Arrangement> of(Collection<Long> employeeIds, boolean onlyPending) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from work_arrangement where employee_id in (:ids)"
                        + (onlyPending ? " and status = 'PENDING'" : "")
                        + " order by filed_at desc, id desc limit " + MOST)
                .param("ids", employeeIds)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Everyone's arrangements, newest first. */
    List<Arrangement> all(boolean onlyPending) {
        return jdbc.sql("select * from work_arrangement"
                        + (onlyPending ? " where status = 'PENDING'" : "")
                        + " order by filed_at desc, id desc limit " + MOST)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** The approved arrangements whose time includes the day, of these employees (of everyone: null). */
    public List<Arrangement> approvedOn(Collection<Long> employeeIds, LocalDate day) {
        if (employeeIds != null && employeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql(
                        """
                select * from work_arrangement
                where status = 'APPROVED' and valid_from <= :day and (valid_until is null or valid_until >= :day)"""
                                + (employeeIds == null ? "" : " and employee_id in (:ids)")
                                + " order by id")
                .param("day", day)
                .params(employeeIds == null ? java.util.Map.of() : java.util.Map.of("ids", employeeIds))
                .query((rs, row) -> map(rs))
                .list()
                .stream()
                .filter(a -> a.applies(day))
                .toList();
    }

    /** Everyone's approved arrangements whose time overlaps the period, however many (HR's figures count them). */
    List<Arrangement> approvedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                select * from work_arrangement
                where status = 'APPROVED' and valid_from <= ? and (valid_until is null or valid_until >= ?)
                order by id""")
                .params(to, from)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Every request waiting for a decision, however many (HR's figures count them). */
    List<Arrangement> pendingAll() {
        return jdbc.sql("select * from work_arrangement where status = 'PENDING' order by id")
                .query((rs, row) -> map(rs))
                .list();
    }

    /** The employee's approved arrangements still running on or after the day, by start. */
    public List<Arrangement> approvedFrom(long employeeId, LocalDate day) {
        return jdbc.sql(
                        """
                select * from work_arrangement
                where employee_id = ? and status = 'APPROVED' and (valid_until is null or valid_until >= ?)
                order by valid_from, id""")
                .params(employeeId, day)
                .query((rs, row) -> map(rs))
                .list();
    }

    void decide(
            Arrangement a,
            ArrangementStatus status,
            Instant at,
            long by,
            String reason,
            String overrideReason,
            int shortIntervals) {
        int changed = jdbc.sql(
                        """
                update work_arrangement set status = ?, decided_at = ?, decided_by = ?, decision_reason = ?,
                    override_reason = ?, short_intervals = ?, version = version + 1
                where id = ? and version = ? and status = 'PENDING'""")
                .params(
                        status.name(),
                        Timestamp.from(at),
                        by,
                        reason,
                        overrideReason,
                        shortIntervals,
                        a.id(),
                        a.version())
                .update();
        if (changed != 1) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    /** The employee's changed request, while it waits on the manager: its terms under the policy now in force. */
    void change(Arrangement a, ArrangementRules.Terms t, Long policyVersionId, String policyTitle) {
        int changed = jdbc.sql(
                        """
                update work_arrangement set valid_from = :from, valid_until = :until, earliest_start = :earliest,
                    latest_end = :latest, core_from = :coreFrom, core_until = :coreUntil, weekdays = :weekdays,
                    dates = :dates, note = :note, policy_version_id = :policy, policy_title = :title,
                    version = version + 1
                where id = :id and version = :version and status = 'PENDING'""")
                .param("from", t.validFrom())
                .param("until", t.validUntil())
                .param("earliest", time(t.earliestStart()))
                .param("latest", time(t.latestEnd()))
                .param("coreFrom", time(t.coreFrom()))
                .param("coreUntil", time(t.coreUntil()))
                .param("weekdays", weekdays(t))
                .param("dates", dates(t))
                .param("note", t.note())
                .param("policy", policyVersionId)
                .param("title", policyTitle == null ? null : cut(policyTitle, 200))
                .param("id", a.id())
                .param("version", a.version())
                .update();
        if (changed != 1) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    /** A request waiting to replace this approved arrangement, if the employee asked again. */
    Optional<Arrangement> pendingReplacementOf(long id) {
        return jdbc.sql("select * from work_arrangement where replaces_id = ? and status = 'PENDING'")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** @return whether the approved arrangement was replaced now (false when it was withdrawn meanwhile) */
    boolean replace(long id) {
        return jdbc.sql(
                                """
                update work_arrangement set status = 'REPLACED', version = version + 1
                where id = ? and status = 'APPROVED'""")
                        .param(id)
                        .update()
                == 1;
    }

    private static String weekdays(ArrangementRules.Terms t) {
        return t.weekdays().isEmpty()
                ? null
                : EnumSet.copyOf(t.weekdays()).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String dates(ArrangementRules.Terms t) {
        return t.dates().isEmpty()
                ? null
                : t.dates().stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    void withdraw(Arrangement a) {
        int changed = jdbc.sql(
                        """
                update work_arrangement set status = 'WITHDRAWN', version = version + 1
                where id = ? and version = ? and status in ('PENDING', 'APPROVED')""")
                .params(a.id(), a.version())
                .update();
        if (changed != 1) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    private static Time time(LocalTime t) {
        return t == null ? null : Time.valueOf(t);
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        Time t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static Arrangement map(ResultSet rs) throws SQLException {
        String weekdays = rs.getString("weekdays");
        String dates = rs.getString("dates");
        java.sql.Date until = rs.getDate("valid_until");
        Timestamp decided = rs.getTimestamp("decided_at");
        long decidedBy = rs.getLong("decided_by");
        Long by = rs.wasNull() ? null : decidedBy;
        long policy = rs.getLong("policy_version_id");
        Long policyId = rs.wasNull() ? null : policy;
        long replacesId = rs.getLong("replaces_id");
        Long replaces = rs.wasNull() ? null : replacesId;
        Set<DayOfWeek> days = weekdays == null || weekdays.isBlank()
                ? Set.of()
                : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
        List<LocalDate> named = dates == null || dates.isBlank()
                ? List.of()
                : Arrays.stream(dates.split(",")).map(LocalDate::parse).toList();
        return new Arrangement(
                rs.getLong("id"),
                rs.getLong("employee_id"),
                ArrangementKind.valueOf(rs.getString("kind")),
                ArrangementStatus.valueOf(rs.getString("status")),
                rs.getDate("valid_from").toLocalDate(),
                until == null ? null : until.toLocalDate(),
                time(rs, "earliest_start"),
                time(rs, "latest_end"),
                time(rs, "core_from"),
                time(rs, "core_until"),
                days,
                named,
                rs.getString("note"),
                policyId,
                rs.getString("policy_title"),
                rs.getTimestamp("filed_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                by,
                rs.getString("decision_reason"),
                rs.getString("override_reason"),
                rs.getInt("short_intervals"),
                replaces,
                rs.getInt("version"));
    }
}
