package dev.kantor.reporting.rollup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.floor.FillInEnded;
import dev.kantor.floor.IntervalCovered;
import dev.kantor.service.RequestFact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rebuild's writes to the coverage and internal-satisfaction tables, which {@code CoverageRollup} and
 * {@code RatingRollup} otherwise keep from events: the same rows under the same keys, and the day roll-ups
 * summed from them in one statement each, so that a rebuild gives the figures the events had made.
 */
@Repository
class CoverageAndRatingStore {

    private final JdbcTemplate template;

    CoverageAndRatingStore(JdbcTemplate template) {
        this.template = template;
    }

    /** Makes the coverage and rating listeners wait until the rebuild's transaction ends. */
    void lock() {
        template.queryForList("select name from reporting_day_lock where name in ('coverage', 'rating') for update");
    }

    void clearCoverage() {
        template.update("delete from reporting_coverage_day");
        template.update("delete from reporting_interval");
        template.update("delete from reporting_fill_in");
    }

    void insertIntervals(List<IntervalCovered> intervals, ZoneId zone) {
        List<Object[]> rows = new ArrayList<>(intervals.size());
        for (IntervalCovered e : intervals) {
            rows.add(new Object[] {
                e.queueId(),
                Timestamp.from(e.start()),
                Timestamp.from(e.end()),
                Date.valueOf(LocalDate.ofInstant(e.start(), zone)),
                e.required(),
                e.staffed(),
                e.isShort() ? 1 : 0,
                e.departmentId()
            });
        }
        template.batchUpdate(
                "insert into reporting_interval (queue_id, interval_start, interval_end, on_day, required, staffed,"
                        + " is_short, department_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * Writes ended fill-ins, each under its manager's department.
     *
     * @param departments the department of a manager, null when they have none
     */
    void insertFillIns(List<FillInEnded> fillIns, java.util.function.LongFunction<Long> departments, ZoneId zone) {
        List<Object[]> rows = new ArrayList<>(fillIns.size());
        for (FillInEnded e : fillIns) {
            rows.add(new Object[] {
                e.fillInId(),
                e.queueId(),
                e.employeeId(),
                Date.valueOf(LocalDate.ofInstant(e.from(), zone)),
                Timestamp.from(e.from()),
                Timestamp.from(e.until()),
                e.minutes(),
                departments.apply(e.employeeId())
            });
        }
        template.batchUpdate(
                "insert into reporting_fill_in (fill_in_id, queue_id, employee_id, on_day, started_at, ended_at,"
                        + " minutes, department_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Sums each queue's day per department (0 for none) from its intervals and fill-ins. */
    void rollUpCoverage() {
        template.update(
                """
                insert into reporting_coverage_day (on_day, queue_id, department_id, intervals, short_intervals,
                    fill_ins, fill_in_minutes)
                select on_day, queue_id, department_id, sum(intervals), sum(short_intervals), sum(fill_ins),
                    sum(fill_in_minutes)
                from (select on_day, queue_id, coalesce(department_id, 0) as department_id, 1 as intervals,
                        is_short as short_intervals, 0 as fill_ins, 0 as fill_in_minutes from reporting_interval
                      union all
                      select on_day, queue_id, coalesce(department_id, 0), 0, 0, 1, minutes
                      from reporting_fill_in) counted
                group by on_day, queue_id, department_id""");
    }

    long intervals() {
        return template.queryForObject("select count(*) from reporting_interval", Long.class);
    }

    long fillIns() {
        return template.queryForObject("select count(*) from reporting_fill_in", Long.class);
    }

    void clearRatings() {
        template.update("delete from reporting_request_rating_day");
        template.update("delete from reporting_request_rating");
    }

    /** Writes the rated requests of a page; the others are skipped. */
    void insertRatings(List<RequestFact> requests, ZoneId zone) {
        List<Object[]> rows = new ArrayList<>();
        for (RequestFact r : requests) {
            if (r.rating() != null && r.ratedAt() != null) {
                rows.add(new Object[] {
                    r.requestId(),
                    r.departmentId(),
                    Date.valueOf(LocalDate.ofInstant(r.ratedAt(), zone)),
                    r.rating(),
                    Timestamp.from(r.ratedAt())
                });
            }
        }
        template.batchUpdate(
                "insert into reporting_request_rating (request_id, department_id, on_day, stars, rated_at)"
                        + " values (?, ?, ?, ?, ?)",
                rows);
    }

    /** Sums each department's day from its ratings. */
    void rollUpRatings() {
        template.update(
                """
                insert into reporting_request_rating_day (on_day, department_id, rated, stars_sum)
                select on_day, department_id, count(*), sum(stars) from reporting_request_rating
                group by on_day, department_id""");
    }

    long ratings() {
        return template.queryForObject("select count(*) from reporting_request_rating", Long.class);
    }
}
