package dev.kantor.staffing.history;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managers bring contact history in: a CSV file (all or nothing) or the counts of Kantor's own cases. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class HistoryController {

    /** Weeks of cases counted at once: enough for a forecast's pattern and trend. */
    static final int CASE_WEEKS = 8;

    static final String EXAMPLE = String.join(",", HistoryCsv.COLUMNS) + "\n"
            + "2026-03-02 08:00,Phone line,14,185\n"
            + "2026-03-02 08:15,Phone line,21,178\n"
            + "2026-03-02 08:30,Phone line,19,\n";

    private final HistoryImports imports;
    private final CountedHistory counted;
    private final StoredQueues queues;
    private final MessageSource messages;

    HistoryController(HistoryImports imports, CountedHistory counted, StoredQueues queues, MessageSource messages) {
        this.imports = imports;
        this.counted = counted;
        this.queues = queues;
        this.messages = messages;
    }

    @GetMapping("/staffing/history/import")
    String form(Model model) {
        return page(model);
    }

    @GetMapping("/staffing/history/import/example.csv")
    ResponseEntity<String> example() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-history-example.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(EXAMPLE);
    }

    @PostMapping("/staffing/history/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            BindingResult form = new BeanPropertyBindingResult(new HistoryUpload(), "upload");
            form.rejectValue("file", "staffing.history.no-file", "staffing.history.no-file");
            model.addAllAttributes(form.getModel());
            return page(model);
        }
        HistoryImport result;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = imports.importCsv(reader);
        }
        if (!result.succeeded()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return page(model);
        }
        redirect.addFlashAttribute("success", text("staffing.history.done", result.imported()));
        return "redirect:/staffing";
    }

    @PostMapping("/staffing/queues/{id}/history/from-cases")
    String fromCases(@PathVariable long id, RedirectAttributes redirect) {
        WorkQueue queue = queues.get(id);
        int intervals = counted.takeFromCases(queue.id(), CASE_WEEKS);
        redirect.addFlashAttribute("success", text("staffing.history.from-cases.done", intervals, CASE_WEEKS));
        return "redirect:/staffing/queues/" + id;
    }

    private String page(Model model) {
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", new HistoryUpload());
        }
        model.addAttribute("columns", HistoryCsv.COLUMNS);
        model.addAttribute("queues", queues.all());
        return "staffing/history-import";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
