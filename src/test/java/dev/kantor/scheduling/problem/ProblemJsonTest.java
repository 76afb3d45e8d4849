package dev.kantor.scheduling.problem;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.kantor.scheduling.SchedulingFixtures.MONDAY;
import static dev.kantor.scheduling.SchedulingFixtures.example;
import static dev.kantor.scheduling.SchedulingFixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemJsonTest {

    @Test
    void writesAProblemThatReadsBackTheSame() {
        Problem problem = example().withPinnedShifts(List.of(shift("eko", MONDAY, "HALF", "08:00", "12:00")));

        ProblemRead again = ProblemJson.read(ProblemJson.write(problem));

        assertThat(again.issues()).isEmpty();
        assertThat(again.problem()).isEqualTo(problem);
    }

    @Test
    void writesTheAnswerInTheReadmeShape() {
        Shift shift = shift("dewi", MONDAY, "FULL", "08:00", "16:00", "break@09:30-09:45", "lunch@12:00-12:30");
        Schedule schedule = new Schedule(
                ScheduleStatus.SOLVED,
                480,
                480,
                List.of(new Shortfall(MONDAY, LocalTime.of(8, 0), 2, 1)),
                List.of(shift),
                List.of(new DayCoverage(MONDAY, List.of(2), List.of(1), List.of(0))));

        String json = ProblemJson.write(schedule);

        assertThat(json)
                .contains(
                        "\"status\" : \"SOLVED\"",
                        "\"paidMinutes\" : 480",
                        "\"lowerBoundPaidMinutes\" : 480",
                        "\"shortfalls\"",
                        "\"start\" : \"08:00\"",
                        "\"onDuty\" : 1",
                        "\"breaks\"",
                        "\"id\" : \"lunch\"",
                        "\"end\" : \"12:30\"",
                        "\"coverage\"",
                        "\"onBreak\"");
        assertThat(ProblemJson.readSchedule(json)).isEqualTo(schedule);
    }
}
