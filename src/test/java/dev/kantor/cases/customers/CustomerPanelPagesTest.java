package dev.kantor.cases.customers;

import java.util.UUID;
import jakarta.servlet.http.Cookie;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer beside a case on its page: their other cases and ratings, their details corrected
 * (a stale version refused), and duplicates found and merged by managers only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerPanelPagesTest {

    private static final Cookie ENGLISH = new Cookie("kantor-language", "en");
    private static final Cookie INDONESIAN = new Cookie("kantor-language", "id");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseIntake intake;

    @Autowired
    Customers customers;

    @Autowired
    UserAccounts accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    CustomerCase opened(String email, String subject) {
        return intake.open(
                        new NewCase(
                                "Rina Kartika",
                                email,
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.QUESTION,
                                "delivery",
                                null,
                                subject,
                                "Kapan pesanan saya tiba?"),
                        null)
                .customerCase();
    }

    String page(String path, String user, Cookie language) throws Exception {
        return mvc.perform(get(path).with(as(user)).cookie(language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theCasePageShowsTheCustomersOtherCasesAndTakesCorrectedDetails() throws Exception {
        String email = "rina." + UUID.randomUUID() + "@example.com";
        CustomerCase first = opened(email, "Pesanan pertama");
        CustomerCase second = opened(email, "Pesanan kedua");
        assertThat(second.getCustomerId()).isEqualTo(first.getCustomerId());

        String shown = page("/cases/" + second.getId(), "agent", INDONESIAN);
        assertThat(shown)
                .contains("id=\"customer-other-cases\"", first.getReference(), "Seluruhnya 2 kasus", "Ubah data")
                .doesNotContain("id=\"customer-merge\"");

        Customer customer = customers.findById(first.getCustomerId()).orElseThrow();
        mvc.perform(post("/customers/" + customer.id())
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(ENGLISH)
                        .param("fullName", "Rina Kartika Sari")
                        .param("email", email)
                        .param("phone", "+62 812 1111 2222")
                        .param("language", "en")
                        .param("version", String.valueOf(customer.version()))
                        .param("caseId", String.valueOf(second.getId())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "The customer's details were saved."));
        assertThat(customers.findById(customer.id()).orElseThrow()).satisfies(c -> {
            assertThat(c.fullName()).isEqualTo("Rina Kartika Sari");
            assertThat(c.language()).isEqualTo("en");
        });

        mvc.perform(post("/customers/" + customer.id())
                        .with(as("agent"))
                        .with(csrf())
                        .cookie(ENGLISH)
                        .param("fullName", "Someone Else")
                        .param("language", "id")
                        .param("version", String.valueOf(customer.version()))
                        .param("caseId", String.valueOf(second.getId())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("failure"));
        assertThat(customers.findById(customer.id()).orElseThrow().fullName()).isEqualTo("Rina Kartika Sari");
    }

    @Test
    void onlyManagersFindAndMergeDuplicates() throws Exception {
        CustomerCase kept = opened("rina.kept." + UUID.randomUUID() + "@example.com", "Satu");
        String other = "rina.other." + UUID.randomUUID() + "@example.com";
        CustomerCase duplicate = opened(other, "Dua");
        long keptId = kept.getCustomerId();

        assertThat(page("/cases/" + kept.getId(), "manager", ENGLISH)).contains("id=\"customer-merge\"");
        mvc.perform(get("/customers/" + keptId + "/duplicates")
                        .with(as("agent"))
                        .param("q", other)
                        .param("caseId", String.valueOf(kept.getId())))
                .andExpect(status().isForbidden());
        String found = mvc.perform(get("/customers/" + keptId + "/duplicates")
                        .with(as("manager"))
                        .cookie(ENGLISH)
                        .header("HX-Request", "true")
                        .param("q", other)
                        .param("caseId", String.valueOf(kept.getId())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(found).contains(other, "Merge into this customer");

        mvc.perform(post("/customers/" + keptId + "/merge")
                        .with(as("agent"))
                        .with(csrf())
                        .param("duplicateId", String.valueOf(duplicate.getCustomerId()))
                        .param("caseId", String.valueOf(kept.getId())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + keptId + "/merge")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(ENGLISH)
                        .param("duplicateId", String.valueOf(keptId))
                        .param("caseId", String.valueOf(kept.getId())))
                .andExpect(flash().attributeExists("failure"));
        mvc.perform(post("/customers/" + keptId + "/merge")
                        .with(as("manager"))
                        .with(csrf())
                        .cookie(ENGLISH)
                        .param("duplicateId", String.valueOf(duplicate.getCustomerId()))
                        .param("caseId", String.valueOf(kept.getId())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("success"));
        assertThat(customers.findById(duplicate.getCustomerId())).isEmpty();
        assertThat(page("/cases/" + duplicate.getId(), "agent", ENGLISH)).contains("2 cases in all");
    }
}
