package dev.kantor.reporting.frontoffice;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresCsvTest {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void sharesAreWrittenWithTheReadersDecimalSeparatorAndNoGrouping() {
        assertThat(FiguresCsv.number(85.5, false, Locale.ENGLISH)).isEqualTo("85.5");
        assertThat(FiguresCsv.number(85.5, false, INDONESIAN)).isEqualTo("85,5");
        assertThat(FiguresCsv.number(12345, true, Locale.ENGLISH)).isEqualTo("12345");
        assertThat(FiguresCsv.number(12345, true, INDONESIAN)).isEqualTo("12345");
    }

    @Test
    void aShareOfNothingIsZero() {
        assertThat(FrontOfficeFigures.share(0, 0)).isZero();
        assertThat(FrontOfficeFigures.share(1, 3)).isEqualTo(33.3);
    }
}
