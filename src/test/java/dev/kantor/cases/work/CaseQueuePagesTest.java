package dev.kantor.cases.work;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jakarta.servlet.http.Cookie;

import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.views.SortColumn;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case queue's page: every column sorted both ways (in the address, marked for screen
 * readers), saved views that only their owner sees, and bulk changes that go case by case through
 * the same rules as one change at a time, in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseQueuePagesTest {

    private static final Pattern ROW = Pattern.compile("<tr data-case=\"(\\d+)\"");

    /** Three cases for all the sorting tests, opened once: each test only reads them. */
    private static QueueCases.Three three;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseWork work;

    QueueCases cases() {
        return new QueueCases(intake, work, accounts);
    }

    synchronized QueueCases.Three three() {
        if (three == null) {
            three = cases().three();
        }
        return three;
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String page(String url, String username) throws Exception {
        return page(url, username, "en");
    }

    String page(String url, String username, String language) throws Exception {
        return mvc.perform(get(url).with(as(username)).cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static List<Long> rows(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    int version(long caseId) {
        return jdbc.sql("select version from customer_case where id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    long employee(String username) {
        return accounts.loadUserByUsername(username).employeeId();
    }

    static String checked(CustomerCase c, int version) {
        return c.getId() + ":" + version;
    }

    String checked(CustomerCase c) {
        return checked(c, version(c.getId()));
    }

    static Stream<Arguments> everyColumnBothWays() {
        return Stream.of(SortColumn.values()).flatMap(c -> Stream.of(Arguments.of(c, true), Arguments.of(c, false)));
    }

    @ParameterizedTest(name = "{0}, ascending: {1}")
    @MethodSource("everyColumnBothWays")
    void sortsEveryColumnBothWaysOnTheServerAndSaysSoToScreenReaders(SortColumn column, boolean ascending)
            throws Exception {
        QueueCases.Three t = three();
        String dir = ascending ? "asc" : "desc";

        String html = page("/cases?q=" + t.marker() + "&sort=" + column.parameter() + "&dir=" + dir, "manager");

        assertThat(rows(html)).containsExactlyElementsOf(t.sorted(column, ascending));
        String header = "class=\"cq-" + column.parameter() + "\"";
        assertThat(html)
                .containsPattern("aria-sort=\"" + (ascending ? "ascending" : "descending") + "\"\\s+" + header)
                .doesNotContainPattern("aria-sort=\"[a-z]+\"\\s+class=\"cq-(?!" + column.parameter() + "\")");
        // the header links to the other direction, keeping the search
        String other = ascending ? "desc" : "asc";
        assertThat(html)
                .contains("href=\"/cases?q=" + t.marker() + "&amp;sort=" + column.parameter() + "&amp;dir=" + other
                        + "\"");
    }

    @Test
    void aBadSortInTheAddressFallsBackToNewestFirstInsteadOfFailing() throws Exception {
        QueueCases.Three t = three();

        String html = page("/cases?q=" + t.marker() + "&sort=salary&dir=sideways", "manager");

        assertThat(rows(html)).containsExactlyElementsOf(t.sorted(SortColumn.OPENED, false));
    }

    @Test
    void aSavedViewIsOnlyItsOwnersAndTheDefaultOneOpensTheQueue() throws Exception {
        String marker = QueueCases.marker();
        CustomerCase urgent =
                cases().walkIn("agent", "Eka " + marker, "Urgent " + marker, dev.kantor.cases.Priority.URGENT);
        CustomerCase low = cases().walkIn("agent", "Fajar " + marker, "Low " + marker, dev.kantor.cases.Priority.LOW);
        String name = "My urgent " + marker;

        // the agent saves the urgent cases oldest first as the view the queue opens with
        String location = mvc.perform(post("/cases/views")
                        .with(as("agent"))
                        .with(csrf())
                        .param("name", name)
                        .param("priority", "URGENT")
                        .param("q", marker)
                        .param("sort", "opened")
                        .param("dir", "asc")
                        .param("makeDefault", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/cases\\?view=\\d+");
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));

        // /cases with nothing in the address opens it: the urgent case only, the view marked as on show
        String queue = page("/cases", "agent");
        assertThat(rows(queue)).containsExactly(urgent.getId()).doesNotContain(low.getId());
        assertThat(queue).containsPattern("aria-current=\"page\">\\s*<span>" + name + "</span>");
        assertThat(queue).containsPattern("aria-sort=\"ascending\"\\s+class=\"cq-opened\"");
        assertThat(page("/cases/views", "agent")).contains(name, "default");

        // nobody else sees it, opens it, changes it or deletes it
        assertThat(page("/cases", "manager")).doesNotContain(name);
        assertThat(page("/cases/views", "manager")).doesNotContain(name);
        assertThat(page("/cases?view=" + id, "manager"))
                .contains("There is no such view, or it is not yours")
                .doesNotContain(name);
        mvc.perform(post("/cases/views/" + id + "/delete").with(as("manager")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cases/views/" + id + "/default").with(as("manager")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/views/" + id + "/edit").with(as("manager"))).andExpect(status().isNotFound());

        mvc.perform(post("/cases/views/" + id + "/edit")
                        .with(as("manager"))
                        .with(csrf())
                        .param("name", "Taken over")
                        .param("version", "0"))
                .andExpect(status().isNotFound());

        // the agent renames it, keeping it the default; a stale rename is refused on the form
        String renamed = "Urgent, oldest first " + marker;
        int version = jdbc.sql("select version from case_view where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        mvc.perform(post("/cases/views/" + id + "/edit")
                        .with(as("agent"))
                        .with(csrf())
                        .param("name", renamed)
                        .param("makeDefault", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases", "agent")).containsPattern("aria-current=\"page\">\\s*<span>" + renamed + "</span>");
        assertThat(mvc.perform(post("/cases/views/" + id + "/edit")
                                .with(as("agent"))
                                .with(csrf())
                                .param("name", "Again")
                                .param("version", String.valueOf(version)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Someone else changed this in the meantime.");

        // the agent deletes it; the queue opens with all open cases again
        mvc.perform(post("/cases/views/" + id + "/delete").with(as("agent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases/views", "agent")).doesNotContain(renamed);
        String after = page("/cases?q=" + marker, "agent");
        assertThat(rows(after)).containsExactlyInAnyOrder(urgent.getId(), low.getId());
        assertThat(page("/cases", "agent")).doesNotContain(renamed);
    }

    @Test
    void aViewWithoutANameOrWithANameTakenIsRefusedOnTheFormInBothLanguages() throws Exception {
        String name = "Mine today " + QueueCases.marker();
        mvc.perform(post("/cases/views")
                        .with(as("agent"))
                        .with(csrf())
                        .param("name", name)
                        .param("owner", "MINE"))
                .andExpect(status().is3xxRedirection());
        long before = jdbc.sql("select count(*) from case_view where owner_username = 'agent'")
                .query(Long.class)
                .single();

        String blank = save("agent", "en", "  ")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("is-invalid", "Required.");
        String taken = save("agent", "en", " " + name.toUpperCase(java.util.Locale.ROOT) + " ")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(taken).contains("You already have a view called “" + name + "”.");
        String takenInIndonesian = save("agent", "id", name)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(takenInIndonesian).contains("Anda sudah memiliki tampilan bernama “" + name + "”.");

        assertThat(jdbc.sql("select count(*) from case_view where owner_username = 'agent'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        // the same name is free for someone else
        save("manager", "en", name).andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions save(String user, String language, String name)
            throws Exception {
        return mvc.perform(post("/cases/views")
                .with(as(user))
                .with(csrf())
                .cookie(new Cookie("kantor-language", language))
                .param("name", name)
                .param("owner", "MINE"));
    }

    @Test
    void aManagerAssignsManyCasesAndIsToldWhichWereRefusedAndWhy() throws Exception {
        QueueCases q = cases();
        String marker = QueueCases.marker();
        CustomerCase first = q.walkIn("agent", "Gita " + marker, "Kettle " + marker, dev.kantor.cases.Priority.NORMAL);
        CustomerCase second =
                q.walkIn("agent", "Hadi " + marker, "Toaster " + marker, dev.kantor.cases.Priority.NORMAL);
        CustomerCase stale = q.walkIn("agent", "Indah " + marker, "Mixer " + marker, dev.kantor.cases.Priority.NORMAL);
        CustomerCase closed = q.closed("agent", "Blender " + marker);
        int staleVersion = version(stale.getId());
        // the agent hands the third case on after the manager's page showed it (a reply alone would not
        // conflict with a new owner: only a change of the same field does)
        q.as("agent", () -> work.assign(stale.getId(), employee("manager"), staleVersion));
        long accountant = employee("accountant");

        MvcResult result = bulk(
                "manager",
                "en",
                "ASSIGN",
                String.valueOf(accountant),
                null,
                marker,
                checked(first),
                checked(second),
                checked(stale, staleVersion),
                checked(closed));

        BulkReport report = (BulkReport) result.getFlashMap().get("bulk");
        assertThat(report.changed()).isEqualTo(2);
        assertThat(report.refused())
                .extracting(BulkReport.Refused::reference, BulkReport.Refused::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                stale.getReference(),
                                "Someone else changed this in the meantime. Reload it and apply your change again."),
                        org.assertj.core.groups.Tuple.tuple(closed.getReference(), "This case is closed."));
        assertThat(owner(first)).isEqualTo(accountant);
        assertThat(owner(second)).isEqualTo(accountant);
        assertThat(owner(stale))
                .as("a refused case is left as the agent left it")
                .isEqualTo(employee("manager"));
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/cases?q=" + marker);

        // and in Indonesian
        MvcResult again = bulk("manager", "id", "ASSIGN", String.valueOf(accountant), null, marker, checked(closed));
        BulkReport inIndonesian = (BulkReport) again.getFlashMap().get("bulk");
        assertThat(inIndonesian.changed()).isZero();
        assertThat(inIndonesian.refused())
                .singleElement()
                .extracting(BulkReport.Refused::reason)
                .isEqualTo("Kasus ini sudah ditutup.");
    }

    @Test
    void agentsAndStaffBulkAssignOnlyWhatTheyMayOneAtATime() throws Exception {
        QueueCases q = cases();
        String marker = QueueCases.marker();
        CustomerCase agents = q.walkIn("agent", "Joko " + marker, "Iron " + marker, dev.kantor.cases.Priority.NORMAL);
        CustomerCase managers =
                q.walkIn("manager", "Kartika " + marker, "Fan " + marker, dev.kantor.cases.Priority.NORMAL);
        long accountant = employee("accountant");

        // one at a time, the agent may not hand the manager's case to a third person
        mvc.perform(post("/cases/" + managers.getId() + "/owner")
                        .with(as("agent"))
                        .with(csrf())
                        .param("ownerId", String.valueOf(accountant))
                        .param("version", String.valueOf(version(managers.getId()))))
                .andExpect(status().is3xxRedirection());
        assertThat(owner(managers)).isEqualTo(employee("manager"));

        // nor many at once: their own case goes, the manager's stays with her
        MvcResult result = bulk(
                "agent", "en", "ASSIGN", String.valueOf(accountant), null, marker, checked(agents), checked(managers));
        BulkReport report = (BulkReport) result.getFlashMap().get("bulk");
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.refused()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo(managers.getReference());
            assertThat(r.reason()).startsWith("A colleague owns this case: only a manager hands it");
        });
        assertThat(owner(agents)).isEqualTo(accountant);
        assertThat(owner(managers)).isEqualTo(employee("manager"));

        // putting a colleague's case back in the queue is refused too; taking it oneself is not
        BulkReport released = (BulkReport) bulk("accountant", "id", "ASSIGN", "nobody", null, marker, checked(managers))
                .getFlashMap()
                .get("bulk");
        assertThat(released.refused())
                .singleElement()
                .extracting(BulkReport.Refused::reason)
                .asString()
                .startsWith("Kasus ini milik rekan Anda");
        BulkReport taken = (BulkReport) bulk("agent", "en", "ASSIGN", "me", null, marker, checked(managers))
                .getFlashMap()
                .get("bulk");
        assertThat(taken.changed()).isEqualTo(1);
        assertThat(owner(managers)).isEqualTo(employee("agent"));

        // those who do not work cases have no bulk changes at all
        mvc.perform(post("/cases/bulk")
                        .with(as("hr"))
                        .with(csrf())
                        .param("action", "ASSIGN")
                        .param("assignee", "me")
                        .param("cases", checked(agents)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBulkStatusChangeFollowsTheSameRulesAsOneAtATime() throws Exception {
        QueueCases q = cases();
        String marker = QueueCases.marker();
        CustomerCase open = q.walkIn("agent", "Lina " + marker, "Radio " + marker, dev.kantor.cases.Priority.NORMAL);
        CustomerCase other = q.walkIn("agent", "Mira " + marker, "Lamp " + marker, dev.kantor.cases.Priority.NORMAL);

        // a case cannot be closed before it is resolved, at once or one at a time
        BulkReport report =
                (BulkReport) bulk("agent", "en", "CHANGE_STATUS", null, "CLOSED", marker, checked(open), checked(other))
                        .getFlashMap()
                        .get("bulk");
        assertThat(report.changed()).isZero();
        assertThat(report.refused()).hasSize(2);

        BulkReport waiting = (BulkReport)
                bulk("agent", "en", "CHANGE_STATUS", null, "WAITING_ON_CUSTOMER", marker, checked(open), checked(other))
                        .getFlashMap()
                        .get("bulk");
        assertThat(waiting.changed()).isEqualTo(2);
        assertThat(waiting.refused()).isEmpty();
        assertThat(jdbc.sql("select status from customer_case where id in (?, ?)")
                        .params(open.getId(), other.getId())
                        .query(String.class)
                        .list())
                .containsOnly("WAITING_ON_CUSTOMER");

        // nothing checked: told so, nothing changes
        MvcResult none = mvc.perform(post("/cases/bulk")
                        .with(as("agent"))
                        .with(csrf())
                        .param("action", "CHANGE_STATUS")
                        .param("status", "OPEN"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(none.getFlashMap().get("failure")).isEqualTo("Check the cases to change first.");
    }

    MvcResult bulk(
            String user, String language, String action, String assignee, String status, String q, String... checked)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/bulk")
                .with(as(user))
                .with(csrf())
                .cookie(new Cookie("kantor-language", language))
                .param("action", action)
                .param("q", q)
                .param("cases", checked);
        if (assignee != null) {
            request.param("assignee", assignee);
        }
        if (status != null) {
            request.param("status", status);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    Long owner(CustomerCase c) {
        return jdbc.sql("select owner_id from customer_case where id = ?")
                .param(c.getId())
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
