package dev.kantor.scheduling.check;

/** The rules an answer can break. */
public enum ViolationKind {
    /** The shift names an agent who is not on the roster. */
    UNKNOWN_AGENT,
    /** The shift names a shift type the problem does not have. */
    UNKNOWN_SHIFT_TYPE,
    /** The shift's date is not one of the horizon's days. */
    DATE_OUTSIDE_HORIZON,
    /** The agent's contract does not allow this shift type. */
    SHIFT_TYPE_NOT_ALLOWED,
    /** The agent cannot work on this date. */
    AGENT_UNAVAILABLE,
    /** The shift is not as long as its type's span, or crosses midnight. */
    WRONG_SPAN,
    /** The shift starts before opening or ends after closing. */
    OUTSIDE_OPENING_HOURS,
    /** The shift does not start on {@code open + k × startGranularityMinutes}. */
    START_OFF_GRID,
    /** The breaks are not the type's breaks, in its order. */
    BREAKS_NOT_AS_TYPE,
    /** A break is not as long as its rule says. */
    BREAK_WRONG_LENGTH,
    /** A break starts outside its window (or outside the shift). */
    BREAK_OUTSIDE_WINDOW,
    /** A break does not start on an interval boundary. */
    BREAK_OFF_INTERVAL,
    /** Two consecutive breaks have less work between them than the type asks. */
    TOO_LITTLE_WORK_BETWEEN_BREAKS,
    /** A stretch of work without a break is longer than the type allows. */
    TOO_LONG_WITHOUT_BREAK,
    /** Two shifts of one agent overlap. */
    SHIFTS_OVERLAP,
    /** More shifts on one date than the contract allows. */
    TOO_MANY_SHIFTS_IN_DAY,
    /** More shifts in one week than the contract allows. */
    TOO_MANY_SHIFTS_IN_WEEK,
    /** More paid minutes in one week than the contract allows. */
    TOO_MANY_PAID_MINUTES_IN_WEEK,
    /** Less rest between two shifts on different dates than the contract asks. */
    REST_TOO_SHORT,
    /** A shift the manager pinned is missing or changed. */
    PINNED_SHIFT_CHANGED,
    /** The answer's paid minutes are not the total of its shifts. */
    PAID_MINUTES_MISREPORTED,
    /** An interval is short but the answer does not say so, or not by as much. */
    SHORTFALL_NOT_REPORTED,
    /** The answer reports a shortfall that is not there. */
    SHORTFALL_MISREPORTED,
    /** The answer's coverage of a day is not what its shifts give. */
    COVERAGE_MISREPORTED,
    /** The answer claims a lower bound above the paid minutes of its own covering schedule. */
    LOWER_BOUND_ABOVE_PAID
}
