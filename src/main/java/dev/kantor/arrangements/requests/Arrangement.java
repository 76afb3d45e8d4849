package dev.kantor.arrangements.requests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.scheduling.PublishedShift;

/**
 * A work arrangement as stored: what was asked, under which policy, and how it was decided.
 *
 * @param coreFrom       flextime: the core hours the policy set when it was filed (the person is sure to be in)
 * @param weekdays       telework on these weekdays from {@code validFrom} (to {@code validUntil}, if set)
 * @param dates          telework on these dates (then {@code validFrom} and {@code validUntil} are the first and last)
 * @param overrideReason the manager's reason to approve although the coverage check found intervals short
 * @param shortIntervals how many intervals the coverage check found short when it was approved
 * @param replacesId     the approved arrangement this request asks to change: it replaces it once approved
 */
public record Arrangement(
        long id,
        long employeeId,
        ArrangementKind kind,
        ArrangementStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalTime earliestStart,
        LocalTime latestEnd,
        LocalTime coreFrom,
        LocalTime coreUntil,
        Set<DayOfWeek> weekdays,
        List<LocalDate> dates,
        String note,
        Long policyVersionId,
        String policyTitle,
        Instant filedAt,
        Instant decidedAt,
        Long decidedBy,
        String decisionReason,
        String overrideReason,
        int shortIntervals,
        Long replacesId,
        int version) {

    public Arrangement {
        weekdays = Set.copyOf(weekdays);
        dates = List.copyOf(dates);
    }

    /** Whether it is approved and its time includes the day (for telework: a telework day). */
    public boolean inForceOn(LocalDate day) {
        return status == ArrangementStatus.APPROVED && applies(day);
    }

    /** Whether its time includes the day (for telework: one of its days), whatever its status. */
    public boolean applies(LocalDate day) {
        if (day.isBefore(validFrom) || (validUntil != null && day.isAfter(validUntil))) {
            return false;
        }
        if (kind == ArrangementKind.FLEXTIME) {
            return true;
        }
        return dates.isEmpty() ? weekdays.contains(day.getDayOfWeek()) : dates.contains(day);
    }

    /** Telework that day: the person works from home. */
    public boolean teleworkOn(LocalDate day) {
        return kind == ArrangementKind.TELEWORK && applies(day);
    }

    /**
     * What the arrangement takes off a published shift: a telework day takes the whole shift; flextime guarantees
     * only the core hours, so the rest of the shift may go (the person may start later or leave earlier within
     * their band) and the coverage check counts them away there.
     */
    public List<CoverageCheck.Span> awayFrom(PublishedShift shift, ZoneId zone) {
        if (!applies(shift.workDate())) {
            return List.of();
        }
        CoverageCheck.Span whole = new CoverageCheck.Span(shift.startsAt(), shift.endsAt());
        if (kind == ArrangementKind.TELEWORK) {
            return List.of(whole);
        }
        LocalTime from = coreFrom != null ? coreFrom : earliestStart;
        LocalTime until = coreUntil != null ? coreUntil : latestEnd;
        if (from == null || until == null || !until.isAfter(from)) {
            return List.of(whole);
        }
        Instant coreStart = shift.workDate().atTime(from).atZone(zone).toInstant();
        Instant coreEnd = shift.workDate().atTime(until).atZone(zone).toInstant();
        if (!coreEnd.isAfter(shift.startsAt()) || !coreStart.isBefore(shift.endsAt())) {
            return List.of(whole);
        }
        java.util.ArrayList<CoverageCheck.Span> away = new java.util.ArrayList<>();
        if (coreStart.isAfter(shift.startsAt())) {
            away.add(new CoverageCheck.Span(shift.startsAt(), coreStart));
        }
        if (coreEnd.isBefore(shift.endsAt())) {
            away.add(new CoverageCheck.Span(coreEnd, shift.endsAt()));
        }
        return away;
    }
}
