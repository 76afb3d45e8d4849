package dev.kantor.floor;

import java.time.Instant;

/**
 * Marks someone absent from the floor ({@link FloorAbsences}).
 *
 * @param from  when they are off the floor; now when missing
 * @param until when they are back (excluded); the end of the business day when missing
 * @param note  what the manager wants to say, or null
 */
public record MarkAbsence(Long employeeId, Instant from, Instant until, AbsenceReason reason, String note) {}
