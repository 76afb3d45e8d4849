package dev.kantor.floor.absence;

/** Why someone is off the floor. */
public enum AbsenceReason {
    SICK,
    LATE,
    OTHER
}
