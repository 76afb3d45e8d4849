package dev.kantor.scheduling;

import java.time.LocalDate;
import java.util.Optional;

import dev.kantor.scheduling.schedules.SavedSchedule;
import dev.kantor.scheduling.schedules.SavedSchedules;
import dev.kantor.scheduling.schedules.ScheduleGeneration;
import dev.kantor.scheduling.schedules.SchedulePublishing;

import org.springframework.stereotype.Service;

/**
 * Queues' schedules for a week, for other modules: managers and admins (or Kantor itself, as for demo
 * data) generate one from staffing's requirement (or one given as CSV) with the queue's roster, follow it while the solver
 * works on it in the background, and publish it, as on the schedule pages.
 */
@Service
public class Schedules {

    private final ScheduleGeneration generation;
    private final SavedSchedules saved;
    private final SchedulePublishing publishing;

    Schedules(ScheduleGeneration generation, SavedSchedules saved, SchedulePublishing publishing) {
        this.generation = generation;
        this.saved = saved;
        this.publishing = publishing;
    }

    /**
     * Generates a queue's schedule for a week; the solver works on it in the background.
     *
     * @throws dev.kantor.platform.InvalidInput   naming every fault (no forecast yet, an empty roster...)
     * @throws dev.kantor.platform.KantorException conflict while the week's schedule is being solved
     */
    public ScheduleSummary generate(GenerateSchedule command) {
        return generation
                .generate(
                        command.queueId(),
                        command.monday(),
                        command.source(),
                        command.requirement(),
                        command.timeLimitSeconds())
                .summary();
    }

    /** A schedule in short, up to date with its solve. */
    public Optional<ScheduleSummary> find(long scheduleId) {
        try {
            return Optional.of(saved.get(scheduleId).summary());
        } catch (dev.kantor.platform.KantorException e) {
            return Optional.empty();
        }
    }

    /** The queue's schedule for the week from {@code monday}, if it has one. */
    public Optional<ScheduleSummary> find(long queueId, LocalDate monday) {
        return saved.find(queueId, monday).map(SavedSchedule::summary);
    }

    /**
     * Publishes a schedule as it is.
     *
     * @throws dev.kantor.platform.KantorException conflict when it changed since {@code version} or is
     *                                             being solved
     */
    public SchedulePublished publish(long scheduleId, int version) {
        return publishing.publish(scheduleId, version);
    }
}
