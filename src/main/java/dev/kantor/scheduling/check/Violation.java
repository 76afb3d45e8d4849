package dev.kantor.scheduling.check;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A broken rule: what, whose, when, and a detail for people.
 *
 * @param shiftIndex the index of the shift in the checked list, or -1 when the rule is about
 *        several shifts or none
 */
public record Violation(
        ViolationKind kind, String agent, LocalDate date, LocalTime interval, String detail, int shiftIndex) {}
