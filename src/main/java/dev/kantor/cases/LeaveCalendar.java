package dev.kantor.cases;

import java.time.Instant;

/**
 * Who is on leave, for cases to pass approvals over them: implemented by the module that keeps
 * leave. Until one does, presence alone says who is away (someone on leave is off duty).
 */
public interface LeaveCalendar {

    /** Whether the employee is on leave at that moment. */
    boolean onLeave(long employeeId, Instant at);
}
