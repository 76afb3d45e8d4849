/**
 * The live floor: whether each front-office queue is covered now and for the rest of the day,
 * required (staffing) against planned (the published schedule) against expected (the day as it
 * goes: breaks taken at another time, absences, managers filling in, people called in) and
 * present (presence). Inside: {@code coverage}, the day's count interval by interval, which the
 * floor's features (the board, breaks, short-staffed alerts, the day's repair) read and feed
 * through {@link dev.kantor.floor.coverage.DayChanges}; {@code closing}, which tells other modules once
 * what the day was when it is over: {@link dev.kantor.floor.IntervalCovered} for each queue's interval and
 * {@link dev.kantor.floor.FillInEnded} for each fill-in.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Live floor",
        allowedDependencies = {"scheduling", "staffing", "routing", "people", "calendar", "platform"})
package dev.kantor.floor;
