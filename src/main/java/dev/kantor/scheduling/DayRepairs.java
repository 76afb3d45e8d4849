package dev.kantor.scheduling;

import dev.kantor.scheduling.repair.DayRepairing;

import org.springframework.stereotype.Service;

/**
 * Repairing a queue's published day, for managers and admins (the live floor, once someone is marked
 * absent): see what the repair would change, then publish it as a new version of the week's schedule,
 * telling the people affected ({@link SchedulePublished}).
 */
@Service
public class DayRepairs {

    private final DayRepairing repairing;

    DayRepairs(DayRepairing repairing) {
        this.repairing = repairing;
    }

    /**
     * What repairing the day would change, from now on (the whole day when it lies ahead).
     *
     * @throws dev.kantor.platform.KantorException not found when the week has no schedule; conflict when
     *                                             it has changes not yet published or is being solved
     * @throws dev.kantor.platform.InvalidInput    naming {@code date} for a day gone by
     */
    public DayRepairPreview preview(RepairDay command) {
        return repairing.preview(command);
    }

    /**
     * Publishes the repair shown as {@code fingerprint} on the schedule's {@code version}.
     *
     * @throws dev.kantor.platform.KantorException conflict when the schedule changed since, or the repair
     *                                             worked out again differs from the one shown, or it
     *                                             changes nothing
     */
    public SchedulePublished publish(RepairDay command, int version, String fingerprint) {
        return repairing.publish(command, version, fingerprint);
    }
}
