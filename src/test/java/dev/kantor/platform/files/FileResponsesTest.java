package dev.kantor.platform.files;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kept file is served one way: its checked type, nosniff, a download unless a picture or a PDF. */
class FileResponsesTest {

    @Test
    void aDocumentIsADownloadOfItsCheckedTypeThatTheBrowserMayNotSniff() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        FileResponses.send(response, "laporan \"akhir\".docx", FileType.DOCX, 5, out -> out.write("hello".getBytes()));

        assertThat(response.getContentType()).isEqualTo(FileType.DOCX.contentType());
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(response.getContentLengthLong()).isEqualTo(5);
        assertThat(response.getContentAsString()).isEqualTo("hello");
    }

    @Test
    void aPictureOrAPdfIsShownInTheBrowserUnderItsNameInAnyScript() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        FileResponses.send(response, "kuitansi-Ω.pdf", FileType.PDF, 3, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("inline;")
                .contains("filename*=UTF-8''kuitansi-%CE%A9.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentAsByteArray()).containsExactly(1, 2, 3);
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .hasSize(3);
    }
}
