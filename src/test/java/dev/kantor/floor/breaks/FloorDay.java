package dev.kantor.floor.breaks;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;

/**
 * A queue of its own for one test, open all day and requiring {@code agents} on the floor in every
 * interval, with a shift published under way now for each person given: from an hour ago for eight
 * hours, a fifteen-minute coffee break planned four hours in that may start from the shift's start to
 * five hours in. The requirement comes from staffing's spied bean, the schedule is written as
 * publishing writes it.
 */
final class FloorDay {

    private static final AtomicLong QUEUES = new AtomicLong(990_000 + (System.nanoTime() % 1000) * 100);

    static final String SHIFT_TYPE = "Floor test early";

    final long queueId = QUEUES.incrementAndGet();
    final Instant shiftStart;
    final List<Long> shiftIds = new ArrayList<>();

    private FloorDay(Instant shiftStart) {
        this.shiftStart = shiftStart;
    }

    /**
     * Every other queue closed: the spied bean cannot reach staffing's forecasts through its proxy, and
     * the tests read no other queue's requirement.
     */
    static void otherQueuesClosed(StaffingRequirements requirements) {
        doReturn(Optional.empty()).when(requirements).week(anyLong(), any());
    }

    static FloorDay publish(
            JdbcClient jdbc, StaffingRequirements requirements, ZoneId zone, int agents, long... employees) {
        FloorDay day = new FloorDay(Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1)));
        LocalDate date = LocalDate.ofInstant(day.shiftStart, zone);
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DayRequirement> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            List<Integer> counts = Collections.nCopies(96, agents);
            days.add(new DayRequirement(monday.plusDays(i), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, counts, counts));
        }
        doReturn(Optional.of(new WeekRequirement(day.queueId, monday, days)))
                .when(requirements)
                .week(eq(day.queueId), any());
        shiftType(jdbc);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into schedule (queue_id, monday, status, published_version, published_at, published_by,
                    requirement_source, problem, shortfalls, week_starts_at, week_ends_at, created_by, updated_at)
                values (?, ?, 'PUBLISHED', 1, ?, 'manager', 'TYPED', '{}', '[]', ?, ?, 'manager', ?)""")
                .params(
                        day.queueId,
                        monday,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(monday.atStartOfDay(zone).toInstant()),
                        Timestamp.from(monday.plusWeeks(1).atStartOfDay(zone).toInstant()),
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long scheduleId = key.getKey().longValue();
        Instant end = day.shiftStart.plus(Duration.ofHours(8));
        Instant coffee = day.shiftStart.plus(Duration.ofHours(4));
        for (long employee : employees) {
            GeneratedKeyHolder shift = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                    insert into schedule_published_shift (schedule_id, employee_id, work_date, ordinal, shift_type,
                        starts, ends, starts_at, ends_at)
                    values (?, ?, ?, 0, ?, ?, ?, ?, ?)""")
                    .params(
                            scheduleId,
                            employee,
                            date,
                            SHIFT_TYPE,
                            LocalTime.ofInstant(day.shiftStart, zone),
                            LocalTime.ofInstant(end, zone),
                            Timestamp.from(day.shiftStart),
                            Timestamp.from(end))
                    .update(shift, "id");
            long shiftId = shift.getKey().longValue();
            day.shiftIds.add(shiftId);
            jdbc.sql(
                            """
                    insert into schedule_published_break (shift_id, position, name, starts_at, ends_at)
                    values (?, 0, 'Coffee', ?, ?)""")
                    .params(shiftId, Timestamp.from(coffee), Timestamp.from(coffee.plus(Duration.ofMinutes(15))))
                    .update();
        }
        return day;
    }

    private static void shiftType(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from shift_type where name = ?")
                        .param(SHIFT_TYPE)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into shift_type (name, name_key, span_minutes, paid_minutes, start_granularity_minutes,
                    min_work_between_breaks_minutes, max_continuous_work_minutes)
                values (?, ?, 480, 465, 15, 60, 300)""")
                .params(SHIFT_TYPE, SHIFT_TYPE.toLowerCase())
                .update(key, "id");
        jdbc.sql(
                        """
                insert into shift_type_break (shift_type_id, position, name, duration_minutes,
                    earliest_start_offset_minutes, latest_start_offset_minutes)
                values (?, 0, 'Coffee', 15, 0, 300)""")
                .param(key.getKey().longValue())
                .update();
    }
}
