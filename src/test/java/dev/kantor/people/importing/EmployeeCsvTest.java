package dev.kantor.people.importing;

import java.io.StringReader;

import dev.kantor.people.ImportProblem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeCsvTest {

    private static final String HEADER =
            "employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills\n";

    private final EmployeeCsv csv = new EmployeeCsv();

    private EmployeeCsv.Lines read(String text) {
        return csv.read(new StringReader(text));
    }

    @Test
    void readsEveryLineByColumnWithItsNumber() {
        EmployeeCsv.Lines lines = read(HEADER
                + "E1,Ayu Lestari, Ayu@Example.com ,,front-desk-agent,,2026-01-05,id;en,billing:3\n"
                + "\n"
                + "E2,Budi Santoso,budi@example.com,,front-desk-agent,ayu@example.com,,id,\n");

        assertThat(lines.problems()).isEmpty();
        assertThat(lines.lines()).extracting(CsvLine::number).containsExactly(2L, 4L);
        CsvLine ayu = lines.lines().get(0);
        assertThat(ayu.value("full_name")).isEqualTo("Ayu Lestari");
        assertThat(ayu.value("phone")).as("blank is missing").isNull();
        assertThat(ayu.email("email")).isEqualTo("ayu@example.com");
        assertThat(lines.lines().get(1).email("manager_email")).isEqualTo("ayu@example.com");
    }

    @Test
    void readsWhatExcelWritesByteOrderMarkAndSemicolonsIncluded() {
        EmployeeCsv.Lines lines = read("\uFEFF" + HEADER.replace(',', ';')
                + "E1;Komang Ayu;komang@example.com;;front-desk-agent;;2026-02-02;id;customer-service:3\n");

        assertThat(lines.problems()).isEmpty();
        assertThat(lines.lines().get(0).value("employee_number")).isEqualTo("E1");
        assertThat(lines.lines().get(0).value("skills")).isEqualTo("customer-service:3");
    }

    @Test
    void aFileWithoutEveryColumnIsRefusedNamingTheMissingOnes() {
        EmployeeCsv.Lines lines = read("full_name,email\nAyu,ayu@example.com\n");

        assertThat(lines.lines()).isEmpty();
        assertThat(lines.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isOne();
            assertThat(p.messageKey()).isEqualTo("import.missing-columns");
            assertThat(p.args().get(0).toString()).startsWith("employee_number, phone, position_code");
        });
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsOrTextThatCannotBeStoredIsLeftOutAndReported() {
        EmployeeCsv.Lines lines = read(HEADER
                + "E1,Ayu,ayu@example.com\n"
                + "E2,Bu\u0000di,budi@example.com,,front-desk-agent,,,id,\n"
                + "E3,Citra,citra@example.com,,front-desk-agent,,,id,\n");

        assertThat(lines.lines()).extracting(CsvLine::number).containsExactly(4L);
        assertThat(lines.problems())
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, null, "import.wrong-column-count"),
                        org.assertj.core.groups.Tuple.tuple(3L, "full_name", "validation.unstorable"));
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        assertThat(read(HEADER).problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.empty");
        assertThat(read("").problems()).extracting(ImportProblem::messageKey).containsExactly("import.missing-columns");
    }

    @Test
    void readsNoMoreThanTheMostLinesAFileMayHave() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i <= EmployeeCsv.MAX_ROWS; i++) {
            file.append("E").append(i).append(",Name,e").append(i).append("@example.com,,agent,,,id,\n");
        }

        EmployeeCsv.Lines lines = read(file.toString());

        assertThat(lines.lines()).hasSize(EmployeeCsv.MAX_ROWS);
        assertThat(lines.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(EmployeeCsv.MAX_ROWS + 2L);
            assertThat(p.messageKey()).isEqualTo("import.too-many-rows");
        });
    }

    @Test
    void theExampleFileNamesTheOptionalContractHoursAndAFileWithoutThemStillReads() {
        EmployeeCsv.Lines example = read(ImportController.EXAMPLE);

        assertThat(example.problems()).isEmpty();
        assertThat(example.lines())
                .extracting(l -> l.value("weekly_contract_hours"))
                .containsExactly("40", "24");
        EmployeeCsv.Lines old =
                read(HEADER + "E1,Ayu Lestari,ayu@example.com,,front-desk-agent,,2026-01-05,id,billing:3\n");
        assertThat(old.problems()).isEmpty();
        assertThat(old.lines().get(0).value("weekly_contract_hours")).isNull();
    }
}
