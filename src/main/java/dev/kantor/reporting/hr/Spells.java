package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.people.LeftOrCameBack;

/**
 * An employee's placements rebuilt without any kept history: from their hiring day in today's office,
 * department and position, broken where the audit trail says they left and came back. Someone inactive whose
 * leaving was never recorded gets no stretch at all, since when they left cannot be told (the dashboard's note
 * says so). Plain Java.
 */
final class Spells {

    private Spells() {}

    /**
     * @param today   where they are placed (its {@code from} unused), whether active or not
     * @param active  whether they are active now
     * @param hiredOn their hiring day, or null (then the first recorded return, or today)
     * @param changes their recorded departures and returns, oldest first
     */
    static List<Placement> of(
            Placement today,
            boolean active,
            LocalDate hiredOn,
            List<LeftOrCameBack> changes,
            ZoneId zone,
            LocalDate now) {
        if (!active && changes.stream().noneMatch(LeftOrCameBack::left)) {
            return List.of();
        }
        List<Placement> spells = new ArrayList<>();
        LocalDate start = hiredOn != null && !hiredOn.isAfter(now) ? hiredOn : now;
        LocalDate openFrom = start;
        for (LeftOrCameBack change : changes) {
            LocalDate day = LocalDate.ofInstant(change.at(), zone);
            if (change.left() && openFrom != null) {
                if (day.isAfter(openFrom)) {
                    spells.add(stretch(today, openFrom, day));
                }
                openFrom = null;
            } else if (!change.left() && openFrom == null) {
                openFrom = day.isBefore(start) ? start : day;
            }
        }
        if (active) {
            spells.add(stretch(today, openFrom == null ? now : openFrom, null));
        }
        return spells;
    }

    private static Placement stretch(Placement today, LocalDate from, LocalDate until) {
        return new Placement(today.employeeId(), from, until, today.office(), today.departmentId(), today.positionId());
    }
}
