package dev.kantor.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileSnifferTest {

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void picturesAndPdfAreToldByTheirContentWhateverTheirName() {
        assertThat(FileSniffer.identify("photo.png", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)))
                .contains(FileType.JPEG);
        assertThat(FileSniffer.identify("x", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)))
                .contains(FileType.PNG);
        assertThat(FileSniffer.identify("a.gif", text("GIF89a..."))).contains(FileType.GIF);
        assertThat(FileSniffer.identify("a.webp", text("RIFF\0\0\0\0WEBPVP8 "))).contains(FileType.WEBP);
        assertThat(FileSniffer.identify("receipt", text("%PDF-1.7\n"))).contains(FileType.PDF);
    }

    @Test
    void officeDocumentsNeedTheirContainerAndTheirName() {
        byte[] zip = bytes('P', 'K', 3, 4, 20, 0);
        byte[] ole = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0);
        assertThat(FileSniffer.identify("offer.docx", zip)).contains(FileType.DOCX);
        assertThat(FileSniffer.identify("sheet.XLSX", zip)).contains(FileType.XLSX);
        assertThat(FileSniffer.identify("old.doc", ole)).contains(FileType.DOC);
        assertThat(FileSniffer.identify("archive.zip", zip)).isEmpty();
        assertThat(FileSniffer.identify("offer.docx", text("just text"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html><body><script>alert(1)</script></body></html>",
                "<!DOCTYPE html><title>x</title>",
                "  <svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "\uFEFF<?xml version=\"1.0\"?><svg/>"
            })
    void markupIsRefusedWhateverItIsCalled(String markup) {
        for (String name : new String[] {"photo.png", "note.txt", "receipt.pdf", "page.html", "image.svg"}) {
            assertThat(FileSniffer.identify(name, text(markup))).as(name).isEmpty();
        }
    }

    @CsvSource({"notes.txt, true", "export.csv, true", "notes.exe, false", "notes, false"})
    @ParameterizedTest
    void plainTextIsKeptOnlyWhenNamedAsText(String name, boolean kept) {
        assertThat(FileSniffer.identify(name, text("Nomor pesanan 12345\nTerima kasih")))
                .isEqualTo(kept ? java.util.Optional.of(FileType.TEXT) : java.util.Optional.empty());
    }

    @Test
    void binaryIsNoText() {
        assertThat(FileSniffer.identify("a.txt", bytes('M', 'Z', 0x90, 0, 3))).isEmpty();
        assertThat(FileSniffer.identify("a.txt", bytes(0xC3, 0x28))).isEmpty();
        assertThat(FileSniffer.identify("a.txt", new byte[0])).isEmpty();
    }

    @Test
    void textCutInsideACharacterAtTheEndOfTheHeadIsStillText() {
        byte[] head = text("Pesanan café");
        byte[] cut = java.util.Arrays.copyOf(head, head.length - 1);
        assertThat(FileSniffer.plainText(cut)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 2026})
    void randomBytesAreNeverAnythingButWhatTheirMagicSays(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            byte[] head = new byte[1 + random.nextInt(64)];
            random.nextBytes(head);
            FileSniffer.identify("x.bin", head).ifPresent(type -> assertThat(type.shownInBrowser())
                    .as("only magic numbers make a file a picture or a PDF")
                    .isTrue());
        }
    }
}
