package dev.kantor.floor.absence;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.people.People;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.staffing.WorkQueues;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The absence and repair pages in both languages: a manager marks someone absent (a missing person is
 * refused next to the field), sees them with their day to repair, and undoes it; a queue without a
 * schedule says so; agents are refused both pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FloorAbsencePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    WorkQueues queues;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String html(MockHttpServletRequestBuilder request, String username, String language) throws Exception {
        return mvc.perform(request.with(as(username)).cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long queue(String name) {
        return queues.all().stream()
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void agentsAreRefusedBothPages() throws Exception {
        mvc.perform(get("/floor/absences").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/floor/repair").param("queueId", "1").with(as("agent")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/floor/absences")
                        .with(as("agent"))
                        .with(csrf())
                        .param("employeeId", "1")
                        .param("reason", "SICK"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/floor/repair")
                        .with(as("agent"))
                        .with(csrf())
                        .param("queueId", "1")
                        .param("date", "2099-01-01")
                        .param("version", "1")
                        .param("fingerprint", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAbsencePageSpeaksBothLanguages() throws Exception {
        assertThat(html(get("/floor/absences"), "manager", "en"))
                .contains("Absences today")
                .contains("Mark someone absent")
                .contains("Leave empty for the rest of the day.");
        assertThat(html(get("/floor/absences"), "manager", "id"))
                .contains("Ketidakhadiran hari ini")
                .contains("Tandai seseorang tidak hadir")
                .contains("Kosongkan untuk sisa hari ini.");
    }

    @Test
    void aMissingPersonIsRefusedNextToTheField() throws Exception {
        String page = html(post("/floor/absences").with(csrf()).param("reason", "SICK"), "manager", "id");
        assertThat(page).contains("id=\"employeeId-error\"").contains("is-invalid");
    }

    @Test
    void aManagerMarksSomeoneAbsentSeesThemAndUndoesIt() throws Exception {
        long eko = people.employeeByEmail("eko.prasetyo@sinarmaju.example")
                .orElseThrow()
                .getId();
        mvc.perform(post("/floor/absences")
                        .with(as("manager"))
                        .with(csrf())
                        .param("employeeId", String.valueOf(eko))
                        .param("reason", "LATE")
                        .param("note", "Flat tyre"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/floor/absences"));

        String page = html(get("/floor/absences"), "manager", "en");
        assertThat(page).contains("Eko Prasetyo").contains("Late").contains("Flat tyre");
        assertThat(html(get("/floor/absences"), "manager", "id")).contains("Terlambat");

        java.util.regex.Matcher undo =
                java.util.regex.Pattern.compile("/floor/absences/(\\d+)/undo").matcher(page);
        assertThat(undo.find()).isTrue();
        mvc.perform(post("/floor/absences/" + undo.group(1) + "/undo")
                        .with(as("manager"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/floor/absences"), "manager", "en")).doesNotContain("Flat tyre");
    }

    @Test
    void aQueueWithoutAScheduleSaysSoInBothLanguages() throws Exception {
        long phone = queue("Phone line");
        assertThat(html(
                        get("/floor/repair")
                                .param("queueId", String.valueOf(phone))
                                .param("date", "2099-06-01"),
                        "manager",
                        "en"))
                .contains("Repair the day: Phone line")
                .contains("This queue has no schedule for that week.");
        assertThat(html(
                        get("/floor/repair")
                                .param("queueId", String.valueOf(phone))
                                .param("date", "2099-06-01"),
                        "manager",
                        "id"))
                .contains("Perbaiki hari: Phone line")
                .contains("Antrean ini tidak punya jadwal untuk minggu itu.");
    }
}
