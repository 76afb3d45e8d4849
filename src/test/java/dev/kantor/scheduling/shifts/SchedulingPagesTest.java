package dev.kantor.scheduling.shifts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.ShiftTypeDetails;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The shift type and contract pages: managers define shift types with their breaks, HR and managers
 * define contracts, everyone signed in looks; bad input is marked on its field in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchedulingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StoredShiftTypes shiftTypes;

    @Autowired
    StoredContracts contracts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

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

    /** A complete shift type form: a 9-hour day, breaks in rows 0, 1 and 3 (row 2 left empty). */
    private static MockHttpServletRequestBuilder shiftTypeForm(String path, String name, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("spanMinutes", "540");
        fields.put("paidMinutes", "480");
        fields.put("startGranularityMinutes", "30");
        fields.put("minWorkBetweenBreaksMinutes", "60");
        fields.put("maxContinuousWorkMinutes", "180");
        String[][] rows = {
            {"morning break", "15", "90", "150"},
            {"lunch", "60", "210", "270"},
            {"", "", "", ""},
            {"afternoon break", "15", "360", "420"}
        };
        for (int i = 0; i < rows.length; i++) {
            fields.put("breaks[" + i + "].name", rows[i][0]);
            fields.put("breaks[" + i + "].durationMinutes", rows[i][1]);
            fields.put("breaks[" + i + "].earliestStartOffsetMinutes", rows[i][2]);
            fields.put("breaks[" + i + "].latestStartOffsetMinutes", rows[i][3]);
        }
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder contractForm(
            String path, String name, List<Long> shiftTypeIds, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("maxShiftsPerDay", "1");
        fields.put("maxShiftsPerWeek", "5");
        fields.put("maxPaidMinutesPerWeek", "2400");
        fields.put("minRestBetweenShiftsMinutes", "660");
        fields.put("_allowedShiftTypeIds", "on");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        shiftTypeIds.forEach(id -> request.param("allowedShiftTypeIds", String.valueOf(id)));
        return request;
    }

    private DefinedShiftType defined(String name) {
        return shiftTypes.all().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private DefinedShiftType storedShiftType(String name) {
        return SystemUser.call(() -> shiftTypes.create(
                new ShiftTypeDetails(name, 240, 240, 30, List.of(new BreakDetails("break", 15, 90, 150)), 0, 150)));
    }

    @Test
    void aManagerDefinesAShiftTypeWithItsBreaksInOrderThatEveryoneThenSees() throws Exception {
        mvc.perform(shiftTypeForm("/scheduling/shift-types/new", "Counter day").with(as("manager")))
                .andExpect(redirectedUrl("/scheduling/shift-types"));

        DefinedShiftType type = defined("Counter day");
        assertThat(type.breaks())
                .extracting(BreakDetails::name)
                .containsExactly("morning break", "lunch", "afternoon break");
        assertThat(audit.of("shift-type", type.id())).hasSize(1);

        assertThat(html(get("/scheduling/shift-types"), "accountant", "en"))
                .contains(
                        "Shift types",
                        "Counter day",
                        "9 h",
                        "8 h",
                        "lunch: 60 min, starting 210–270 min into the shift")
                .doesNotContain("id=\"new-shift-type\"", "/scheduling/shift-types/" + type.id() + "/edit");
        assertThat(html(get("/scheduling/shift-types"), "agent", "id"))
                .contains(
                        "Jenis sif",
                        "Counter day",
                        "9 jam",
                        "lunch: 60 menit, mulai 210–270 menit setelah sif dimulai");
        assertThat(html(get("/scheduling/shift-types"), "manager", "en"))
                .contains("id=\"new-shift-type\"", "/scheduling/shift-types/" + type.id() + "/edit");
        assertThat(html(get("/scheduling/shift-types/" + type.id() + "/edit"), "manager", "id"))
                .contains("Ubah jenis sif", "value=\"Counter day\"", "value=\"afternoon break\"", "Istirahat 4: nama");
    }

    @Test
    void aBreakWindowOutsideTheSpanIsMarkedOnItsOwnRowInBothLanguagesAndNothingIsStored() throws Exception {
        var outside = shiftTypeForm(
                "/scheduling/shift-types/new",
                "Outside day",
                "breaks[3].latestStartOffsetMinutes",
                "540",
                "spanMinutes",
                "540");

        String english = html(outside, "manager", "en");
        assertThat(english)
                .contains(
                        "Nothing was saved.",
                        "The break would end after the shift",
                        "aria-describedby=\"breaks3.latestStartOffsetMinutes-error\"",
                        "id=\"breaks3.latestStartOffsetMinutes-error\"");
        String indonesian = html(
                shiftTypeForm(
                        "/scheduling/shift-types/new",
                        "Outside day",
                        "paidMinutes",
                        "600",
                        "breaks[0].durationMinutes",
                        "lama"),
                "manager",
                "id");
        assertThat(indonesian).contains("Menit yang dibayar tidak boleh lebih dari rentang sif", "Angka tidak valid.");
        assertThat(shiftTypes.all()).extracting(DefinedShiftType::name).doesNotContain("Outside day");
    }

    @Test
    void breaksNoPlacementCanKeepAreRefusedNamingTheBreaks() throws Exception {
        String page = html(
                shiftTypeForm("/scheduling/shift-types/new", "Unworkable day", "maxContinuousWorkMinutes", "60"),
                "manager",
                "en");

        assertThat(page).contains("No placement of the breaks keeps both the least work between breaks");
        assertThat(shiftTypes.all()).extracting(DefinedShiftType::name).doesNotContain("Unworkable day");
    }

    @Test
    void onlyManagersAndAdminsDefineShiftTypesAndHrDefinesContractsToo() throws Exception {
        for (String user : new String[] {"agent", "accountant", "hr"}) {
            mvc.perform(get("/scheduling/shift-types/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(shiftTypeForm("/scheduling/shift-types/new", "Refused " + user)
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        for (String user : new String[] {"agent", "accountant"}) {
            mvc.perform(get("/scheduling/contracts/new").with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(html(get("/scheduling/contracts/new"), "hr", "en")).contains("New contract");
        assertThat(shiftTypes.all()).extracting(DefinedShiftType::name).noneMatch(n -> n.startsWith("Refused"));

        assertThat(html(get("/"), "manager", "en")).contains("href=\"/scheduling/shift-types\"");
        assertThat(html(get("/"), "hr", "id")).contains("href=\"/scheduling/shift-types\"", ">Jenis sif<");
        assertThat(html(get("/"), "agent", "en")).doesNotContain("href=\"/scheduling/shift-types\"");
        assertThat(html(get("/scheduling/contracts"), "agent", "en"))
                .contains("Contracts", "Full-time 40 h")
                .doesNotContain("id=\"new-contract\"");
    }

    @Test
    void hrDefinesAContractAndOneWithoutShiftTypesIsRefusedInBothLanguages() throws Exception {
        DefinedShiftType type = storedShiftType("Short day");

        mvc.perform(contractForm("/scheduling/contracts/new", "Short weeks", List.of(type.id()))
                        .with(as("hr")))
                .andExpect(redirectedUrl("/scheduling/contracts"));
        DefinedContract contract = contracts.all().stream()
                .filter(c -> c.name().equals("Short weeks"))
                .findFirst()
                .orElseThrow();
        assertThat(contract.allowedShiftTypes())
                .extracting(DefinedContract.AllowedShiftType::name)
                .containsExactly("Short day");
        assertThat(html(get("/scheduling/contracts"), "accountant", "id"))
                .contains("Short weeks", "Short day", "40 jam", "11 jam");

        String english = html(
                contractForm("/scheduling/contracts/new", "Nothing allowed", List.of(), "maxShiftsPerDay", "4"),
                "hr",
                "en");
        assertThat(english).contains("Choose at least one shift type.", "This number is beyond what is accepted here.");
        String indonesian =
                html(contractForm("/scheduling/contracts/new", "Nothing allowed", List.of()), "manager", "id");
        assertThat(indonesian).contains("Pilih setidaknya satu jenis sif.");
        assertThat(contracts.all()).extracting(DefinedContract::name).doesNotContain("Nothing allowed");
    }

    @Test
    void aShiftTypeAContractAllowsCannotBeDeletedFromItsPage() throws Exception {
        DefinedShiftType type = storedShiftType("Allowed day");
        SystemUser.run(
                () -> contracts.create(new ContractDetails("Allowing contract", List.of(type.id()), 1, 5, 1200, 660)));
        String path = "/scheduling/shift-types/" + type.id();

        assertThat(html(get(path + "/edit"), "manager", "en"))
                .contains("Allowed by the contracts Allowing contract")
                .doesNotContain("id=\"delete-shift-type\"");
        var refused = mvc.perform(
                        post(path + "/delete").with(csrf()).with(as("manager")).param("version", "0"))
                .andExpect(redirectedUrl(path + "/edit"))
                .andReturn();
        assertThat((String) refused.getFlashMap().get("failure")).contains("Allowing contract");
        assertThat(shiftTypes.find(type.id())).isPresent();

        DefinedShiftType unused = storedShiftType("Unused day");
        assertThat(html(get("/scheduling/shift-types/" + unused.id() + "/edit"), "manager", "id"))
                .contains("id=\"delete-shift-type\"", "Hapus jenis sif Unused day?");
        mvc.perform(post("/scheduling/shift-types/" + unused.id() + "/delete")
                        .with(csrf())
                        .with(as("agent"))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/scheduling/shift-types/" + unused.id() + "/delete")
                        .with(csrf())
                        .with(as("manager"))
                        .param("version", "0"))
                .andExpect(redirectedUrl("/scheduling/shift-types"));
        assertThat(shiftTypes.find(unused.id())).isEmpty();
        assertThat(html(get("/audit").param("type", "shift-type").param("q", "unused day"), "admin", "en"))
                .contains("Shift type", "Unused day", "Removed");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(shiftTypeForm("/scheduling/shift-types/new", "Stale page day")
                        .with(as("manager")))
                .andExpect(redirectedUrl("/scheduling/shift-types"));
        DefinedShiftType type = defined("Stale page day");
        String path = "/scheduling/shift-types/" + type.id() + "/edit";

        mvc.perform(shiftTypeForm(path, "Stale page day, first", "version", "0").with(as("admin")))
                .andExpect(redirectedUrl("/scheduling/shift-types"));
        String stale = html(shiftTypeForm(path, "Stale page day, second", "version", "0"), "manager", "en");

        assertThat(stale).contains("Someone else changed this in the meantime.");
        assertThat(shiftTypes.get(type.id()).name()).isEqualTo("Stale page day, first");
    }

    @Test
    void rostersSchedulesAndMySchedulePagesShowInBothLanguagesToThoseAllowed() throws Exception {
        long frontDesk = jdbc.sql("select id from work_queue where name = 'Front desk'")
                .query(Long.class)
                .single();
        for (String[] words : new String[][] {
            {"en", "Rosters", "Proposed", "Schedules", "My schedule"},
            {"id", "Roster", "Diusulkan", "Jadwal", "Jadwal saya"}
        }) {
            String language = words[0];
            assertThat(html(get("/scheduling/rosters"), "manager", language))
                    .contains(words[1])
                    .contains("Front desk");
            assertThat(html(get("/scheduling/rosters/" + frontDesk), "manager", language))
                    .contains(words[2])
                    .contains("Agus Pratama");
            assertThat(html(get("/scheduling/schedules"), "manager", language)).contains(words[3]);
            assertThat(html(get("/schedule"), "agent", language)).contains(words[4]);
        }
        // an agent neither sees rosters nor makes schedules
        for (String path :
                List.of("/scheduling/rosters", "/scheduling/rosters/" + frontDesk, "/scheduling/schedules")) {
            mvc.perform(get(path).with(as("agent"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/scheduling/schedules").with(as("agent")).with(csrf()).param("queueId", "" + frontDesk))
                .andExpect(status().isForbidden());
    }
}
