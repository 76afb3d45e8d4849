package dev.kantor.staffing.calculator;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calculator page: the worked example in both languages, bad input, and who may use it. */
@SpringBootTest
@AutoConfigureMockMvc
class CalculatorPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    private String page(String username, String language, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(username)))
                        .cookie(new Cookie("kantor-language", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder workedExample() {
        return get("/staffing/calculator")
                .param("contacts", "100")
                .param("intervalMinutes", "30")
                .param("ahtSeconds", "180")
                .param("serviceLevelPercent", "80")
                .param("targetSeconds", "20")
                .param("maxOccupancyPercent", "85")
                .param("shrinkagePercent", "30");
    }

    @Test
    void anyoneSignedInWorksTheExampleOutInEnglish() throws Exception {
        String page = page("accountant", "en", workedExample());

        assertThat(page)
                .contains(
                        "14 agents on the floor, 20 to schedule",
                        "10.00 Erlangs",
                        "17.4%",
                        "88.8%",
                        "71.4%",
                        "7.8 s",
                        "Erlang C",
                        "Answered in 20 s");
        assertThat(page).as("13 agents miss the target, shown beside").contains("79.6%", "missed");
    }

    @Test
    void theExampleInBahasaIndonesia() throws Exception {
        String page = page("agent", "id", workedExample());

        assertThat(page)
                .contains(
                        "14 petugas bertugas, 20 dijadwalkan",
                        "10,00 Erlang",
                        "17,4%",
                        "88,8%",
                        "71,4%",
                        "7,8 dtk",
                        "Kalkulator kebutuhan staf");
    }

    @Test
    void patienceAddsAbandonment() throws Exception {
        String page = page("manager", "en", workedExample().param("patienceSeconds", "120"));
        assertThat(page).contains("Erlang A (customers give up)", "Customers giving up", "Without anyone giving up");
    }

    @Test
    void anAbandonmentCapIsExplainedInBothLanguages() throws Exception {
        String withCap = page(
                "manager", "en", workedExample().param("patienceSeconds", "120").param("maxAbandonPercent", "2"));
        assertThat(withCap)
                .contains("Most customers who may give up", "Erlang A (customers give up)")
                .contains("id=\"answer\"");

        String withoutPatience = page("manager", "id", workedExample().param("maxAbandonPercent", "2"));
        assertThat(withoutPatience)
                .contains("Batas pelanggan yang menyerah memerlukan kesabaran mereka")
                .doesNotContain("id=\"answer\"");
    }

    @Test
    void anEmptyFormAsksWithoutComplaining() throws Exception {
        String page = page("hr", "en", get("/staffing/calculator"));
        assertThat(page)
                .contains("Staffing calculator", "value=\"80.0\"")
                .doesNotContain("id=\"answer\"", "is-invalid");
    }

    @Test
    void badInputIsExplainedNextToTheFieldsInBothLanguages() throws Exception {
        java.util.function.Supplier<MockHttpServletRequestBuilder> bad = () -> get("/staffing/calculator")
                .param("contacts", "-5")
                .param("intervalMinutes", "15")
                .param("ahtSeconds", "0")
                .param("serviceLevelPercent", "100")
                .param("targetSeconds", "0")
                .param("shrinkagePercent", "100");

        String english = page("agent", "en", bad.get());
        assertThat(english)
                .contains(
                        "Contacts cannot be negative.",
                        "The handling time must be longer than zero",
                        "No number of agents can meet this target",
                        "Shrinkage goes from 0% to below 100%")
                .doesNotContain("id=\"answer\"");

        String indonesian = page("agent", "id", bad.get());
        assertThat(indonesian).contains("Jumlah kontak tidak boleh negatif.", "Tidak ada jumlah petugas");

        String unreadable = page(
                "agent",
                "en",
                get("/staffing/calculator").param("contacts", "many").param("ahtSeconds", "180"));
        assertThat(unreadable).contains("Not a valid number.").doesNotContain("id=\"answer\"");
    }

    @Test
    void visitorsMustSignIn() throws Exception {
        mvc.perform(workedExample().accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
