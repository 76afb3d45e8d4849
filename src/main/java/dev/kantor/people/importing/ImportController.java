package dev.kantor.people.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import dev.kantor.people.ImportResult;
import dev.kantor.people.PeopleAdministration;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR imports new employees from a CSV file: all of it, or nothing with every bad line shown. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class ImportController {

    static final String EXAMPLE = String.join(",", EmployeeCsv.COLUMNS) + ","
            + String.join(",", EmployeeCsv.OPTIONAL_COLUMNS) + "\n"
            + "E0100,Putri Ayu Lestari,putri.lestari@example.com,+62 812-0000-0001,front-desk-agent,"
            + "dewi.lestari@sinarmaju.example,2026-01-05,id;en,customer-service:3;complaint-handling:2,40\n"
            + "E0101,Made Sari,made.sari@example.com,+62 812-0000-0002,front-desk-agent,"
            + "dewi.lestari@sinarmaju.example,2026-01-05,id,customer-service:2,24\n";

    private final PeopleAdministration administration;
    private final MessageSource messages;

    ImportController(PeopleAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/people/import")
    String form(Model model) {
        model.addAttribute("columns", EmployeeCsv.COLUMNS);
        model.addAttribute("optionalColumns", EmployeeCsv.OPTIONAL_COLUMNS);
        return "people/import";
    }

    @GetMapping("/people/import/example.csv")
    ResponseEntity<String> example() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"employees-example.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(EXAMPLE);
    }

    @PostMapping("/people/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("columns", EmployeeCsv.COLUMNS);
        model.addAttribute("optionalColumns", EmployeeCsv.OPTIONAL_COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("failure", text("import.no-file"));
            return "people/import";
        }
        ImportResult result;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = administration.importEmployees(reader);
        }
        if (!result.succeeded()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return "people/import";
        }
        redirect.addFlashAttribute("success", text("import.done", result.imported()));
        return "redirect:/people";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
