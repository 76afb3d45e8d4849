package dev.kantor.cases.attachments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a file on a case is kept under. */
class CaseAttachmentNamesTest {

    @Test
    void namesLoseTheirFolderAndControlCharacters() {
        assertThat(CaseAttachments.nameOf("C:\\Users\\wulan\\Foto kulkas.jpg")).isEqualTo("Foto kulkas.jpg");
        assertThat(CaseAttachments.nameOf("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CaseAttachments.nameOf("a\u0000b\n\"c\".png")).isEqualTo("abc.png");
        assertThat(CaseAttachments.nameOf("")).isEqualTo("file");
        assertThat(CaseAttachments.nameOf("x".repeat(300) + ".jpeg"))
                .hasSize(200)
                .endsWith(".jpeg");
    }
}
