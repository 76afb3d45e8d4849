package dev.kantor.calendar.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jakarta.servlet.http.Cookie;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void everyoneSeesTheCalendarInTheirLanguage() throws Exception {
        String page = mvc.perform(get("/calendar")
                        .with(user(accounts.loadUserByUsername("agent")))
                        .cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Kalender kerja", "Senin", "Hari Kemerdekaan Republik Indonesia");
    }

    @Test
    void adminsChangeHolidaysAndHoursOthersCannot() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(post("/calendar/holidays")
                        .with(admin)
                        .with(csrf())
                        .param("date", "2027-03-10")
                        .param("nameEn", "Nyepi")
                        .param("nameId", "Hari Suci Nyepi"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendars.current().isHoliday(LocalDate.of(2027, 3, 10))).isTrue();

        var flash = mvc.perform(post("/calendar/hours")
                        .with(admin)
                        .with(csrf())
                        .param("day", "SUNDAY")
                        .param("opens", "17:00")
                        .param("closes", "09:00"))
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("failure")).isNotNull();
        assertThat(calendars.week()).doesNotContainKey(java.time.DayOfWeek.SUNDAY);

        mvc.perform(post("/calendar/holidays")
                        .with(user(accounts.loadUserByUsername("manager")))
                        .with(csrf())
                        .param("date", "2027-03-11")
                        .param("nameEn", "X")
                        .param("nameId", "Y"))
                .andExpect(status().isForbidden());
        assertThat(calendars.current().isHoliday(LocalDate.of(2027, 3, 11))).isFalse();
    }

    @Test
    void aTooLongHolidayNameIsNamedAsSuchInBothLanguages() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String longName = "x".repeat(101);

        var english = mvc.perform(post("/calendar/holidays")
                        .with(admin)
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "en"))
                        .param("date", "2027-04-01")
                        .param("nameEn", longName)
                        .param("nameId", "Libur"))
                .andReturn()
                .getFlashMap();
        assertThat(english.get("failure")).isEqualTo("Name (English): At most 100 characters.");

        var indonesian = mvc.perform(post("/calendar/holidays")
                        .with(admin)
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "id"))
                        .param("date", "2027-04-01")
                        .param("nameEn", "Holiday")
                        .param("nameId", longName))
                .andReturn()
                .getFlashMap();
        assertThat(indonesian.get("failure")).isEqualTo("Nama (Bahasa Indonesia): Paling banyak 100 karakter.");
        assertThat(calendars.current().isHoliday(LocalDate.of(2027, 4, 1))).isFalse();
    }
}
