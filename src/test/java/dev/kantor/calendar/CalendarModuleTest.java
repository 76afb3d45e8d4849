package dev.kantor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import dev.kantor.platform.web.FieldProblems;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar module on its own, on the opening hours the database starts with (Monday to Friday
 * 08:00–17:00, Saturday 09:00–14:00, Jakarta time): a holiday an admin adds counts at once.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@WithMockUser(roles = "ADMIN")
class CalendarModuleTest {

    @MockitoBean
    FieldProblems fieldProblems;

    @Autowired
    BusinessCalendars calendars;

    private Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendars.zone()).toInstant();
    }

    @Test
    void businessTimeBetweenTwoMomentsLeavesOutAHolidayAddedInBetween(Scenario scenario) {
        // Monday 16:00 to Wednesday 09:00: one hour on Monday, nine on Tuesday, one on Wednesday
        Instant from = at("2027-08-16T16:00");
        Instant to = at("2027-08-18T09:00");
        assertThat(calendars.current().between(from, to)).isEqualTo(Duration.ofHours(11));

        // when Tuesday the 17th, Independence Day, becomes a holiday, only Monday's and Wednesday's hours count
        scenario.stimulate(() -> calendars.addHoliday(
                        new Holiday(LocalDate.of(2027, 8, 17), "Independence Day", "Hari Kemerdekaan")))
                .andWaitForStateChange(
                        () -> calendars.current().between(from, to), business -> business.equals(Duration.ofHours(2)))
                .andVerify(business -> {
                    assertThat(business).isEqualTo(Duration.ofHours(2));
                    assertThat(calendars.current().isHoliday(LocalDate.of(2027, 8, 17)))
                            .isTrue();
                });
    }
}
