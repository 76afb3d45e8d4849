package dev.kantor.staffing.forecast;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.staffing.queues.WorkQueue;
import dev.kantor.staffing.requirement.Requirement;
import dev.kantor.staffing.requirement.StaffingBasis;

/**
 * Turns forecast days into the staffing each open 15-minute interval needs, by the queue's
 * target, patience and shrinkage and the handling time expected in that interval.
 */
public final class StaffingPlan {

    static final double INTERVAL_SECONDS = 15 * 60;

    private StaffingPlan() {}

    public static List<IntervalPlan> of(WorkQueue queue, List<DayForecast> days) {
        StaffingBasis basis = queue.basis();
        List<IntervalPlan> plan = new ArrayList<>(days.size() * VolumeHistory.SLOTS);
        for (DayForecast day : days) {
            for (int s = 0; s < VolumeHistory.SLOTS; s++) {
                LocalTime start = ContactForecast.slotStart(s);
                double contacts = day.contacts()[s];
                double aht = day.ahtSeconds()[s];
                Requirement requirement = null;
                if (queue.isOpen(day.date().getDayOfWeek(), start)) {
                    StaffingBasis slotBasis = aht == basis.handlingSeconds()
                            ? basis
                            : new StaffingBasis(aht, basis.patienceSeconds(), basis.target(), basis.shrinkage());
                    requirement = slotBasis.requirementFor(contacts, INTERVAL_SECONDS);
                }
                plan.add(new IntervalPlan(day.date(), start, s, contacts, aht, requirement));
            }
        }
        return plan;
    }
}
