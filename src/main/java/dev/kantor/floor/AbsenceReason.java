package dev.kantor.floor;

/** Why someone is marked absent from the floor. */
public enum AbsenceReason {
    SICK,
    LATE,
    OTHER
}
