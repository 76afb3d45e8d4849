package dev.kantor.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * A queue's schedule for a week was published (again): {@code version} counts the publications, and
 * {@code affectedEmployeeIds} are the people whose shifts or breaks differ from the version before
 * (on the first publication, everyone scheduled), who should be told.
 */
public record SchedulePublished(
        long scheduleId, long queueId, LocalDate monday, int version, List<Long> affectedEmployeeIds) {

    public SchedulePublished {
        affectedEmployeeIds = List.copyOf(affectedEmployeeIds);
    }
}
