package dev.kantor.scheduling.schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How saved schedules are solved ({@code kantor.scheduling.schedules.*}): the solver's time limit
 * when the manager sets none, and the longest they may set.
 */
@Component
class ScheduleSettings {

    static final int SHORTEST_LIMIT = 5;
    static final int LONGEST_LIMIT = 600;

    final int defaultTimeLimitSeconds;

    ScheduleSettings(@Value("${kantor.scheduling.schedules.time-limit-seconds:30}") int defaultTimeLimitSeconds) {
        this.defaultTimeLimitSeconds = defaultTimeLimitSeconds;
    }
}
