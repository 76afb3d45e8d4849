package dev.kantor.cases.portal;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Customers writing in on the portal with files: kept with their first message, or refused with nothing stored. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalFilesPagesTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MockMultipartHttpServletRequestBuilder writingIn(String address, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = multipart("/portal").file(file);
        request.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        request.param("customerName", "Wulan Sari")
                .param("email", "wulan.files@example.com")
                .param("topic", "returns")
                .param("type", "COMPLAINT")
                .param("subject", "Struk pembelian")
                .param("message", "Ini struknya.")
                .param("website", "");
        return request;
    }

    long files() {
        return jdbc.sql("select count(*) from case_attachment")
                .query(Long.class)
                .single();
    }

    long cases() {
        return jdbc.sql("select count(*) from customer_case").query(Long.class).single();
    }

    @Test
    void aCustomerWritingInSendsAReceiptWithTheFirstMessage() throws Exception {
        long before = files();
        mvc.perform(writingIn("10.33.0.1", new MockMultipartFile("files", "struk.pdf", "application/pdf", PDF))
                        .cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().is3xxRedirection());
        assertThat(files()).isEqualTo(before + 1);
        assertThat(jdbc.sql(
                                """
                        select e.kind from case_attachment a join case_entry e on e.id = a.entry_id
                        order by a.id desc limit 1""")
                        .query(String.class)
                        .single())
                .isEqualTo("CUSTOMER_MESSAGE");
    }

    @Test
    void aWebPageRenamedAsAPictureIsRefusedInTheCustomersLanguageAndNothingIsStored() throws Exception {
        long filesBefore = files();
        long casesBefore = cases();
        String page = mvc.perform(writingIn(
                                "10.33.0.2",
                                new MockMultipartFile(
                                        "files",
                                        "foto.png",
                                        "image/png",
                                        "<html><script>alert(1)</script></html>".getBytes()))
                        .cookie(new Cookie("kantor-language", "id")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("foto.png bukan berkas yang dapat kami terima", "Ini struknya.");
        assertThat(files()).isEqualTo(filesBefore);
        assertThat(cases()).isEqualTo(casesBefore);
    }
}
