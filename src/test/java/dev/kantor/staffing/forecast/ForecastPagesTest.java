package dev.kantor.staffing.forecast;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.DayRequirement;
import dev.kantor.staffing.ForecastAdjusted;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.StaffingRequirements;
import dev.kantor.staffing.WeekRequirement;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The forecast page on the demo history: chart, table, accuracy, export, adjustments and who may make them. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ForecastPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StoredQueues queues;

    @Autowired
    Forecasts forecasts;

    @Autowired
    Adjustments adjustments;

    @Autowired
    StaffingRequirements requirements;

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

    private WorkQueue phone() {
        return queues.findByName("Phone line").orElseThrow();
    }

    @Test
    void theDemoHistoryForecastsNextWeekForEveryoneInBothLanguages() throws Exception {
        WorkQueue phone = phone();
        WeekPlan plan = forecasts.week(phone.id(), forecasts.nextWeek());
        assertThat(plan.forecast()).isTrue();
        assertThat(plan.weightedMape()).as("Poisson noise on a steady pattern").isBetween(0.02, 0.5);
        assertThat(plan.learnedDays()).isGreaterThanOrEqualTo(49);
        assertThat(plan.peakAgents()).isBetween(5, 60);

        String english = html(get("/staffing/queues/" + phone.id()), "accountant", "en");
        assertThat(english)
                .contains(
                        "Phone line: forecast and staffing",
                        "id=\"forecast-chart\"",
                        "id=\"forecast-data\"",
                        "chart.umd.js",
                        "weighted MAPE",
                        "Giving up",
                        "Answered in 20 s",
                        ">10:30<",
                        "Download CSV")
                .doesNotContain("id=\"adjust\"", "id=\"no-forecast\"");
        String indonesian = html(get("/staffing/queues/" + phone.id()), "agent", "id");
        assertThat(indonesian)
                .contains("Phone line: perkiraan dan kebutuhan staf", "MAPE tertimbang", "Menyerah", "Senin");
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
    }

    @Test
    void theWeekIsExportedAsCsvOneLinePerOpenInterval() throws Exception {
        WorkQueue phone = phone();
        LocalDate monday = forecasts.nextWeek();
        String csv = mvc.perform(get("/staffing/queues/" + phone.id() + "/forecast.csv")
                        .param("week", monday.plusDays(3).toString())
                        .with(as("agent")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(ForecastCsv.HEADER);
        long open = forecasts.week(phone.id(), monday).openIntervals().size();
        assertThat(lines).hasSize((int) open + 1);
        assertThat(lines.get(1)).startsWith(monday + " 08:00,");
        assertThat(lines.get(1).split(",", -1)).hasSize(10);
    }

    @Test
    void aManagerAdjustsADayAndOthersCannot() throws Exception {
        WorkQueue chat = queues.findByName("Web chat").orElseThrow();
        LocalDate monday = forecasts.nextWeek();
        LocalDate tuesday = monday.plusDays(1);
        double before = dayContacts(forecasts.week(chat.id(), monday), tuesday);

        String seen = adjustments.ofWeek(chat.id(), monday).version();
        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                        .with(csrf())
                        .with(as("agent"))
                        .param("date", tuesday.toString())
                        .param("percent", "50")
                        .param("version", seen))
                .andExpect(status().isForbidden());
        assertThat(adjustments.ofWeek(chat.id(), monday).days()).isEmpty();
        String form = html(get("/staffing/queues/" + chat.id()).param("week", monday.toString()), "manager", "en");
        assertThat(form).contains("name=\"version\" value=\"" + seen + "\"");

        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                        .with(csrf())
                        .with(as("manager"))
                        .param("date", tuesday.toString())
                        .param("percent", "50")
                        .param("version", seen))
                .andExpect(status().is3xxRedirection());
        double after = dayContacts(forecasts.week(chat.id(), monday), tuesday);
        assertThat(after).isCloseTo(before * 1.5, org.assertj.core.api.Assertions.within(before * 0.001));

        String current = adjustments.ofWeek(chat.id(), monday).version();
        var bad = mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                        .with(csrf())
                        .with(as("manager"))
                        .param("date", tuesday.toString())
                        .param("time", "10:10")
                        .param("percent", "5000")
                        .param("version", current))
                .andReturn();
        assertThat((String) bad.getFlashMap().get("failure")).isNotBlank();
        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                        .with(csrf())
                        .with(as("manager"))
                        .param("date", tuesday.toString())
                        .param("time", "10:15")
                        .param("percent", "5000")
                        .param("version", current))
                .andExpect(status().is3xxRedirection());
        assertThat(adjustments.ofWeek(chat.id(), monday).slots()).isEmpty();

        // a manager who saw the week before the change above is told, in their language, and changes nothing
        for (String[] language : new String[][] {
            {"en", "Someone changed this week’s forecast in the meantime."},
            {"id", "Seseorang telah mengubah prakiraan minggu ini sementara itu."}
        }) {
            var stale = mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                            .with(csrf())
                            .with(as("manager"))
                            .cookie(new Cookie("kantor-language", language[0]))
                            .param("date", tuesday.toString())
                            .param("percent", "10")
                            .param("version", seen))
                    .andReturn();
            assertThat((String) stale.getFlashMap().get("failure")).startsWith(language[1]);
            assertThat(adjustments.ofWeek(chat.id(), monday).ofDay(tuesday)).isEqualTo(50.0);
        }

        String page = html(get("/staffing/queues/" + chat.id()).param("week", monday.toString()), "manager", "en");
        assertThat(page).contains("id=\"adjust\"", "id=\"adjustments\"", "50.0%");

        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                        .with(csrf())
                        .with(as("manager"))
                        .param("date", tuesday.toString())
                        .param("percent", "")
                        .param("version", adjustments.ofWeek(chat.id(), monday).version()))
                .andExpect(status().is3xxRedirection());
        assertThat(adjustments.ofWeek(chat.id(), monday).days()).isEmpty();
    }

    @Test
    void theWeekRequirementIsWhatTheForecastPageShows() throws Exception {
        WorkQueue phone = phone();
        LocalDate monday = forecasts.nextWeek();

        WeekRequirement week = requirements.week(phone.id(), monday).orElseThrow();

        // the page's table, as its CSV download gives it: one line per open interval
        String csv = mvc.perform(get("/staffing/queues/" + phone.id() + "/forecast.csv")
                        .param("week", monday.toString())
                        .with(as("agent")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> shown = csv.lines()
                .skip(1)
                .map(line -> {
                    String[] cells = line.split(",", -1);
                    return cells[0] + " " + cells[3] + " " + cells[4];
                })
                .toList();
        List<String> required = new ArrayList<>();
        for (DayRequirement day : week.days()) {
            for (int i = 0; i < day.intervals(); i++) {
                required.add(day.date() + " " + day.intervalStart(i) + " "
                        + day.onFloor().get(i) + " " + day.scheduled().get(i));
            }
        }
        assertThat(required).isNotEmpty().containsExactlyElementsOf(shown);

        // the demo's phone line: 08:00–17:00 on weekdays, 09:00–14:00 on Saturday, closed on Sunday
        assertThat(week.on(DayOfWeek.MONDAY).intervals()).isEqualTo(36);
        assertThat(week.on(DayOfWeek.SATURDAY).intervals()).isEqualTo(20);
        assertThat(week.on(DayOfWeek.SUNDAY).isOpen()).isFalse();

        // and the page's peak is the week's largest number of agents on the floor
        String page = html(get("/staffing/queues/" + phone.id()).param("week", monday.toString()), "agent", "en");
        Matcher peak = Pattern.compile("id=\"week-peak\">(\\d+)<").matcher(page);
        assertThat(peak.find()).isTrue();
        assertThat(week.days().stream()
                        .flatMap(d -> d.onFloor().stream())
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElseThrow())
                .isEqualTo(Integer.parseInt(peak.group(1)));
    }

    @Test
    void anAdjustmentThatChangesAWeekIsPublishedForThatWeek(ApplicationEvents events) throws Exception {
        WorkQueue chat = queues.findByName("Web chat").orElseThrow();
        LocalDate monday = forecasts.nextWeek().plusWeeks(3);
        LocalDate thursday = monday.plusDays(3);

        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                        .with(csrf())
                        .with(as("manager"))
                        .param("date", thursday.toString())
                        .param("percent", "20")
                        .param("version", adjustments.ofWeek(chat.id(), monday).version()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ForecastAdjusted.class)).containsExactly(new ForecastAdjusted(chat.id(), monday));

        // the same figure again changes nothing, and a refused change is not published either
        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                .with(csrf())
                .with(as("manager"))
                .param("date", thursday.toString())
                .param("percent", "20")
                .param("version", adjustments.ofWeek(chat.id(), monday).version()));
        mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                .with(csrf())
                .with(as("agent"))
                .param("date", thursday.toString())
                .param("percent", "30")
                .param("version", adjustments.ofWeek(chat.id(), monday).version()));
        assertThat(events.stream(ForecastAdjusted.class)).hasSize(1);
    }

    private static double dayContacts(WeekPlan plan, LocalDate day) {
        return plan.intervals().stream()
                .filter(i -> i.date().equals(day))
                .mapToDouble(IntervalPlan::contacts)
                .sum();
    }

    @Test
    void aDateBeyondTheYearsKantorKeepsIsRefusedOnTheForecastPages() throws Exception {
        WorkQueue chat = queues.findByName("Web chat").orElseThrow();
        String version = adjustments.ofWeek(chat.id(), forecasts.nextWeek()).version();

        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "1899-12-31"}) {
            var refused = mvc.perform(post("/staffing/queues/" + chat.id() + "/adjustments")
                            .with(csrf())
                            .with(as("manager"))
                            .cookie(new Cookie("kantor-language", "en"))
                            .param("date", date)
                            .param("percent", "10")
                            .param("version", version))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            assertThat((String) refused.getFlashMap().get("failure"))
                    .as(date)
                    .isEqualTo("A date from the year 1900 to 9999.");
        }
        assertThat(html(get("/staffing/queues/" + chat.id()).param("week", "+999999999-12-31"), "manager", "en"))
                .contains(forecasts.nextWeek().toString());
    }

    @Test
    void aQueueWithoutHistorySaysSo() throws Exception {
        WorkQueue empty = queues.findByName("Brand new line")
                .orElseGet(() -> SystemUser.call(() -> queues.create(new QueueDetails(
                        "Brand new line",
                        QueueChannel.EMAIL,
                        List.of(new DayHours(java.time.DayOfWeek.MONDAY, "08:00", "17:00")),
                        600.0,
                        null,
                        null,
                        3600.0,
                        null,
                        0.0,
                        null,
                        null))));

        String page = html(get("/staffing/queues/" + empty.id()).param("week", "not a date"), "agent", "en");

        assertThat(page).contains("id=\"no-forecast\"", "That is not a date").doesNotContain("id=\"forecast-chart\"");
    }
}
