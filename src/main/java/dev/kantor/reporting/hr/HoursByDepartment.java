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

import org.springframework.stereotype.Component;

/**
 * Hours worked against contracts per department in the period, for HR, counted for each active employee as
 * "my figures" counts them ({@link WeekHours}: published shifts less planned breaks, less the time the floor
 * recorded them absent, plus fill-ins and accepted call-ins beyond their shifts) and summed, against their weekly
 * contract hours for the period's days; everyone's shifts, recorded time and contract hours are read once.
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
        WorkedHours.Everyone everyone = hours.everyone(period.from(), period.to());
        Map<Long, BigDecimal> contracts = people.weeklyContractHours();
        for (DirectoryEntry e : staff.values()) {
            // people, scheduled, absent, extra, worked, contract
            double[] sum = sums.computeIfAbsent(e.departmentId(), d -> new double[6]);
            sum[0]++;
            double contract = contracts.getOrDefault(e.id(), BigDecimal.ZERO).doubleValue();
            for (WeekHours.Week week : hours.weeks(everyone, e.id(), contract)) {
                sum[1] += week.scheduled();
                sum[2] += week.absent();
                sum[3] += week.extra();
                sum[4] += week.worked();
                sum[5] += week.contract();
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
                                WeekHours.round(sum[3]),
                                WeekHours.round(sum[4]),
                                WeekHours.round(sum[5]),
                                WeekHours.round(sum[4] - sum[5]))));
            }
        });
        List<String> columns = new ArrayList<>(List.of("people"));
        columns.addAll(WorkedHours.COLUMNS);
        return new FigureTable("hours-by-department", List.of("department"), columns, rows);
    }
}
