package dev.kantor.reporting.hr;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.kantor.reporting.WorkplacePolicyFigures;
import dev.kantor.reporting.frontoffice.FigureTable;
import dev.kantor.reporting.frontoffice.FiguresCsv;
import dev.kantor.reporting.frontoffice.Labels;
import dev.kantor.reporting.frontoffice.ShownTables;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** HR's dashboard and its CSV, for HR and admins. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class HrController {

    private final Headcount headcount;
    private final ShownTables shownTables;
    private final Labels labels;
    private final ObjectProvider<WorkplacePolicyFigures> policies;

    HrController(
            Headcount headcount,
            ShownTables shownTables,
            Labels labels,
            ObjectProvider<WorkplacePolicyFigures> policies) {
        this.headcount = headcount;
        this.shownTables = shownTables;
        this.labels = labels;
        this.policies = policies;
    }

    @GetMapping("/reports/hr")
    String page(Locale locale, Model model) {
        model.addAttribute(
                "tables",
                tables(locale).stream()
                        .map(t -> shownTables.of(t, locale, (c, r) -> null))
                        .toList());
        model.addAttribute(
                "policyTables",
                policies.stream().flatMap(p -> p.tables(locale).stream()).toList());
        return "reporting/hr";
    }

    @GetMapping("/reports/hr/{table:headcount-by-office|headcount-by-department|headcount-by-position}.csv")
    ResponseEntity<String> csv(@PathVariable String table, Locale locale) {
        FigureTable figures = tables(locale).stream()
                .filter(t -> t.id().equals(table))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"")
                .body(FiguresCsv.write(figures, labels, locale));
    }

    private List<FigureTable> tables(Locale locale) {
        return List.of(headcount.byOffice(), headcount.byDepartment(locale), headcount.byPosition(locale));
    }
}
