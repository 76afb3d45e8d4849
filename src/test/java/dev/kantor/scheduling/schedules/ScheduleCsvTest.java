package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.problem.Break;
import dev.kantor.scheduling.problem.Shift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCsvTest {

    @Test
    void aScheduleIsOneLinePerShiftWithNamesNoSpreadsheetRunsAndNoByteOrderMark() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Shift early = new Shift(
                "7",
                monday,
                "EARLY",
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                List.of(new Break("lunch", LocalTime.of(12, 0), LocalTime.of(12, 30))));
        Shift late = new Shift("8", monday, "-late", LocalTime.of(12, 0), LocalTime.of(20, 0), List.of());
        SavedSchedule schedule = new SavedSchedule(
                1,
                2,
                monday,
                null,
                1,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                960,
                900,
                List.of(),
                List.of(new PlannedShift(11, early, true), new PlannedShift(12, late, false)));

        String[] lines = ScheduleCsv.write(schedule, Map.of(7L, "=HYPERLINK(\"x\")", 8L, "Dewi Lestari"))
                .split("\r\n");

        assertThat(lines[0]).isEqualTo("employee_id,employee,date,shift_type,start,end,breaks,pinned");
        assertThat(lines[1])
                .isEqualTo("7,\"'=HYPERLINK(\"\"x\"\")\",2026-03-02,EARLY,08:00,16:00,lunch 12:00-12:30,true");
        assertThat(lines[2]).isEqualTo("8,Dewi Lestari,2026-03-02,'-late,12:00,20:00,,false");
    }
}
