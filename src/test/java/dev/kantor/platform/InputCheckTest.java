package dev.kantor.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every input obeys, whichever module takes it: text that can be stored, dates Kantor keeps. */
class InputCheckTest {

    @Test
    void textWithTabsLineBreaksAndAnyLanguageCanBeStored() {
        assertThat(InputCheck.isStorable("Terima kasih,\tBu Ani.\r\nSalam 🙏 — 谢谢"))
                .isTrue();
        assertThat(InputCheck.isStorable(null)).isTrue();
        assertThat(InputCheck.isStorable("")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "\u0007bell", "esc\u001b[31m", "del\u007f", "next\u0085line", "\u0001"})
    void controlCharactersCannotBeStored(String text) {
        assertThat(InputCheck.isStorable(text)).isFalse();
    }

    @Test
    void halfASurrogatePairCannotBeStored() {
        assertThat(InputCheck.isStorable("lone\ud800")).isFalse();
        assertThat(InputCheck.isStorable("\udc00lone")).isFalse();
        assertThat(InputCheck.isStorable("\ud800x\udc00")).isFalse();
        assertThat(InputCheck.isStorable("\ud83d\ude4f")).isTrue();
    }

    /** Any text of printable characters can be stored; one control character anywhere spoils it. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2026})
    void oneControlCharacterAnywhereSpoilsAnyText(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(printable(random));
            }
            assertThat(InputCheck.isStorable(text.toString()))
                    .as(text.toString())
                    .isTrue();
            int control = random.nextBoolean() ? random.nextInt(0x20) : 0x7f + random.nextInt(0x21);
            if (control == '\t' || control == '\n' || control == '\r') {
                continue;
            }
            text.insert(random.nextInt(text.length() + 1), (char) control);
            assertThat(InputCheck.isStorable(text.toString()))
                    .as("with U+%04X", control)
                    .isFalse();
        }
    }

    private static int printable(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0x20 + random.nextInt(0x5f);
            case 1 -> 0xa0 + random.nextInt(0xd7ff - 0xa0);
            default -> 0x10000 + random.nextInt(0x10000);
        };
    }

    @Test
    void textThatCannotBeStoredIsAProblemOfItsField() {
        InvalidInput refused = catchInvalid(
                new InputCheck().required("subject", "Rusak\u0000", 200).maxLength("note", "ok", 10));

        assertThat(refused.problems()).containsExactly(new FieldProblem("subject", "validation.unstorable"));
    }

    @Test
    void datesLieBetweenTheYears1900And9999() {
        assertThat(InputCheck.isWithinBounds(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputCheck.isWithinBounds(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(InputCheck.isWithinBounds(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputCheck.isWithinBounds(LocalDate.of(10_000, 1, 1))).isFalse();
        assertThat(InputCheck.isWithinBounds(LocalDate.MAX)).isFalse();
        assertThat(InputCheck.isWithinBounds(Instant.parse("9999-12-31T23:59:59Z")))
                .isTrue();
        assertThat(InputCheck.isWithinBounds(Instant.MAX)).isFalse();
        assertThat(InputCheck.isWithinBounds(Instant.MIN)).isFalse();

        InvalidInput refused = catchInvalid(new InputCheck()
                .date("date", LocalDate.of(999_999_999, 12, 31))
                .moment("expectedBack", Instant.parse("+999999999-12-31T23:59:59Z"))
                .date("none", null));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("date", "expectedBack");
        assertThat(refused.problems().get(0).messageKey()).isEqualTo("validation.date-range");
    }

    @Test
    void numbersOutOfTheirRangeAreRefusedNamingTheirField() {
        InvalidInput refused = catchInvalid(new InputCheck()
                .range("limit", -1, 1, 500)
                .range("days", 366, 1, 366)
                .range("weeks", null, 1, 104));

        assertThat(refused.problems()).containsExactly(new FieldProblem("limit", "validation.range", 1L, 500L));
    }

    private static InvalidInput catchInvalid(InputCheck check) {
        assertThatThrownBy(check::throwIfAny).isInstanceOf(InvalidInput.class);
        try {
            check.throwIfAny();
            throw new AssertionError("no problems");
        } catch (InvalidInput e) {
            return e;
        }
    }
}
