package dev.kantor.reporting.frontoffice;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndNumbersStayNumbers() {
        Labels labels = mock(Labels.class);
        when(labels.heading(anyString(), any())).thenAnswer(call -> call.getArgument(0));
        when(labels.of(anyString(), anyString(), any())).thenAnswer(call -> call.getArgument(1));
        FigureTable table = new FigureTable(
                "complaints",
                List.of("topic", "outcome"),
                List.of("complaints", "within_share"),
                List.of(
                        new FigureTable.Row(
                                List.of("=HYPERLINK(\"http://evil.example\",\"Open\")", "+1"), List.of(3.0, -2.5)),
                        new FigureTable.Row(List.of("@SUM(A1)", "-1"), List.of(-4.0, 0.0)),
                        new FigureTable.Row(List.of("\tTab", "\rReturn"), List.of(1.0, 1.0)),
                        new FigureTable.Row(List.of("Billing", "REFUND"), List.of(2.0, 50.0))));

        String[] lines = FiguresCsv.write(table, labels, Locale.ENGLISH).split("\r\n");

        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",'+1,3,-2.5");
        assertThat(lines[2]).isEqualTo("'@SUM(A1),'-1,-4,0.0");
        assertThat(lines[3]).isEqualTo("'\tTab,\"'\rReturn\",1,1.0");
        assertThat(lines[4]).isEqualTo("Billing,REFUND,2,50.0");
    }
}
