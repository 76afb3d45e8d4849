package dev.kantor.platform.csv;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvImportTest {

    private static CSVRecord first(String file) throws IOException {
        String text = CsvImport.withoutByteOrderMark(file);
        return CsvImport.headedFormat(text)
                .get()
                .parse(new StringReader(text))
                .getRecords()
                .get(0);
    }

    @Test
    void aSpreadsheetsFileWithAByteOrderMarkAndSemicolonsReadsByItsHeader() throws IOException {
        CSVRecord line = first(CsvExport.BOM + "name;contacts\n Dewi Lestari ; 12,5\n");

        assertThat(line.get("name")).isEqualTo("Dewi Lestari");
        assertThat(line.get("contacts")).isEqualTo("12,5");
    }

    @Test
    void aFileWithCommasIsReadByCommasEvenWithSemicolonsInItsValues() throws IOException {
        CSVRecord line = first("name,note\n\nAgus,\"one; two\"\n");

        assertThat(line.get("name")).isEqualTo("Agus");
        assertThat(line.get("note")).isEqualTo("one; two");
    }
}
