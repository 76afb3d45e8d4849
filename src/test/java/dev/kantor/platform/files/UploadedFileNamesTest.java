package dev.kantor.platform.files;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a file sent on a case or an internal request is kept under, and the bytes that tell its kind. */
class UploadedFileNamesTest {

    @Test
    void namesLoseTheirFolderAndControlCharacters() {
        assertThat(UploadedFiles.nameOf("C:\\Users\\wulan\\Foto kulkas.jpg")).isEqualTo("Foto kulkas.jpg");
        assertThat(UploadedFiles.nameOf("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFiles.nameOf("a\u0000b\n\"c\".png")).isEqualTo("abc.png");
        assertThat(UploadedFiles.nameOf("")).isEqualTo("file");
        assertThat(UploadedFiles.nameOf(null)).isEqualTo("file");
        assertThat(UploadedFiles.nameOf("x".repeat(300) + ".jpeg")).hasSize(200).endsWith(".jpeg");
    }

    @Test
    void theHeadIsTheFirstBytesOfTheFile() {
        byte[] content = new byte[FileSniffer.HEAD + 10];
        content[0] = 7;

        assertThat(UploadedFiles.head(new MockMultipartFile("file", content))).hasSize(FileSniffer.HEAD);
        assertThat(UploadedFiles.head(new MockMultipartFile("file", new byte[] {1, 2})))
                .containsExactly(1, 2);
    }
}
