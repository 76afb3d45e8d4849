package dev.kantor.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    /** Characters a cell is made of: the formula starts, quotes, separators, line ends and letters. */
    private static final String ALPHABET = SpreadsheetCells.FORMULA_STARTS + "\"',;\n aZ0(=)ÑñDewi";

    static Stream<Long> seeds() {
        return LongStream.range(20_261_129L, 20_261_129L + 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noTextCellStartsAFormulaAndEveryTextReadsBackAsWritten(long seed) throws IOException {
        Random random = new Random(seed);
        String name = randomText(random);
        String other = randomText(random);

        String file = CsvExport.forSpreadsheets(
                new String[] {"name", "other", "figure"},
                csv -> csv.printRecord(SpreadsheetCells.text(name), SpreadsheetCells.text(other), -2.5));

        assertThat(file).startsWith(CsvExport.BOM + "name,other,figure\r\n");
        List<CSVRecord> read = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(file.substring(1)))
                .getRecords();
        assertThat(read).hasSize(1);
        for (String[] cell : new String[][] {{"name", name}, {"other", other}}) {
            String written = read.get(0).get(cell[0]);
            assertThat(startsAFormula(written))
                    .as("cell %s of %s", written, cell[1])
                    .isFalse();
            assertThat(written).isEqualTo(startsAFormula(cell[1]) ? "'" + cell[1] : cell[1]);
        }
        // numbers are not text: a negative figure stays a number
        assertThat(read.get(0).get("figure")).isEqualTo("-2.5");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFileForProgramsHasNoByteOrderMark(long seed) {
        String name = randomText(new Random(seed));

        String file = CsvExport.plain(new String[] {"name"}, csv -> csv.printRecord(SpreadsheetCells.text(name)));

        assertThat(file).startsWith("name\r\n");
    }

    @Test
    void nothingIsAnEmptyCellAndPlainTextStaysAsItIs() {
        assertThat(SpreadsheetCells.text(null)).isEmpty();
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text("Dewi Lestari")).isEqualTo("Dewi Lestari");
        assertThat(SpreadsheetCells.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetCells.text("\tTab")).isEqualTo("'\tTab");
    }

    private static boolean startsAFormula(String text) {
        return !text.isEmpty() && SpreadsheetCells.FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
