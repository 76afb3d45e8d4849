package dev.kantor.scheduling.schedules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.RequirementSource;
import dev.kantor.scheduling.ScheduleSummary;
import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.ProblemRead;
import dev.kantor.scheduling.problem.Shift;
import dev.kantor.scheduling.problem.Shortfall;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code schedule} tables: a schedule's row, its shifts and breaks, and what was published of it.
 * Every change to a schedule is conditional on the version it was based on (and, for a solve's
 * answer, on the job still being the schedule's), so that of two people, or two nodes, one wins and
 * the other is told.
 */
@Component
@Transactional
class StoredSchedules {

    private static final String COLUMNS =
            """
            id, queue_id, monday, status, version, published_version, published_at, published_by,
            requirement_source, problem, job_id, job_failure, paid_minutes, lower_bound_paid_minutes, shortfalls""";

    private final JdbcClient jdbc;

    StoredSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A schedule with its shifts. */
    @Transactional(readOnly = true)
    Optional<SavedSchedule> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from schedule where id = ?")
                .param(id)
                .query((rs, row) -> map(rs, shiftsOf(id)))
                .optional();
    }

    /** The schedule, or a not-found failure. */
    @Transactional(readOnly = true)
    SavedSchedule get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("scheduling.schedule.not-found", id));
    }

    @Transactional(readOnly = true)
    Optional<Long> idOf(long queueId, LocalDate monday) {
        return jdbc.sql("select id from schedule where queue_id = ? and monday = ?")
                .params(queueId, monday)
                .query(Long.class)
                .optional();
    }

    /** Every schedule in short, the latest weeks first. */
    @Transactional(readOnly = true)
    List<ScheduleSummary> list() {
        return jdbc.sql(
                        """
                select id, queue_id, monday, status, version, published_version, job_id, paid_minutes,
                    lower_bound_paid_minutes, shortfalls
                from schedule order by monday desc, queue_id""")
                .query((rs, row) -> new ScheduleSummary(
                        rs.getLong("id"),
                        rs.getLong("queue_id"),
                        rs.getObject("monday", LocalDate.class),
                        rs.getString("status"),
                        rs.getInt("version"),
                        rs.getInt("published_version"),
                        rs.getObject("job_id") != null,
                        rs.getLong("paid_minutes"),
                        rs.getLong("lower_bound_paid_minutes"),
                        ShortfallsJson.read(rs.getString("shortfalls")).size()))
                .list();
    }

    /** The schedules the solver works on, with their jobs. */
    @Transactional(readOnly = true)
    Map<Long, UUID> solving() {
        Map<Long, UUID> solving = new HashMap<>();
        jdbc.sql("select id, job_id from schedule where job_id is not null").query(rs -> {
            solving.put(rs.getLong(1), rs.getObject(2, UUID.class));
        });
        return solving;
    }

    /** A new schedule for a queue's week, to be solved by the job. */
    long insert(
            long queueId,
            LocalDate monday,
            RequirementSource source,
            Problem problem,
            UUID jobId,
            ZoneId zone,
            String by,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into schedule (queue_id, monday, status, version, requirement_source, problem, job_id,
                    shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                values (?, ?, 'DRAFT', 0, ?, ?, ?, '[]', ?, ?, ?, ?)""")
                .params(
                        queueId,
                        monday,
                        source.name(),
                        ProblemJson.write(problem),
                        jobId,
                        Timestamp.from(monday.atStartOfDay(zone).toInstant()),
                        Timestamp.from(monday.plusDays(7).atStartOfDay(zone).toInstant()),
                        by,
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Starts solving a schedule again, from another problem (generating anew) or its own with pins
     * (optimising again); a conflict when it changed since {@code version} or is being solved.
     */
    void startSolving(long id, int version, RequirementSource source, Problem problem, UUID jobId, Instant now) {
        int changed = jdbc.sql(
                        """
                update schedule set requirement_source = ?, problem = ?, job_id = ?, job_failure = null,
                    version = version + 1, updated_at = ?
                where id = ? and version = ? and job_id is null""")
                .params(source.name(), ProblemJson.write(problem), jobId, Timestamp.from(now), id, version)
                .update();
        if (changed == 0) {
            throw conflictOn(id);
        }
    }

    /**
     * Takes a finished job's answer in, once: only while the job is still the schedule's. Shifts null
     * keep those the schedule had (a solve that failed before any answer).
     *
     * @return whether this call took it in
     */
    boolean finishSolving(
            long id,
            UUID jobId,
            List<PlannedShift> shifts,
            long paid,
            long bound,
            List<Shortfall> shortfalls,
            String failure,
            Instant now) {
        int changed;
        if (shifts == null) {
            changed = jdbc.sql(
                            """
                    update schedule set job_id = null, job_failure = ?, version = version + 1, updated_at = ?
                    where id = ? and job_id = ?""")
                    .params(failure, Timestamp.from(now), id, jobId)
                    .update();
            return changed == 1;
        }
        changed = jdbc.sql(
                        """
                update schedule set job_id = null, job_failure = ?, status = 'DRAFT', paid_minutes = ?,
                    lower_bound_paid_minutes = ?, shortfalls = ?, version = version + 1, updated_at = ?
                where id = ? and job_id = ?""")
                .params(failure, paid, bound, ShortfallsJson.write(shortfalls), Timestamp.from(now), id, jobId)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from schedule_shift where schedule_id = ?").param(id).update();
        insertShifts(id, shifts);
        return true;
    }

    /** A hand edit: shifts removed and added; a conflict when the schedule changed since {@code version}. */
    void edit(
            long id,
            int version,
            Collection<Long> removed,
            List<PlannedShift> added,
            long paid,
            List<Shortfall> shortfalls,
            Instant now) {
        int changed = jdbc.sql(
                        """
                update schedule set status = 'DRAFT', paid_minutes = ?, shortfalls = ?, version = version + 1,
                    updated_at = ?
                where id = ? and version = ? and job_id is null""")
                .params(paid, ShortfallsJson.write(shortfalls), Timestamp.from(now), id, version)
                .update();
        if (changed == 0) {
            throw conflictOn(id);
        }
        for (long shift : removed) {
            jdbc.sql("delete from schedule_shift where id = ? and schedule_id = ?")
                    .params(shift, id)
                    .update();
        }
        insertShifts(id, added);
    }

    /** Pins a shift or lets it go; a conflict when the schedule changed since {@code version}. */
    void pin(long id, int version, long shiftId, boolean pinned, Instant now) {
        int changed = jdbc.sql(
                        """
                update schedule set version = version + 1, updated_at = ?
                where id = ? and version = ? and job_id is null""")
                .params(Timestamp.from(now), id, version)
                .update();
        if (changed == 0) {
            throw conflictOn(id);
        }
        jdbc.sql("update schedule_shift set pinned = ? where id = ? and schedule_id = ?")
                .params(pinned, shiftId, id)
                .update();
    }

    /**
     * Publishes the schedule's shifts as they are: they replace what was published before, as dates
     * and times and as moments in the business's time zone.
     *
     * @return the new publication's number
     */
    int publish(SavedSchedule schedule, ZoneId zone, String by, Instant now) {
        int changed = jdbc.sql(
                        """
                update schedule set status = 'PUBLISHED', published_version = published_version + 1,
                    published_at = ?, published_by = ?, version = version + 1, updated_at = ?
                where id = ? and version = ? and job_id is null""")
                .params(Timestamp.from(now), by, Timestamp.from(now), schedule.id(), schedule.version())
                .update();
        if (changed == 0) {
            throw conflictOn(schedule.id());
        }
        long id = schedule.id();
        jdbc.sql("delete from schedule_published_shift where schedule_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from schedule_published_member where schedule_id = ?")
                .param(id)
                .update();
        for (var agent : schedule.problem().agents()) {
            jdbc.sql("insert into schedule_published_member (schedule_id, employee_id) values (?, ?)")
                    .params(id, Long.parseLong(agent.id()))
                    .update();
        }
        Map<String, Integer> ordinals = new HashMap<>();
        List<PlannedShift> ordered = new ArrayList<>(schedule.shifts());
        ordered.sort(
                java.util.Comparator.comparing((PlannedShift p) -> p.shift().date())
                        .thenComparing(p -> p.shift().start()));
        for (PlannedShift planned : ordered) {
            Shift shift = planned.shift();
            int ordinal = ordinals.merge(shift.agent() + "@" + shift.date(), 1, Integer::sum) - 1;
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                    insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type, starts, ends,
                        starts_at, ends_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            planned.employeeId(),
                            shift.date(),
                            ordinal,
                            shift.shiftType(),
                            shift.start(),
                            shift.end(),
                            at(shift.date(), shift.start(), zone),
                            at(shift.date(), shift.end(), zone))
                    .update(key, "id");
            long shiftId = key.getKey().longValue();
            for (int b = 0; b < shift.breaks().size(); b++) {
                Break taken = shift.breaks().get(b);
                jdbc.sql(
                                """
                        insert into schedule_published_break (shift_id, position, name, starts_at, ends_at)
                        values (?, ?, ?, ?, ?)""")
                        .params(
                                shiftId,
                                b,
                                taken.id(),
                                at(shift.date(), taken.start(), zone),
                                at(shift.date(), taken.end(), zone))
                        .update();
            }
        }
        return schedule.publishedVersion() + 1;
    }

    /**
     * What was published last of a schedule, per employee: each shift with its breaks as a line of
     * text, so that two versions compare as text.
     */
    @Transactional(readOnly = true)
    Map<Long, List<String>> publishedLines(long scheduleId, ZoneId zone) {
        Map<Long, List<String>> lines = new HashMap<>();
        Map<Long, StringBuilder> byShift = new java.util.LinkedHashMap<>();
        Map<Long, Long> owner = new HashMap<>();
        jdbc.sql(
                        """
                select s.id, s.employee_id, s.work_date, s.shift_type, s.starts, s.ends, b.name, b.starts_at, b.ends_at
                from schedule_published_shift s left join schedule_published_break b on b.shift_id = s.id
                where s.schedule_id = ? order by s.work_date, s.starts, s.id, b.position""")
                .param(scheduleId)
                .query(rs -> {
                    long shift = rs.getLong(1);
                    owner.put(shift, rs.getLong(2));
                    StringBuilder line = byShift.computeIfAbsent(shift, k -> {
                        try {
                            return new StringBuilder(rs.getObject(3, LocalDate.class) + " " + rs.getString(4) + " "
                                    + rs.getObject(5, LocalTime.class) + "-" + rs.getObject(6, LocalTime.class));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString(7) != null) {
                        line.append(" ")
                                .append(rs.getString(7))
                                .append(" ")
                                .append(rs.getTimestamp(8)
                                        .toInstant()
                                        .atZone(zone)
                                        .toLocalTime())
                                .append("-")
                                .append(rs.getTimestamp(9)
                                        .toInstant()
                                        .atZone(zone)
                                        .toLocalTime());
                    }
                });
        byShift.forEach((shift, line) ->
                lines.computeIfAbsent(owner.get(shift), k -> new ArrayList<>()).add(line.toString()));
        return lines;
    }

    private KantorException conflictOn(long id) {
        SavedSchedule now = get(id);
        return now.solving()
                ? KantorException.conflict("scheduling.schedule.solving")
                : KantorException.conflict("error.concurrent-change");
    }

    private static Timestamp at(LocalDate date, LocalTime time, ZoneId zone) {
        return Timestamp.from(date.atTime(time).atZone(zone).toInstant());
    }

    private void insertShifts(long scheduleId, List<PlannedShift> shifts) {
        for (PlannedShift planned : shifts) {
            Shift shift = planned.shift();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                    insert into schedule_shift (schedule_id, employee_id, work_date, shift_type, starts, ends, pinned)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            scheduleId,
                            planned.employeeId(),
                            shift.date(),
                            shift.shiftType(),
                            shift.start(),
                            shift.end(),
                            planned.pinned())
                    .update(key, "id");
            long id = key.getKey().longValue();
            for (int b = 0; b < shift.breaks().size(); b++) {
                Break taken = shift.breaks().get(b);
                jdbc.sql("insert into schedule_break (shift_id, position, name, starts, ends) values (?, ?, ?, ?, ?)")
                        .params(id, b, taken.id(), taken.start(), taken.end())
                        .update();
            }
        }
    }

    private List<PlannedShift> shiftsOf(long scheduleId) {
        Map<Long, List<Break>> breaks = new HashMap<>();
        jdbc.sql(
                        """
                select b.shift_id, b.name, b.starts, b.ends from schedule_break b
                join schedule_shift s on s.id = b.shift_id where s.schedule_id = ? order by b.shift_id, b.position""")
                .param(scheduleId)
                .query(rs -> {
                    breaks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Break(
                                    rs.getString(2),
                                    rs.getObject(3, LocalTime.class),
                                    rs.getObject(4, LocalTime.class)));
                });
        return jdbc.sql(
                        """
                select id, employee_id, work_date, shift_type, starts, ends, pinned from schedule_shift
                where schedule_id = ? order by work_date, starts, employee_id, id""")
                .param(scheduleId)
                .query((rs, row) -> new PlannedShift(
                        rs.getLong(1),
                        new Shift(
                                String.valueOf(rs.getLong(2)),
                                rs.getObject(3, LocalDate.class),
                                rs.getString(4),
                                rs.getObject(5, LocalTime.class),
                                rs.getObject(6, LocalTime.class),
                                breaks.getOrDefault(rs.getLong(1), List.of())),
                        rs.getBoolean(7)))
                .list();
    }

    private static SavedSchedule map(ResultSet rs, List<PlannedShift> shifts) throws SQLException {
        ProblemRead read = ProblemJson.read(rs.getString("problem"));
        if (!read.ok()) {
            throw new IllegalStateException("schedule " + rs.getLong("id") + ": stored problem unreadable");
        }
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new SavedSchedule(
                rs.getLong("id"),
                rs.getLong("queue_id"),
                rs.getObject("monday", LocalDate.class),
                ScheduleState.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getInt("published_version"),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("published_by"),
                RequirementSource.valueOf(rs.getString("requirement_source")),
                read.problem(),
                rs.getObject("job_id", UUID.class),
                rs.getString("job_failure"),
                rs.getLong("paid_minutes"),
                rs.getLong("lower_bound_paid_minutes"),
                ShortfallsJson.read(rs.getString("shortfalls")),
                shifts);
    }
}
