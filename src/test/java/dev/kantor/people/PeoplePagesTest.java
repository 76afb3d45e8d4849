package dev.kantor.people;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages: who may see and change what, languages, and what bad input does. */
@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    dev.kantor.platform.audit.AuditTrail audit;

    private RequestPostProcessor as(String username) {
        UserDetails account = accounts.loadUserByUsername(username);
        return user(account);
    }

    private long employeeId(String email) {
        return people.employeeByEmail(email).orElseThrow().getId();
    }

    @Test
    void anonymousVisitorsGetOnlyTheSignInPageAndPublicAssets() throws Exception {
        mvc.perform(get("/people").accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(status().is4xxClientError());
        mvc.perform(get("/audit").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/people")).andExpect(status().isUnauthorized());
    }

    @Test
    void signsInWithTheDemoPassword() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "agent")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "agent")
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void everyRoleBrowsesTheDirectory() throws Exception {
        for (String user : new String[] {"admin", "hr", "manager", "agent", "accountant"}) {
            mvc.perform(get("/people").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/people/1").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/departments").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/positions").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/skills").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/").with(as(user))).andExpect(status().isOk());
        }
    }

    @Test
    void agentsManagersAndStaffCannotChangePeopleData() throws Exception {
        long id = employeeId("agus.pratama@sinarmaju.example");
        for (String user : new String[] {"manager", "agent", "accountant"}) {
            mvc.perform(get("/people/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/people/" + id + "/edit").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/people/" + id + "/edit")
                            .param("fullName", "Hacked")
                            .param("email", "h@example.com")
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/people/" + id + "/deactivate").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/people/import").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/departments/new")
                            .param("code", "XX")
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/skills").param("code", "xx").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/audit").with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(people.employee(id).orElseThrow().getFullName()).isEqualTo("Agus Pratama");
        assertThat(people.employee(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void hrDeclaresADepartmentBackOfficeOnItsFormAndTheListShowsIt() throws Exception {
        String form = mvc.perform(get("/departments/new").with(as("hr")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"character\"", "Office character");
        mvc.perform(post("/departments/new")
                        .with(as("hr"))
                        .with(csrf())
                        .param("code", "BKO")
                        .param("nameEn", "Back room")
                        .param("nameId", "Ruang belakang")
                        .param("character", "BACK"))
                .andExpect(status().is3xxRedirection());
        assertThat(people.departments().stream()
                        .filter(d -> d.getCode().equals("BKO"))
                        .findFirst()
                        .orElseThrow()
                        .getOfficeCharacter())
                .isEqualTo(dev.kantor.people.Office.BACK);
        String list = mvc.perform(get("/departments").with(as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("badge-back", "% front office");
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/departments/new")
                        .param("code", "CSRF")
                        .param("nameEn", "A")
                        .param("nameId", "B")
                        .with(as("hr")))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrAddsAnEmployeeAndTheAuditTrailSaysWho() throws Exception {
        mvc.perform(post("/people/new")
                        .with(as("hr"))
                        .with(csrf())
                        .param("fullName", "Ketut Ardana")
                        .param("email", "ketut.ardana@example.com")
                        .param(
                                "positionId",
                                String.valueOf(people.positions().get(0).getId()))
                        .param("languages", "id", "en")
                        .param("skillLevels[1]", "3")
                        .param("hiredOn", "2026-03-01"))
                .andExpect(status().is3xxRedirection());
        long id = employeeId("ketut.ardana@example.com");

        mvc.perform(get("/audit").param("q", "ketut").with(as("hr")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ketut Ardana")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hr")));
        mvc.perform(get("/people/" + id).with(as("hr")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ketut.ardana@example.com")));
    }

    @Test
    void aFormShowsEachProblemUnderItsFieldTiedToTheControlInTheReadersLanguage() throws Exception {
        String page = mvc.perform(post("/departments/new")
                        .with(as("hr"))
                        .with(csrf())
                        .param("code", "FIELDS")
                        .param("nameEn", "")
                        .param("nameId", "Bidang")
                        .cookie(new Cookie("kantor-language", "id")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        org.jsoup.nodes.Element name = html.getElementById("nameEn");
        assertThat(name.hasClass("is-invalid")).isTrue();
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).isEqualTo("nameEn-error");
        assertThat(html.getElementById("nameEn-error").text()).isNotBlank();
        assertThat(html.selectFirst("label[for=nameEn]").text()).isEqualTo("Nama (Inggris)");
        assertThat(name.attr("maxlength")).isEqualTo("100");
        org.jsoup.nodes.Element code = html.getElementById("code");
        assertThat(code.attr("value")).as("what was typed stays").isEqualTo("FIELDS");
        assertThat(code.attr("aria-describedby")).isEqualTo("code-hint");
        assertThat(code.hasAttr("aria-invalid")).isFalse();
        assertThat(html.getElementById("nameId").hasAttr("min"))
                .as("no empty attributes")
                .isFalse();
    }

    @Test
    void aRefusedSkillIsShownUnderItsFieldWithWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/skills")
                        .with(as("hr"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "id"))
                        .param("code", "Not A Code")
                        .param("nameEn", "")
                        .param("nameId", "Keahlian"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        org.jsoup.nodes.Element code = html.getElementById("code");
        assertThat(code.attr("value")).isEqualTo("Not A Code");
        assertThat(code.attr("aria-invalid")).isEqualTo("true");
        assertThat(code.attr("aria-describedby")).isEqualTo("code-error");
        assertThat(html.getElementById("code-error").text()).isNotBlank();
        assertThat(html.getElementById("nameEn-error").text()).isEqualTo("Wajib diisi.");
        assertThat(html.getElementById("nameId").hasAttr("aria-invalid")).isFalse();
        assertThat(people.skillsByCode()).doesNotContainKey("not a code");
    }

    @Test
    void aRefusedPositionKeepsTheChosenDepartmentAndSaysWhyUnderEachField() throws Exception {
        long department = people.departments().get(1).getId();

        String page = mvc.perform(post("/positions/new")
                        .with(as("hr"))
                        .with(csrf())
                        .param("code", "refused-position")
                        .param("titleEn", "")
                        .param("titleId", "Ditolak")
                        .param("departmentId", String.valueOf(department))
                        .param("customerContact", "REGULAR")
                        .param("manages", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("#departmentId option[selected]").attr("value")).isEqualTo(String.valueOf(department));
        assertThat(html.select("#customerContact option[selected]").attr("value"))
                .isEqualTo("REGULAR");
        assertThat(html.getElementById("customerContact").attr("aria-describedby"))
                .isEqualTo("customerContact-hint");
        assertThat(html.getElementById("titleEn").attr("aria-describedby")).isEqualTo("titleEn-error");
        assertThat(html.getElementById("titleEn-error").text()).isEqualTo("Required.");
        assertThat(html.selectFirst("input[type=checkbox][name=manages]").hasAttr("checked"))
                .isTrue();
        assertThat(people.positions()).noneMatch(p -> p.getCode().equals("refused-position"));
    }

    @Test
    void theAuditTrailShowsCodedValuesInTheReadersLanguage() throws Exception {
        mvc.perform(post("/departments/new")
                        .with(as("hr"))
                        .with(csrf())
                        .param("code", "AUDITVAL")
                        .param("nameEn", "Audited values")
                        .param("nameId", "Nilai teraudit"))
                .andExpect(status().is3xxRedirection());

        String indonesian = mvc.perform(get("/audit")
                        .param("q", "audited values")
                        .with(as("hr"))
                        .cookie(new Cookie("kantor-language", "id")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(indonesian).contains("Aktif: ya").doesNotContain("Aktif: true");
        String english = mvc.perform(get("/audit")
                        .param("q", "audited values")
                        .with(as("hr"))
                        .cookie(new Cookie("kantor-language", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Active: yes");
        String positions = mvc.perform(get("/audit")
                        .param("type", "position")
                        .with(as("hr"))
                        .cookie(new Cookie("kantor-language", "id")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(positions)
                .containsPattern("Kontak pelanggan: (Terus-menerus|Rutin|Sesekali|Tidak ada)")
                .doesNotContainPattern("Kontak pelanggan: (CONSTANT|REGULAR|OCCASIONAL|NONE)");
    }

    @Test
    void aBadEditShowsLocalizedErrorsAndChangesNothing() throws Exception {
        long id = employeeId("siti.rahmawati@sinarmaju.example");
        var employee = people.employee(id).orElseThrow();

        String page = mvc.perform(post("/people/" + id + "/edit")
                        .with(as("hr"))
                        .with(csrf())
                        .cookie(new Cookie("kantor-language", "id"))
                        .param("fullName", "")
                        .param("email", "not-an-email")
                        .param("phone", "call me")
                        .param("positionId", String.valueOf(employee.getPositionId()))
                        .param("hiredOn", "31/12/2026")
                        .param("version", String.valueOf(employee.getVersion())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "Wajib diisi.",
                        "Alamat e-mail tidak valid.",
                        "Tanggal tidak valid.",
                        "Nomor telepon tidak valid");
        var unchanged = people.employee(id).orElseThrow();
        assertThat(unchanged.getFullName()).isEqualTo("Siti Rahmawati");
        assertThat(unchanged.getVersion()).isEqualTo(employee.getVersion());
    }

    @Test
    void theEmployeeHistorySaysPositionsSkillsAndLanguagesInWordsAtTheBusinessesTime() throws Exception {
        Position position = people.positions().get(0);
        Skill skill = people.skills().get(0);
        mvc.perform(post("/people/new")
                        .with(as("hr"))
                        .with(csrf())
                        .param("fullName", "Wayan Sudarma")
                        .param("email", "wayan.sudarma@example.com")
                        .param("positionId", String.valueOf(position.getId()))
                        .param("languages", "id", "jv")
                        .param("skillLevels[" + skill.id() + "]", "4")
                        .param("hiredOn", "2026-03-01"))
                .andExpect(status().is3xxRedirection());
        long id = employeeId("wayan.sudarma@example.com");
        java.time.Instant hired = audit.of("employee", id).get(0).occurredAt();
        dev.kantor.platform.web.Times jakarta = dev.kantor.platform.web.Times.in(java.time.ZoneId.of("Asia/Jakarta"));

        String english = page("/people/" + id, "hr", "en");
        assertThat(english)
                .contains("Position: " + position.getTitleEn())
                .contains("Skills: " + skill.nameEn() + " (advanced)")
                .contains("Languages: Indonesian, Javanese")
                .contains(jakarta.dateTime(hired, java.util.Locale.ENGLISH))
                .doesNotContain("Position: " + position.getCode(), skill.code() + ":4");
        String indonesian = page("/people/" + id, "hr", "id");
        assertThat(indonesian)
                .contains("Jabatan: " + position.getTitleId())
                .contains("Keahlian: " + skill.nameId() + " (mahir)")
                .contains(jakarta.dateTime(hired, java.util.Locale.forLanguageTag("id")))
                .doesNotContain(skill.code() + ":4");
        assertThat(jakarta.dateTime(hired, java.util.Locale.ENGLISH))
                .as("24-hour clock")
                .matches("\\d{1,2} \\p{L}{3} \\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void theEmployeeFormReportsEveryProblemInOneRound() throws Exception {
        Employee someoneElse =
                people.employeeByEmail("siti.rahmawati@sinarmaju.example").orElseThrow();
        for (String language : java.util.List.of("en", "id")) {
            String page = mvc.perform(post("/people/new")
                            .with(as("hr"))
                            .with(csrf())
                            .cookie(new Cookie("kantor-language", language))
                            .param("fullName", "Dewa Ayu")
                            .param("email", someoneElse.getEmail())
                            .param("employeeNumber", someoneElse.getEmployeeNumber())
                            .param("phone", "call me")
                            .param("positionId", String.valueOf(someoneElse.getPositionId()))
                            .param("hiredOn", "2026-03-01"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);

            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
            assertThat(html.getElementById("phone-error"))
                    .as("the phone's problem")
                    .isNotNull();
            assertThat(html.getElementById("email-error"))
                    .as("the taken address, in the same round")
                    .isNotNull();
            assertThat(html.getElementById("employeeNumber-error"))
                    .as("the taken number, in the same round")
                    .isNotNull();
            assertThat(html.getElementById("email-error").text())
                    .contains("en".equals(language) ? "Another employee already has" : "Karyawan lain sudah memakai");
        }
    }

    @Test
    void aCsvLineWithABadFieldAlsoReportsItsTakenAddressAndUnknownManager() throws Exception {
        String csv =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills
                E7101,Kadek Sari,siti.rahmawati@sinarmaju.example,call me,front-desk-agent,nobody@example.com,2026-01-01,id,
                """;
        String page = mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile(
                                "file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as("hr"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "Not a valid phone number",
                        "Another employee already has the e-mail address siti.rahmawati@sinarmaju.example",
                        "No employee, here or in the file, has the e-mail address nobody@example.com");
    }

    private String page(String path, String username, String language) throws Exception {
        return mvc.perform(get(path).with(as(username)).cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageGreetsThePersonByNameInTheirLanguage() throws Exception {
        String name =
                people.nameOf(accounts.loadUserByUsername("agent").employeeId()).orElseThrow();
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(page("/", "agent", "en"));
        assertThat(english.getElementById("welcome").text()).contains(name).doesNotContain("agent");
        assertThat(english.text()).doesNotContain("next versions");
        assertThat(english.select("main a[href=/departments]"))
                .as("agents have no departments")
                .isEmpty();
        org.jsoup.nodes.Document indonesian = org.jsoup.Jsoup.parse(page("/", "agent", "id"));
        assertThat(indonesian.getElementById("welcome").text()).contains(name).doesNotContain("agent");
        assertThat(indonesian.text()).doesNotContain("versi Kantor berikutnya");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldAndLosesNothing() throws Exception {
        long id = employeeId("hendra.gunawan@sinarmaju.example");
        var employee = people.employee(id).orElseThrow();
        String version = String.valueOf(employee.getVersion());

        mvc.perform(post("/people/" + id + "/edit")
                        .with(as("hr"))
                        .with(csrf())
                        .param("fullName", "Hendra Gunawan")
                        .param("email", employee.getEmail())
                        .param("phone", "+62 811-0000-1111")
                        .param("positionId", String.valueOf(employee.getPositionId()))
                        .param("managerId", String.valueOf(employee.getManagerId()))
                        .param("languages", "id")
                        .param("version", version))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/people/" + id + "/edit")
                        .with(as("admin"))
                        .with(csrf())
                        .param("fullName", "Hendra G.")
                        .param("email", employee.getEmail())
                        .param("positionId", String.valueOf(employee.getPositionId()))
                        .param("languages", "id")
                        .param("version", version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Someone else changed this in the meantime");
        assertThat(people.employee(id).orElseThrow().getPhone()).isEqualTo("+62 811-0000-1111");
        assertThat(people.employee(id).orElseThrow().getFullName()).isEqualTo("Hendra Gunawan");
    }

    @Test
    void aCsvWithABadLineImportsNothingAndShowsEveryBadLine() throws Exception {
        String csv =
                """
                employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills
                E7001,Nyoman Putra,nyoman@example.com,,front-desk-agent,,2026-01-01,id,customer-service:2
                E7002,,bad-address,,nope,,2026-13-01,id,billing:3
                E7003,Made Wirawan,nyoman@example.com,,front-desk-agent,nobody@example.com,,id;en,
                """;
        String page = mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile(
                                "file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as("hr"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        "Nothing was imported",
                        "There is no position with the code nope",
                        "2026-13-01 is not a date",
                        "The e-mail address nyoman@example.com is already on line 2",
                        "No employee, here or in the file, has the e-mail address nobody@example.com");
        assertThat(people.employeeByEmail("nyoman@example.com")).isEmpty();
    }

    @Test
    void theLanguageChoiceSticksInACookie() throws Exception {
        var switched = mvc.perform(get("/people").param("lang", "id").with(as("agent")))
                .andExpect(status().isOk())
                .andExpect(cookie().value("kantor-language", "id"))
                .andReturn();
        assertThat(switched.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Karyawan", "Jabatan");

        String later = mvc.perform(get("/departments")
                        .cookie(new Cookie("kantor-language", "id"))
                        .with(as("agent")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).contains("Departemen", "Orang");

        String english = mvc.perform(get("/departments")
                        .header("Accept-Language", "id")
                        .param("lang", "en")
                        .with(as("agent")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Departments");
    }

    @Test
    void aMissingEmployeePageIsALocalized404() throws Exception {
        String page = mvc.perform(get("/people/987654").with(as("agent")).cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Halaman atau data ini tidak ada.");
    }

    @Test
    void onlyAdminsReadTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("hr", "demo"))).andExpect(status().isForbidden());
    }
}
