package dev.kantor.people.importing;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.people.ImportResult;
import dev.kantor.people.PeopleAdministration;
import dev.kantor.platform.web.ProblemTypes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Importing employees from CSV through the REST API: HR and admins. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Employees, their positions, skills, languages and office")
class ImportRestController {

    private final PeopleAdministration administration;
    private final MessageSource messages;

    ImportRestController(PeopleAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    /** How many employees were imported. */
    record ImportResponse(int imported) {}

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Import new employees from CSV (HR, admin)",
            description = "All or nothing: 400 lists every "
                    + "bad line with its number and reason. Columns: employee_number, full_name, email, phone, position_code, "
                    + "manager_email, hired_on, languages, skills; optional: weekly_contract_hours (the hours a week "
                    + "the contract asks, above 0 and at most 80, one decimal at most; 40 when the column or the "
                    + "value is missing).")
    ResponseEntity<?> importCsv(@RequestBody String csv) {
        ImportResult result = administration.importEmployees(new StringReader(csv));
        if (result.succeeded()) {
            return ResponseEntity.ok(new ImportResponse(result.imported()));
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.uri("import-rejected"));
        problem.setTitle(text("import.failed", result.problems().size(), "CSV"));
        problem.setProperty(
                "errors",
                result.problems().stream()
                        .map(p -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("line", p.line());
                            if (p.field() != null) {
                                error.put("field", p.field());
                            }
                            error.put("message", text(p.messageKey(), p.args().toArray()));
                            return error;
                        })
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
