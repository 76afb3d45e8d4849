package dev.kantor.staffing.queues;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.UserAccounts;

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

/** Work queue pages: managers define and change queues, others only look; bad input and stale edits. */
@SpringBootTest
@AutoConfigureMockMvc
class QueuePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StoredQueues queues;

    @Autowired
    AuditTrail audit;

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

    /** A complete, valid queue form, with some fields replaced ("" leaves a field empty). */
    private static MockHttpServletRequestBuilder queueForm(String path, String name, String... replaced) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", name);
        fields.put("channel", "CHAT");
        fields.put("ahtSeconds", "240");
        fields.put("serviceLevelPercent", "80");
        fields.put("targetSeconds", "60");
        fields.put("maxOccupancyPercent", "85");
        fields.put("shrinkagePercent", "25");
        fields.put("patienceSeconds", "180");
        String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
        for (int i = 0; i < days.length; i++) {
            fields.put("days[" + i + "].day", days[i]);
            fields.put("days[" + i + "].opens", i < 5 ? "08:00" : "");
            fields.put("days[" + i + "].closes", i < 5 ? "20:00" : "");
        }
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder newQueue(String name, String... replaced) {
        return queueForm("/staffing/queues/new", name, replaced);
    }

    @Test
    void aManagerDefinesAQueueThatEveryoneThenSees() throws Exception {
        mvc.perform(newQueue("Live chat").with(as("manager"))).andExpect(redirectedUrl("/staffing"));

        WorkQueue chat = queues.findByName("live chat").orElseThrow();
        assertThat(chat.isOpen(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(19, 45)))
                .isTrue();
        assertThat(chat.isOpen(java.time.DayOfWeek.SATURDAY, java.time.LocalTime.NOON))
                .isFalse();
        assertThat(chat.patienceSeconds()).isEqualTo(180.0);
        assertThat(audit.of("work-queue", chat.id())).hasSize(1);

        assertThat(html(get("/staffing"), "accountant", "en"))
                .contains("Live chat", "80% within 60 s")
                .doesNotContain("id=\"new-queue\"", "/edit");
        assertThat(html(get("/staffing"), "agent", "id")).contains("Live chat", "80% dalam 60 dtk", "Antrean kerja");
        assertThat(html(get("/staffing"), "manager", "en"))
                .contains("id=\"new-queue\"", "/staffing/queues/" + chat.id() + "/edit");
    }

    @Test
    void theAuditTrailNamesAQueueAndItsFieldsInBothLanguages() throws Exception {
        mvc.perform(newQueue("Audited chat").with(as("manager"))).andExpect(redirectedUrl("/staffing"));

        String english = html(get("/audit").param("type", "work-queue").param("q", "audited chat"), "hr", "en");
        assertThat(english)
                .contains(
                        "Work queue",
                        "Audited chat",
                        "Channel: Web chat",
                        "Opening hours Monday: 08:00–20:00",
                        "Shrinkage (%): 25")
                .doesNotContain("??", "hours.MONDAY", "shrinkagePercent");
        String indonesian = html(get("/audit").param("type", "work-queue").param("q", "audited chat"), "admin", "id");
        assertThat(indonesian)
                .contains(
                        "Antrean kerja",
                        "Saluran: Obrolan web",
                        "Jam buka Senin: 08:00–20:00",
                        "Kesabaran pelanggan (detik): 180")
                .doesNotContain("??", "hours.MONDAY", "patienceSeconds");
    }

    @Test
    void agentsAndStaffCannotDefineOrChangeQueues() throws Exception {
        for (String user : new String[] {"agent", "accountant", "hr"}) {
            mvc.perform(get("/staffing/queues/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(newQueue("Not allowed " + user).with(as(user))).andExpect(status().isForbidden());
        }
        long id = queues.all().get(0).id();
        mvc.perform(get("/staffing/queues/" + id + "/edit").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/staffing/queues/" + id + "/edit")
                        .with(csrf())
                        .with(as("agent"))
                        .param("name", "Taken over"))
                .andExpect(status().isForbidden());
        assertThat(queues.findByName("Not allowed agent")).isEmpty();
        assertThat(queues.findByName("Taken over")).isEmpty();
    }

    @Test
    void badInputIsMarkedInBothLanguagesAndNothingIsStored() throws Exception {
        var bad = newQueue(
                "Broken queue",
                "ahtSeconds",
                "0",
                "shrinkagePercent",
                "100",
                "days[0].opens",
                "08:10",
                "patienceSeconds",
                "soon");

        String english = html(bad, "manager", "en");
        assertThat(english)
                .contains(
                        "Nothing was saved.",
                        "The handling time must be longer than zero",
                        "Shrinkage goes from 0% to below 100%",
                        "Give opening and closing times on the quarter hour",
                        "Not a valid number.");

        var badAgain = newQueue("Broken queue", "serviceLevelPercent", "");
        String indonesian = html(badAgain, "manager", "id");
        assertThat(indonesian).contains("Isi tingkat layanan");
        assertThat(queues.findByName("Broken queue")).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(newQueue("Counter B").with(as("manager"))).andExpect(redirectedUrl("/staffing"));
        WorkQueue queue = queues.findByName("Counter B").orElseThrow();
        String edit = html(get("/staffing/queues/" + queue.id() + "/edit"), "manager", "en");
        assertThat(edit).contains("value=\"Counter B\"", "value=\"08:00\"");

        String path = "/staffing/queues/" + queue.id() + "/edit";
        String version = String.valueOf(queue.version());
        mvc.perform(queueForm(path, "Counter B, first", "version", version).with(as("manager")))
                .andExpect(redirectedUrl("/staffing"));

        String stale =
                html(queueForm(path, "Counter B, second", "version", version, "ahtSeconds", "300"), "manager", "en");

        assertThat(stale).contains("Someone else changed this in the meantime.");
        assertThat(queues.get(queue.id()).name()).isEqualTo("Counter B, first");
    }

    @Test
    void aManagerRemovesAQueueAfterBeingAskedAndOthersCannot() throws Exception {
        mvc.perform(newQueue("Counter C").with(as("manager"))).andExpect(redirectedUrl("/staffing"));
        WorkQueue queue = queues.findByName("Counter C").orElseThrow();
        String path = "/staffing/queues/" + queue.id() + "/remove";

        String edit = html(get("/staffing/queues/" + queue.id() + "/edit"), "manager", "id");
        assertThat(edit)
                .contains(
                        "id=\"remove-queue\"",
                        "Hapus antrean ini",
                        "data-confirm=\"Hapus antrean kerja Counter C beserta riwayat kontak");
        assertThat(html(get("/staffing/queues/new"), "manager", "en")).doesNotContain("id=\"remove-queue\"");

        for (String user : new String[] {"agent", "accountant", "hr"}) {
            mvc.perform(post(path).with(csrf()).with(as(user)).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        var stale = mvc.perform(post(path)
                        .with(csrf())
                        .with(as("manager"))
                        .param("version", "7")
                        .cookie(new Cookie("kantor-language", "id")))
                .andExpect(redirectedUrl("/staffing/queues/" + queue.id() + "/edit"))
                .andReturn();
        assertThat((String) stale.getFlashMap().get("failure")).isNotBlank();
        assertThat(queues.find(queue.id())).isPresent();

        var removed = mvc.perform(post(path)
                        .with(csrf())
                        .with(as("manager"))
                        .param("version", "0")
                        .cookie(new Cookie("kantor-language", "id")))
                .andExpect(redirectedUrl("/staffing"))
                .andReturn();
        assertThat((String) removed.getFlashMap().get("success"))
                .isEqualTo(
                        "Antrean kerja Counter C telah dihapus, beserta riwayat kontak dan penyesuaian prakiraannya.");
        assertThat(queues.find(queue.id())).isEmpty();
        assertThat(audit.of("work-queue", queue.id()))
                .extracting(e -> e.action().name())
                .contains("DELETED");
        assertThat(html(get("/audit").param("type", "work-queue"), "admin", "en"))
                .contains("Counter C", "Removed");
    }
}
