/**
 * Scheduling: shift types, contracts and rosters, and schedules whose rotating breaks and lunches
 * keep the front line covered, optimised against the staffing requirement.
 *
 * <p>Its API for other modules: {@link dev.kantor.scheduling.ShiftTypes} and
 * {@link dev.kantor.scheduling.Contracts} (the kinds of shift worked and the contracts people work
 * them under; define one with {@link dev.kantor.scheduling.ShiftTypeDetails} or
 * {@link dev.kantor.scheduling.ContractDetails}), {@link dev.kantor.scheduling.Rosters} (who works
 * each work queue, {@link dev.kantor.scheduling.RosterAssignment}), {@link
 * dev.kantor.scheduling.Schedules} (a queue's week generated, published and read back) and the event
 * {@link dev.kantor.scheduling.SchedulePublished}; {@link dev.kantor.scheduling.DayRepairs} repairs a
 * published day around people marked absent on the live floor ({@code repair}). It implements routing's {@code ScheduledPresence},
 * so that presence follows published schedules, and reads staffing's requirement. Inside: {@code shifts}
 * (shift types and contracts, their pages and REST API), {@code jobs} (problems solved in the
 * background, the stateless {@code /api/scheduling} API), {@code rosters}, {@code schedules} (saved
 * schedules: generating, hand edits, publishing, export), {@code mine} ("My schedule" and the
 * calendar feeds), {@code presence}, and the core that knows no Spring: {@code problem} (the problem
 * format and its JSON), {@code check} (the validator and the independent checker), {@code bound},
 * {@code grid}, {@code solver} and {@code ortools}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scheduling",
        allowedDependencies = {"people", "calendar", "staffing", "routing", "platform"})
package dev.kantor.scheduling;
