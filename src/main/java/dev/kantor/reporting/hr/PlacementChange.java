package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one {@code EmployeeChanged} does to an employee's dated placements, given the stretch still open (if any)
 * and where people places them now: nothing when nothing changed for the dashboard (so an event delivered twice
 * counts once), close the open stretch today when they left or moved, open a new one when they joined, came back
 * or moved. A stretch begun today is replaced rather than closed, so that no stretch is empty. Plain Java.
 */
record PlacementChange(Optional<Placement> close, Optional<Placement> remove, Optional<Placement> open) {

    static final PlacementChange NOTHING = new PlacementChange(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * @param open       the employee's stretch that has no end, if any
     * @param now        where they are placed now, or empty when they are not active
     * @param everPlaced whether reporting has any stretch of the employee (a first one starts on their hiring day)
     * @param hiredOn    their hiring day, or null
     * @param today      the business's day today
     */
    static PlacementChange of(
            Optional<Placement> open, Optional<Placement> now, boolean everPlaced, LocalDate hiredOn, LocalDate today) {
        if (open.isPresent() && now.isPresent() && open.get().samePlaceAs(now.get())) {
            return NOTHING;
        }
        if (open.isEmpty() && now.isEmpty()) {
            return NOTHING;
        }
        Optional<Placement> close = Optional.empty();
        Optional<Placement> remove = Optional.empty();
        if (open.isPresent()) {
            Placement o = open.get();
            if (o.from().isBefore(today)) {
                close = Optional.of(
                        new Placement(o.employeeId(), o.from(), today, o.office(), o.departmentId(), o.positionId()));
            } else {
                remove = open;
            }
        }
        Optional<Placement> start = Optional.empty();
        if (now.isPresent()) {
            Placement n = now.get();
            LocalDate from = !everPlaced && hiredOn != null && hiredOn.isBefore(today) ? hiredOn : today;
            if (remove.isPresent()) {
                // a stretch begun today (or later) is replaced from the day it began
                from = remove.get().from();
            }
            start = Optional.of(
                    new Placement(n.employeeId(), from, null, n.office(), n.departmentId(), n.positionId()));
        }
        return new PlacementChange(close, remove, start);
    }
}
