package dev.kantor.scheduling.jobs;

import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.kantor.scheduling.check.CheckReport;
import dev.kantor.scheduling.check.ScheduleChecker;
import dev.kantor.scheduling.problem.Problem;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.scheduling.problem.Schedule;

/**
 * An answer as a job stores it: the format's JSON, the checker's verdict on it, and the figures a
 * progress display shows.
 */
record StoredAnswer(
        String json,
        Verdict verdict,
        long paidMinutes,
        long lowerBoundPaidMinutes,
        int shortfallCount,
        long shortAgentIntervals) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The answer to the problem, checked by the independent checker. */
    static StoredAnswer of(Problem problem, Schedule schedule) {
        CheckReport report = ScheduleChecker.check(problem, schedule);
        List<Verdict.Violation> listed = report.violations().stream()
                .limit(Verdict.MAX_LISTED)
                .map(v -> new Verdict.Violation(
                        v.kind().name(),
                        v.agent(),
                        v.date() == null ? null : v.date().toString(),
                        v.interval() == null ? null : HH_MM.format(v.interval()),
                        v.detail()))
                .toList();
        Verdict verdict = new Verdict(report.valid(), report.violations().size(), listed);
        return new StoredAnswer(
                ProblemJson.write(schedule),
                verdict,
                schedule.paidMinutes(),
                schedule.lowerBoundPaidMinutes(),
                schedule.shortfalls().size(),
                schedule.shortAgentIntervals());
    }
}
