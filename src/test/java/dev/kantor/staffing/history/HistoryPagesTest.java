package dev.kantor.staffing.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.staffing.DayHours;
import dev.kantor.staffing.IntervalVolume;
import dev.kantor.staffing.QueueChannel;
import dev.kantor.staffing.QueueDetails;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing contact history: all or nothing, every bad line reported, only managers and admins. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryPagesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    StoredQueues queues;

    @Autowired
    StoredHistory history;

    WorkQueue line;

    @BeforeEach
    void aQueue() {
        line = queues.findByName("Import line")
                .orElseGet(() -> SystemUser.call(() -> queues.create(new QueueDetails(
                        "Import line",
                        QueueChannel.PHONE,
                        List.of(new DayHours(java.time.DayOfWeek.MONDAY, "08:00", "17:00")),
                        180.0,
                        80.0,
                        20.0,
                        null,
                        85.0,
                        30.0,
                        null,
                        null))));
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "history.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<IntervalVolume> stored(String day) {
        Instant from = LocalDateTime.parse(day + "T00:00").atZone(JAKARTA).toInstant();
        return history.between(line.id(), from, from.plusSeconds(86_400));
    }

    @Test
    void aManagerImportsAFileWrittenByExcel() throws Exception {
        String file = "\uFEFFinterval_start;queue;contacts;aht_seconds\n"
                + "2026-01-05 08:00;Import line;12;190\n"
                + "2026-01-05T08:15;IMPORT LINE;15;\n"
                + "2026-01-05 08:30+07:00;import line;0;\n";

        mvc.perform(multipart("/staffing/history/import")
                        .file(csv(file))
                        .with(csrf())
                        .with(as("manager")))
                .andExpect(redirectedUrl("/staffing"));

        List<IntervalVolume> volumes = stored("2026-01-05");
        assertThat(volumes).extracting(IntervalVolume::contacts).containsExactly(12, 15, 0);
        assertThat(volumes.get(0).ahtSeconds()).isEqualTo(190.0);
        assertThat(volumes.get(1).ahtSeconds()).isNull();
        assertThat(volumes.get(0).start()).isEqualTo(Instant.parse("2026-01-05T01:00:00Z"));
    }

    @Test
    void aFileWithBadLinesImportsNothingAndNamesEveryLineInBothLanguages() throws Exception {
        String file = "interval_start,queue,contacts,aht_seconds\n"
                + "2026-01-12 08:00,Import line,12,190\n"
                + "2026-01-12 08:10,Import line,12,190\n"
                + "2026-01-12 08:15,Nowhere,-3,0\n"
                + "2026-01-12 08:00,Import line,9,\n"
                + "yesterday,Import line,many,\n";

        String english = mvc.perform(multipart("/staffing/history/import")
                        .file(csv(file))
                        .with(csrf())
                        .with(as("admin"))
                        .cookie(new Cookie("kantor-language", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(english)
                .contains(
                        "Nothing was imported: 7 problems in history.csv.",
                        "2026-01-12 08:10 is not the start of a quarter hour",
                        "There is no work queue called Nowhere.",
                        "-3 is not a number of contacts",
                        "0 is not a handling time",
                        "The interval 2026-01-12 08:00 of this queue is already on line 2.",
                        "many is not a number of contacts");
        assertThat(stored("2026-01-12")).isEmpty();

        String indonesian = mvc.perform(multipart("/staffing/history/import")
                        .file(csv(file))
                        .with(csrf())
                        .with(as("admin"))
                        .cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(indonesian).contains("Tidak ada yang diimpor", "Tidak ada antrean kerja bernama Nowhere.");
        assertThat(stored("2026-01-12")).isEmpty();
    }

    @Test
    void missingColumnsAndEmptyFilesAreExplained() throws Exception {
        String page = mvc.perform(multipart("/staffing/history/import")
                        .file(csv("start,queue\n1,2\n"))
                        .with(csrf())
                        .with(as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Columns missing: interval_start, contacts, aht_seconds.");
        String none = mvc.perform(
                        multipart("/staffing/history/import").with(csrf()).with(as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("Choose a file to import.");
    }

    @Test
    void agentsAndStaffCannotImport() throws Exception {
        String file = "interval_start,queue,contacts,aht_seconds\n2026-01-19 08:00,Import line,12,190\n";
        for (String user : new String[] {"agent", "accountant", "hr"}) {
            mvc.perform(get("/staffing/history/import").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/staffing/history/import")
                            .file(csv(file))
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(stored("2026-01-19")).isEmpty();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/staffing/queues/" + line.id() + "/history/from-cases")
                        .with(csrf())
                        .with(as("agent")))
                .andExpect(status().isForbidden());
    }
}
