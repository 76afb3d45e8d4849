package dev.kantor.reporting.hr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.platform.security.SystemUser;

import org.springframework.context.ApplicationContext;

/**
 * For the reporting benchmark only: HR's dashboard timed in process, part by part (who is active, headcount with
 * its trend, acknowledgements, arrangements, skill gaps, hours, assessment results), so that a slow page says
 * which part is slow. Not a test and not a bean.
 */
public final class HrDashboardParts {

    private HrDashboardParts() {}

    /** Times each part {@code calls} times for the period and prints p50 and p99 in milliseconds. */
    public static void print(ApplicationContext kantor, LocalDate from, LocalDate to, int calls) {
        HrDashboard dashboard = kantor.getBean(HrDashboard.class);
        ActiveEmployees staff = kantor.getBean(ActiveEmployees.class);
        Placements placements = kantor.getBean(Placements.class);
        Headcount headcount = kantor.getBean(Headcount.class);
        WorkplaceFigures workplace = kantor.getBean(WorkplaceFigures.class);
        AssessmentFigures assessment = kantor.getBean(AssessmentFigures.class);
        HoursByDepartment hours = kantor.getBean(HoursByDepartment.class);
        BusinessCalendars calendars = kantor.getBean(BusinessCalendars.class);
        HrPeriod period = SystemUser.call(() -> dashboard.period(from, to));
        Map<Long, DirectoryEntry> everyone = SystemUser.call(staff::active);
        Offices offices = new Offices(period.today(), java.util.Set.of());
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        parts.put("everyone active", staff::active);
        parts.put("headcount and trend", () -> {
            List<Placement> placed = placements.overlapping(period.from(), period.to());
            return List.of(
                    headcount.byOffice(placed, period.to(), offices),
                    headcount.trend(placed, period, offices),
                    headcount.byDepartment(placed, period.to(), Locale.ENGLISH),
                    headcount.byPosition(placed, period.to(), Locale.ENGLISH));
        });
        parts.put(
                "acknowledgements",
                () -> workplace.acknowledgementTables(period, calendars.zone(), everyone, Locale.ENGLISH));
        parts.put("arrangements", () -> workplace.arrangementTables(period, everyone, Locale.ENGLISH));
        parts.put("skill gaps", () -> assessment.skillGaps(Locale.ENGLISH));
        parts.put("hours per department", () -> hours.table(period, everyone, Locale.ENGLISH));
        parts.put("assessment results", () -> assessment.distribution(Locale.ENGLISH));
        parts.put("the whole page's tables", () -> SystemUser.call(() -> dashboard.shown(period, Locale.ENGLISH)));
        System.out.printf("%nHR's dashboard in process, %s to %s, %d calls a part:%n", from, to, calls);
        parts.forEach((name, part) -> {
            for (int i = 0; i < 5; i++) {
                SystemUser.call(part::get);
            }
            long[] nanos = new long[calls];
            List<Object> kept = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                kept.add(SystemUser.call(part::get));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "  %-24s p50 %7.1f ms  p99 %7.1f ms%n",
                    name, nanos[calls / 2] / 1e6, nanos[Math.min(calls - 1, (int) (calls * 0.99))] / 1e6);
        });
    }
}
