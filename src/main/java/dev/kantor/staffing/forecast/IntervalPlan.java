package dev.kantor.staffing.forecast;

import java.time.LocalDate;
import java.time.LocalTime;

import dev.kantor.staffing.requirement.Requirement;

/**
 * One 15-minute interval of a queue's week: the contacts expected and the staffing they need;
 * {@code requirement} is null while the queue is closed.
 */
public record IntervalPlan(
        LocalDate date, LocalTime start, int slot, double contacts, double ahtSeconds, Requirement requirement) {

    public boolean open() {
        return requirement != null;
    }
}
