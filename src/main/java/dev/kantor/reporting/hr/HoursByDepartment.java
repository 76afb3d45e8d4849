package dev.kantor.reporting.hr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.People;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.mine.WeekHours;
import dev.kantor.reporting.mine.WorkedHours;
import dev.kantor.scheduling.PublishedShift;

import org.springframework.stereotype.Component;

/**
 * Hours scheduled against contracts per department in the period, for HR: each active employee's published
 * shifts less planned breaks, summed, against their weekly contract hours for the period's days; everyone's
 * shifts and contract hours are read once.
 */
@Component
class HoursByDepartment {

    private final WorkedHours hours;
    private final People people;

    HoursByDepartment(WorkedHours hours, People people) {
        this.hours = hours;
        this.people = people;
    }

    FigureTable table(HrPeriod period, Map<Long, DirectoryEntry> staff, Locale locale) {
        Map<Long, double[]> sums = new LinkedHashMap<>();
        Map<Long, List<PublishedShift>> shifts = hours.everyonesShifts(period.from(), period.to());
        Map<Long, BigDecimal> contracts = people.weeklyContractHours();
        for (DirectoryEntry e : staff.values()) {
            double[] sum = sums.computeIfAbsent(e.departmentId(), d -> new double[3]);
            sum[0]++;
            double contract = contracts.getOrDefault(e.id(), BigDecimal.ZERO).doubleValue();
            for (WeekHours.Week week :
                    WorkedHours.weeks(shifts.getOrDefault(e.id(), List.of()), contract, period.from(), period.to())) {
                sum[1] += week.scheduled();
                sum[2] += week.contract();
            }
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        people.departments().forEach(d -> {
            double[] sum = sums.get(d.getId());
            if (sum != null) {
                rows.add(new FigureTable.Row(
                        List.of(d.name(locale)),
                        List.of(
                                sum[0],
                                WeekHours.round(sum[1]),
                                WeekHours.round(sum[2]),
                                WeekHours.round(sum[1] - sum[2]))));
            }
        });
        return new FigureTable(
                "hours-by-department",
                List.of("department"),
                List.of("people", "scheduled_hours", "contract_hours", "difference_hours"),
                rows);
    }
}
