package dev.kantor.reporting.mine;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.RecordedTime;
import dev.kantor.people.People;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hours worked against the contract over seeded rows, against a week computed by hand: a part-time agent's
 * published shifts (a night shift across midnight among them), an absence over part of a shift, a fill-in partly
 * inside their own shift, an accepted call-in; and what must not count (an absence undone, a fill-in ended before
 * it began, a declined call-in). The floor's recorded time, "my figures" and HR's hours per department agree.
 * H2 and PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MyHoursContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkedHours workedHours;

    @Autowired
    RecordedTime recordedTime;

    @Autowired
    People people;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void aPartTimeWeekIsScheduledLessAbsentPlusBeyondTheScheduleAsCountedByHand() throws Exception {
        // Putu works the demo's 24-hour week; the week of Monday 9 March 2020 is hers alone in the figures
        long putu = people.employeeByEmail("putu.wulandari@sinarmaju.example")
                .orElseThrow()
                .getId();
        LocalDate monday = LocalDate.of(2020, 3, 9);
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        LocalDate thursday = monday.plusDays(3);
        LocalDate saturday = monday.plusDays(5);
        try (SeededWeek week = new SeededWeek(jdbc, calendars.zone(), putu, monday)) {
            week.shift(monday, 8, 17, monday, 12, 60) // 8 h
                    .shift(tuesday, 8, 17, tuesday, 12, 30) // 8.5 h
                    .shift(wednesday, 22, 6, thursday, 2, 30); // 7.5 h, all on Wednesday
            // absent Tuesday 14:00-16:00: 2 h of her shift; an absence undone counts nothing
            week.absent(week.at(tuesday, 14, 0), week.at(tuesday, 16, 0), false)
                    .absent(week.at(monday, 8, 0), week.at(monday, 17, 0), true);
            // filling in Monday 16:00-18:00: 17:00-18:00 is beyond her shift (1 h); Thursday 10:00-12:00 (2 h)
            week.fillIn(week.at(monday, 16, 0), week.at(monday, 18, 0), null)
                    .fillIn(week.at(thursday, 10, 0), week.at(thursday, 13, 0), week.at(thursday, 12, 0))
                    .fillIn(week.at(thursday, 15, 0), week.at(thursday, 17, 0), week.at(thursday, 14, 0));
            // called in Saturday 09:00-13:00 (4 h); a declined call-in counts nothing
            week.callIn(week.at(saturday, 9, 0), week.at(saturday, 13, 0), "ACCEPTED")
                    .callIn(week.at(saturday, 14, 0), week.at(saturday, 18, 0), "DECLINED");

            List<RecordedTime.Stretch> recorded = recordedTime.ofEmployee(
                    putu,
                    monday.atStartOfDay(calendars.zone()).toInstant(),
                    monday.plusWeeks(1).atStartOfDay(calendars.zone()).toInstant());
            assertThat(recorded)
                    .extracting(RecordedTime.Stretch::kind)
                    .containsExactlyInAnyOrder(
                            RecordedTime.Kind.ABSENT,
                            RecordedTime.Kind.FILL_IN,
                            RecordedTime.Kind.FILL_IN,
                            RecordedTime.Kind.CALL_IN);
            assertThat(recorded)
                    .filteredOn(s -> s.from().equals(week.at(thursday, 10, 0)))
                    .singleElement()
                    .satisfies(s -> assertThat(s.until()).as("ended early").isEqualTo(week.at(thursday, 12, 0)));

            List<WeekHours.Week> weeks = workedHours.weeks(putu, monday, monday.plusDays(6));

            assertThat(weeks).singleElement().satisfies(w -> {
                assertThat(w.scheduled()).isEqualTo(24.0);
                assertThat(w.absent()).isEqualTo(2.0);
                assertThat(w.extra()).isEqualTo(7.0);
                assertThat(w.worked()).isEqualTo(29.0);
                assertThat(w.contract()).isEqualTo(24.0);
                assertThat(w.difference()).isEqualTo(5.0);
            });
            // HR's hours per department count her week the same: nobody else has hours that week
            Answer hr = ApiCalls.call(port, "hr", "GET", "/api/reports/hr?from=2020-03-09&to=2020-03-15", null);
            assertThat(hr.status()).isEqualTo(200);
            double[] sums = new double[7];
            hr.items().forEach(table -> {
                if (table.get("id").asString().equals("hours-by-department")) {
                    assertThat(table.get("columns").toString())
                            .contains(
                                    "scheduled_hours",
                                    "absent_hours",
                                    "extra_hours",
                                    "worked_hours",
                                    "contract_hours",
                                    "difference_hours");
                    table.get("rows").forEach(row -> {
                        for (int i = 0; i < 5; i++) {
                            sums[i] += row.get("values").get(i + 1).asDouble();
                        }
                    });
                }
            });
            assertThat(new double[] {sums[0], sums[1], sums[2], sums[3]}).containsExactly(24.0, 2.0, 7.0, 29.0);
        }
    }
}
