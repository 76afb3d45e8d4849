package dev.kantor.floor;

import java.time.LocalDate;

import dev.kantor.floor.absence.Absences;

import org.springframework.stereotype.Service;

/**
 * People marked absent from the floor, for other modules (the demo company): front-office managers and
 * admins mark someone absent, which the day's coverage counts and the day's repair works around.
 */
@Service
public class FloorAbsences {

    private final Absences absences;

    FloorAbsences(Absences absences) {
        this.absences = absences;
    }

    /**
     * Marks someone absent; returns the absence's id.
     *
     * @throws dev.kantor.platform.InvalidInput naming the field at fault
     */
    public long mark(MarkAbsence command) {
        return absences.mark(command).id();
    }

    /** Whether anyone is marked absent on the business day {@code date}. */
    public boolean anyOn(LocalDate date) {
        return !absences.on(date).isEmpty();
    }
}
