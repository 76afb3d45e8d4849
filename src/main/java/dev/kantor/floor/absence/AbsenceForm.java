package dev.kantor.floor.absence;

import java.time.LocalTime;

import dev.kantor.floor.AbsenceReason;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The absence form: whom, why, and optionally the stretch as times of today.
 *
 * @param from  empty for now
 * @param until empty for the rest of the day
 */
record AbsenceForm(
        Long employeeId,
        AbsenceReason reason,
        @DateTimeFormat(pattern = "HH:mm") LocalTime from,
        @DateTimeFormat(pattern = "HH:mm") LocalTime until,
        String note) {

    static AbsenceForm empty() {
        return new AbsenceForm(null, AbsenceReason.SICK, null, null, null);
    }
}
